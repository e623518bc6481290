import { sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, queryRows } from "@/db/client";
import { evaluations } from "@/db/schema";
import { submitted } from "@/lib/account-requests/test-fixtures";
import { startEvaluation } from "@/lib/evaluations/start";
import { buildWorld, type World } from "@/tests/integration/permission-matrix/world";
import { callAction, context, formData, listActions, listRoutes, paramsOf, type ActionEntry, type RouteEntry } from "./harness";

vi.mock("@/lib/auth/current-user", async () => (await import("./harness")).mocks.currentUser());
vi.mock("next-intl/server", async () => (await import("./harness")).mocks.intl());
vi.mock("next/headers", async () => (await import("./harness")).mocks.headers());
vi.mock("next/cache", async () => (await import("./harness")).mocks.cache());
vi.mock("@/auth", async () => (await import("./harness")).mocks.auth());
vi.mock("next-auth", async () => (await import("./harness")).mocks.nextAuth());

/**
 * Cross-company sweep, generated from app/: every server action and every GET route taking
 * an id, called by each actor who must get nothing from company A — a Responsable of
 * another company, a contributor of A without rights, the agency's operator and support
 * (no company powers), and a signed-out visitor — with every kind of A's ids in every id
 * field. A cell passes when A's data is unchanged and nothing of A is in the answer.
 */
const ACTORS = ["otherResponsable", "contributorNone", "operator", "support", "anonymous"] as const;

type Ids = { product: string; otherProduct: string; evaluation: string; member: string; request: string; document: string };

// One superset of the fields actions read; an id field gets the id kind under test.
const ID_FIELDS = ["id", "productId", "evaluationId", "userId", "memberId", "targetId", "sourceId", "requestId", "documentId", "baseIds", "evidenceDocumentId"];
function fieldsFor(id: string, world: World): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {
    theme: "interoperability",
    itemId: "INT-INS-01",
    revision: "1",
    expectedRevision: "1",
    level: "3",
    value: "true",
    comment: "sweep",
    name: "Sweep",
    version: "1.0",
    os: "Windows",
    device: "Desktop",
    kind: "base",
    firstName: "Sweep",
    lastName: "Test",
    phone: "",
    email: "sweep@example.org",
    newEmail: "sweep@example.org",
    reason: "Sweep reason long enough to pass validation.",
    message: "Sweep message long enough to pass validation.",
    currentPassword: "Demo-Convergence-2026",
    password: "Sweep-Password-2026!",
    confirmPassword: "Sweep-Password-2026!",
    acceptTerms: "on",
    canCreateUsers: "on",
    [`cap:${world.members.spare}:create_products`]: "on",
    [`product:${world.members.spare}:${world.productId}`]: "validate",
  };
  for (const f of ID_FIELDS) fields[f] = id;
  return fields;
}

async function snapshotOfA(world: World, ids: Ids, actorId: string | null): Promise<string> {
  const A = world.companyId;
  const me = actorId ?? "00000000-0000-0000-0000-000000000000";
  const [row] = await queryRows<{ h: string }>(
    getDb(),
    sql`select md5(concat_ws('#',
      (select string_agg(t::text, '|' order by t.id) from products t where company_id = ${A}),
      (select string_agg(t::text, '|' order by t.id) from grants t where company_id = ${A}),
      (select string_agg(t::text, '|' order by t.id) from evaluations t where company_id = ${A}),
      (select string_agg(t::text, '|' order by t.id) from evaluation_snapshots t where company_id = ${A}),
      (select string_agg(t::text, '|' order by t.evaluation_id, t.item_id) from answers t join evaluations e on e.id = t.evaluation_id where e.company_id = ${A}),
      (select string_agg(t::text, '|' order by t.option_id, t.base_id) from product_bases t join products p on p.id = t.option_id where p.company_id = ${A}),
      (select string_agg(t.id::text || t.sha256, '|' order by t.id) from documents t where company_id = ${A}),
      (select string_agg(t::text, '|' order by t.id) from companies t where id = ${A}),
      (select string_agg(t::text, '|' order by t.id) from users t where company_id = ${A} and id <> ${me}),
      (select string_agg(t::text, '|' order by t.id) from account_requests t where id = ${ids.request})
    )) as h`,
  );
  return row.h;
}

async function secretsOfA(world: World): Promise<string[]> {
  const rows = await queryRows<{ s: string }>(
    getDb(),
    sql`select name as s from products where company_id = ${world.companyId}
        union select email from users where company_id = ${world.companyId}`,
  );
  return rows.map((r) => r.s);
}

