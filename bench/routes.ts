import type postgres from "postgres";
import { callAction, type Actions, type Session } from "./http-session";

// What bench/run measures. A route prepares its users and data once, then returns the
// function one virtual user calls in a loop (its worker number picks its own user and data).
// Pages added later by other areas are hooks: skipped while their path answers 404.

export type RouteContext = {
  base: string;
  db: postgres.Sql;
  workers: number;
  password: string;
  signIn: (username: string) => Promise<Session>;
  actions: Actions;
};
type Outcome = "ok" | "refused" | "failed";
type Run = (worker: number) => Promise<Outcome>;
export type Route = {
  name: string;
  label: string;
  prepare: (ctx: RouteContext) => Promise<Run | null>;
  path?: () => string | undefined;
  users?: (ctx: RouteContext) => Promise<string[]>;
};

async function get(ctx: RouteContext, path: string, cookie = ""): Promise<Outcome> {
  const r = await fetch(`${ctx.base}${path}`, { headers: { cookie }, redirect: "manual" });
  await r.arrayBuffer();
  return r.status === 200 ? "ok" : "failed";
}

/** A page every worker reads with its own signed-in user. */
function page(name: string, label: string, path: string, usernames: (ctx: RouteContext) => Promise<string[]>, optional = false): Route {
  return {
    name,
    label,
    async prepare(ctx) {
      const names = await usernames(ctx);
      if (names.length === 0) return null;
      const sessions = await Promise.all(names.map((u) => ctx.signIn(u)));
      const probe = await fetch(`${ctx.base}${path}`, { headers: { cookie: sessions[0].cookie }, redirect: "manual" });
      await probe.arrayBuffer();
      if (optional && probe.status === 404) return null;
      if (probe.status !== 200) throw new Error(`${path} answered ${probe.status} for ${names[0]}`);
      return (w) => get(ctx, path, sessions[w % sessions.length].cookie);
    },
  };
}

const operators = async () => ["bench.op0", "bench.op1", "bench.op2", "bench.op3", "bench.op4"];
const supports = async () => ["bench.sup0", "bench.sup1", "bench.sup2"];

/** Responsables of ordinary companies (a few products each), one per worker. */
async function responsables(ctx: RouteContext): Promise<string[]> {
  const rows = await ctx.db<{ username: string }[]>`
    select u.username from users u join products p on p.company_id = u.company_id
    where u.company_role = 'responsable' and u.status = 'active' and u.username like 'bench.r%'
    group by u.username having count(*) between 2 and 10 order by u.username limit ${ctx.workers}`;
  return rows.map((r) => r.username);
}

/** Contributors with the validate right, each with a draft of the largest questionnaire. */
type Draft = { username: string; evaluationId: string; itemId: string; revision: number };
let drafts: Draft[] | undefined;
const LARGEST = { theme: "interoperability", version: "2026.1", item: "INT-CISIS-01" };
async function draftsFor(ctx: RouteContext): Promise<Draft[]> {
  drafts ??= await ctx.db<Draft[]>`
    select distinct on (u.id) u.username, e.id as "evaluationId", ${LARGEST.item}::text as "itemId",
      coalesce((select a.revision from answers a where a.evaluation_id = e.id and a.item_id = ${LARGEST.item}), 0) as revision
    from evaluations e
    join grants g on g.product_id = e.product_id and g.kind = 'product' and g.level = 'validate'
    join users u on u.id = g.user_id and u.status = 'active'
    join products p on p.id = e.product_id and p.status = 'active'
    where e.theme = ${LARGEST.theme} and e.questionnaire_version = ${LARGEST.version} and e.status = 'draft'
    order by u.id limit ${ctx.workers}`;
  if (drafts.length === 0) throw new Error("No draft of the largest questionnaire: run bench/generate.ts.");
  return drafts;
}

const staticRoute: Route = {
  name: "static",
  label: "static file (ceiling)",
  async prepare(ctx) {
    const html = await (await fetch(`${ctx.base}/faq`)).text();
    const chunk = html.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
    if (!chunk) throw new Error("No static chunk found in /faq");
    return () => get(ctx, chunk);
  },
};

// The answering page shows one section at a time: the bench opens the section holding the
// requirement the save route writes (where a user saving it would be).
const SECTION = "framework";
const answeringRoute: Route = {
  name: "answering",
  label: "answering page (largest questionnaire, one section)",
  path: () => (drafts ? `/evaluations/${drafts[0].evaluationId}?section=${SECTION}` : undefined),
  users: async (ctx) => (await draftsFor(ctx)).map((d) => d.username),
  async prepare(ctx) {
    const list = await draftsFor(ctx);
    const sessions = await Promise.all(list.map((d) => ctx.signIn(d.username)));
    return (w) => get(ctx, `/evaluations/${list[w % list.length].evaluationId}?section=${SECTION}`, sessions[w % sessions.length].cookie);
  },
};

const saveRoute: Route = {
  name: "save",
  label: "save an answer (server action)",
  async prepare(ctx) {
    const list = (await draftsFor(ctx)).map((d) => ({ ...d }));
    const sessions = await Promise.all(list.map((d) => ctx.signIn(d.username)));
    let flip = 0;
    return async (w) => {
      // One worker per draft; with fewer drafts than workers, shared drafts produce refusals.
      const d = list[w % list.length];
      const level = flip++ % 2 ? "3" : "2";
      const fields = {
        evaluationId: d.evaluationId,
        itemId: d.itemId,
        baseRevision: String(d.revision),
        level,
        plannedDate: level === "2" ? "2027-03-31" : "",
        comment: `Mesure ${flip}`,
      };
      const r = await callAction(
        ctx.base,
        `/evaluations/${d.evaluationId}`,
        ctx.actions.saveAnswer,
        fields,
        sessions[w % sessions.length].cookie,
      );
      const text = await r.text();
      if (r.status !== 200) return "failed";
      const saved = text.includes('"status":"saved"');
      const revision = text.match(/"answer":\{[^}]*?"revision":(\d+)/)?.[1] ?? text.match(/"current":\{[^}]*?"revision":(\d+)/)?.[1];
      if (revision) d.revision = Number(revision);
      if (saved) return "ok";
      return text.includes('"status":"conflict"') || text.includes('"ok":false') ? "refused" : "failed";
    };
  },
};

export const ROUTES: Route[] = [
  staticRoute,
  { name: "landing", label: "/ (landing, live counts)", prepare: async (ctx) => () => get(ctx, "/") },
  { name: "faq", label: "/faq", prepare: async (ctx) => () => get(ctx, "/faq") },
  page("products", "product list", "/products", responsables),
  answeringRoute,
  saveRoute,
  page("queue", "operator queue (pending, oldest first)", "/operator", operators),
  page("queue-company", "operator queue (all states, by company)", "/operator?status=&sort=company&dir=asc", operators),
  // Hooks for pages other areas add; override the path with the environment variable.
  page("support", "support search", process.env.BENCH_SUPPORT_PATH ?? "/support?q=Bench%20Sant%C3%A9%2012", supports, true),
  page("observatory", "observatory", process.env.BENCH_OBSERVATORY_PATH ?? "/operator/observatory", operators, true),
  page("plan", "plan page", process.env.BENCH_PLAN_PATH ?? "/plan", responsables, true),
];
