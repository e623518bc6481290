import { existsSync, readFileSync } from "node:fs";

// Server actions called over HTTP exactly as the browser does: a POST carrying the action's
// id in the Next-Action header and its arguments encoded like React's encodeReply, which
// sends a FormData argument as fields prefixed "_<part>_" and the argument list as part "0".

export type Session = { username: string; cookie: string };
export type Actions = Record<"signIn" | "saveAnswer", string>;

// NEXT_DIST_DIR as in next.config.mjs: two builds side by side (before / after a change).
const MANIFEST = `${process.env.NEXT_DIST_DIR || ".next"}/server/server-reference-manifest.json`;

/** The ids the production build gave the actions the bench calls. */
export function buildActions(): Actions {
  if (!existsSync(MANIFEST)) throw new Error("No production build: run `npx next build` first.");
  const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const find = (name: string, file: string) => {
    const hit = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name && (entry.filename ?? "").includes(file));
    if (!hit) throw new Error(`Action ${name} (${file}) not in the build manifest.`);
    return hit[0];
  };
  return { signIn: find("signInAction", "login/actions"), saveAnswer: find("saveAnswerAction", "evaluations/actions") };
}

/** Calls a form action (prev state null, one FormData) and returns the response. */
export async function callAction(
  base: string,
  path: string,
  actionId: string,
  fields: Record<string, string>,
  cookie = "",
): Promise<Response> {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(`_1_${k}`, v);
  body.append("0", JSON.stringify([null, "$K1"]));
  return fetch(`${base}${path}`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { "next-action": actionId, accept: "text/x-component", origin: base, cookie },
  });
}

let actions: Actions | undefined;

/** Signs in through the login page's action, as the form does; returns the session cookie. */
export async function signIn(base: string, username: string, password: string): Promise<Session> {
  actions ??= buildActions();
  const response = await callAction(base, "/login", actions.signIn, { username, password, from: "" });
  await response.arrayBuffer();
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .filter((c) => c.includes("session-token"))
    .join("; ");
  if (!cookie) throw new Error(`Sign-in of ${username} failed (HTTP ${response.status}).`);
  return { username, cookie };
}