let actions: ActionEntry[] = [];
let routes: RouteEntry[] = [];
let cells = 0;

beforeAll(async () => {
  actions = await listActions();
  routes = (await listRoutes()).filter((r) => paramsOf(r.path).length > 0);
});

describe("cross-company sweep", () => {
  it("covers every server action and every id-taking route of the app", () => {
    expect(actions.length).toBeGreaterThanOrEqual(38);
    expect(routes.length).toBeGreaterThanOrEqual(5);
  });

  it("gives nothing of company A to those who must get nothing", async () => {
    const world = await buildWorld();
    const responsable = world.actors.responsable;
    const { id: evaluation } = await startEvaluation(responsable, { theme: "interoperability", productId: world.productId });
    const request = await submitted();
    const [doc] = await queryRows<{ id: string }>(getDb(), sql`select id from documents limit 1`);
    const ids: Ids = { product: world.productId, otherProduct: world.otherProductId, evaluation, member: world.members.spare, request: request.id, document: doc?.id ?? evaluation };
    const secrets = await secretsOfA(world);
    const failures: string[] = [];

    for (const actorName of ACTORS) {
      const actor = actorName === "anonymous" ? null : world.actors[actorName];
      context.user = actor;
      const foreign = actorName !== "contributorNone";
      for (const entry of actions) {
        for (const [kind, id] of Object.entries(ids)) {
          // Reviewing account requests is the operator's job: that cell is not "company A's data".
          if (actorName === "operator" && kind === "request") continue;
          const before = await snapshotOfA(world, ids, actor?.id ?? null);
          const outcome = await callAction(entry.action, formData(fieldsFor(id, world))).catch((e: Error) => ({ kind: "crash" as const, message: e.message }));
          const after = await snapshotOfA(world, ids, actor?.id ?? null);
          cells++;
          const cell = `${entry.file} ${entry.name} as ${actorName} with A's ${kind} id`;
          if (outcome.kind === "crash") failures.push(`${cell}: threw ${outcome.message}`);
          if (before !== after) failures.push(`${cell}: changed company A's data`);
          if (foreign && outcome.kind === "result" && outcome.result.ok) {
            const text = JSON.stringify(outcome.result.data ?? null);
            const leaked = secrets.filter((s) => text.includes(s));
            if (leaked.length) failures.push(`${cell}: answered with A's ${leaked.join(", ")}`);
          }
        }
      }
      for (const route of routes) {
        for (const [kind, id] of Object.entries(ids)) {
          if (actorName === "operator" && kind === "request") continue;
          const params = Object.fromEntries(paramsOf(route.path).map((p) => [p, id]));
          const url = `http://127.0.0.1${route.path.replace(/\[([^\]]+)\]/g, (_, p) => params[p])}`;
          const response = await route.GET(new NextRequest(url), { params: Promise.resolve(params) }).catch((e: Error) => e);
          cells++;
          const cell = `GET ${route.path} as ${actorName} with A's ${kind} id`;
          if (response instanceof Error) {
            if (!/NEXT_(NOT_FOUND|HTTP_ERROR_FALLBACK)/.test(String((response as { digest?: string }).digest))) failures.push(`${cell}: threw ${response.message}`);
            continue;
          }
          if (response.status < 300) failures.push(`${cell}: answered ${response.status}`);
        }
      }
    }
    // Control: A's own Responsable, through the same cells, does change A's data — so the
    // snapshot would see a leak of write access if there were one.
    context.user = responsable;
    let controlChanges = 0;
    for (const entry of actions) {
      const before = await snapshotOfA(world, ids, responsable.id);
      await callAction(entry.action, formData(fieldsFor(ids.product, world))).catch(() => undefined);
      if ((await snapshotOfA(world, ids, responsable.id)) !== before) controlChanges++;
    }
    expect(controlChanges).toBeGreaterThan(0);
    context.user = null;
    console.log(`[cross-company sweep] ${actions.length} actions, ${routes.length} id-taking routes, ${ACTORS.length} actors, ${cells} cells, ${failures.length} failures (control: ${controlChanges} actions changed A as its Responsable)`);
    expect(failures).toEqual([]);
    // The evaluation still exists: the sweep really had something to protect.
    expect(await getDb().select({ id: evaluations.id }).from(evaluations)).not.toHaveLength(0);
  }, 600_000);
});
