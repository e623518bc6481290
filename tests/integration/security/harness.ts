import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { AppUser } from "@/lib/auth/types";
import type { ActionResult, FormAction } from "@/lib/actions/action";
import { translatorFor } from "@/lib/i18n/messages";
import { mustAcceptTerms } from "@/lib/terms/enforce";

/**
 * Runs the app's server actions and route handlers in-process, as a request would, with the
 * request context (signed-in user, headers, translations) replaced by what a test chooses.
 * Used by the cross-company sweep and the fuzzer: both are generated from the files in app/
 * and lib/, so a new action or route is covered without anyone listing it.
 */
export const context: { user: AppUser | null; ip: string } = { user: null, ip: "192.0.2.10" };

const fr = translatorFor("fr");

// The module factories given to vi.mock in each suite.
export const mocks = {
  currentUser: () => ({
    getCurrentUser: async () => context.user,
    getCurrentSessionId: async () => null,
    // As the real one: the accepted terms version read from the database.
    currentUserMustAcceptTerms: async () => (context.user ? mustAcceptTerms(context.user.id) : false),
    requireUser: async () => {
      if (!context.user) throw new Error("NEXT_REDIRECT");
      return context.user;
    },
  }),
  intl: () => ({
    getTranslations: async (namespace?: string) => {
      const t = (key: string, params?: Record<string, unknown>) => fr((namespace ? `${namespace}.${key}` : key) as never, params as never);
      t.has = (key: string) => fr.has((namespace ? `${namespace}.${key}` : key) as never);
      t.rich = t;
      t.markup = t;
      t.raw = (key: string) => fr.raw((namespace ? `${namespace}.${key}` : key) as never);
      return t;
    },
    getLocale: async () => "fr",
    getFormatter: async () => ({ dateTime: (d: Date) => d.toISOString(), number: (n: number) => String(n) }),
  }),
  headers: () => ({
    headers: async () => new Headers({ "x-convergence-client-ip": context.ip, "user-agent": "security-suite" }),
    cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {}, has: () => false, getAll: () => [] }),
  }),
  cache: () => ({ revalidatePath: () => {}, revalidateTag: () => {}, unstable_cache: <T>(fn: T) => fn }),
  nextAuth: () => {
    class AuthError extends Error {}
    class CredentialsSignin extends AuthError {
      code = "credentials";
    }
    return { AuthError, CredentialsSignin, default: () => ({}) };
  },
  auth: () => ({
    auth: async () => null,
    signIn: async () => undefined,
    signOut: async () => undefined,
    handlers: {},
  }),
};

function walk(dir: string, match: (name: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, match, out);
    else if (match(name)) out.push(path);
  }
  return out;
}

export type ActionEntry = { file: string; name: string; action: FormAction<unknown> };
export type RouteEntry = {
  file: string;
  path: string;
  GET: (request: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
};

/** Every exported server action of the app (files named actions.ts under app/ and lib/). */
export async function listActions(): Promise<ActionEntry[]> {
  const root = process.cwd();
  const files = [...walk(join(root, "app"), (n) => n === "actions.ts"), ...walk(join(root, "lib"), (n) => n === "actions.ts")];
  const entries: ActionEntry[] = [];
  // Only server-action modules ("use server"): a lib file that happens to be named actions.ts is not one.
  for (const file of files.sort().filter((f) => /^\s*["']use server["']/.test(readFileSync(f, "utf8")))) {
    const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod))
      if (typeof value === "function") entries.push({ file: relative(root, file), name, action: value as FormAction<unknown> });
  }
  return entries;
}

/** Every GET route handler under app/, with its URL pattern (dynamic segments in brackets). */
export async function listRoutes(): Promise<RouteEntry[]> {
  const root = process.cwd();
  const files = walk(join(root, "app"), (n) => n === "route.ts").filter((f) => !f.includes("[...nextauth]"));
  const entries: RouteEntry[] = [];
  for (const file of files.sort()) {
    const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    if (typeof mod.GET !== "function") continue;
    const path =
      "/" +
      relative(join(root, "app"), file)
        .replace(/\/route\.ts$/, "")
        .split("/")
        .filter((s) => !/^\(.*\)$/.test(s))
        .join("/");
    entries.push({ file: relative(root, file), path, GET: mod.GET as RouteEntry["GET"] });
  }
  return entries;
}

/** The dynamic segments of a route pattern, e.g. ["id", "documentId"]. */
export function paramsOf(path: string): string[] {
  return [...path.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);
}

export function formData(fields: Record<string, string | string[] | File>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  return form;
}

/** Calls an action; a redirect or not-found thrown by Next is an outcome, not a crash. */
export async function callAction(
  action: FormAction<unknown>,
  form: FormData,
): Promise<{ kind: "result"; result: ActionResult<unknown> } | { kind: "navigation"; digest: string }> {
  try {
    return { kind: "result", result: await action(null, form) };
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (typeof digest === "string" && /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK|NOT_FOUND)/.test(digest)) return { kind: "navigation", digest };
    throw error;
  }
}

export const UNEXPECTED = fr("errors.unexpected");
