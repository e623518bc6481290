// The portfolio (/dashboard) of a company with 200 products, each with a validated
// interoperability evaluation, a security draft and a plan with a stored commitment: builds
// that company in its own embedded database (the demo data plus cloned products), then times
// getPortfolio (every product's plan in six queries) against reading each plan the way the plan
// page does (buildPlanView per product), which is what a naive dashboard would do.
//
// Run: npx tsx bench/portfolio.ts      (BENCH_RUNS=20 by default)
import { rmSync } from "node:fs";

process.env.APP_ENV ??= "development";
process.env.PGLITE_DIR = ".data/bench-portfolio";
rmSync(process.env.PGLITE_DIR, { recursive: true, force: true });
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const PRODUCTS = 200;

const { sql } = await import("drizzle-orm");
const { closeDb, getDb } = await import("@/db/client");
const { runMigrations } = await import("@/db/migrate");
const { seed } = await import("@/db/seed");
const schema = await import("@/db/schema");
const { startEvaluation } = await import("@/lib/evaluations/start");
const { validateEvaluation } = await import("@/lib/evaluations/validate");
const { answer, answerQualifiers, level, productNamed, userNamed } = await import("@/lib/evaluations/test-support");
const { saveLine } = await import("@/lib/plans/save");
const { buildPlanView } = await import("@/lib/plans/load");
const { getPortfolio } = await import("@/lib/portfolio/load");
const { loadSubjects } = await import("@/lib/portfolio/subjects");

const TODAY = "2027-04-15";
const db = getDb();
await runMigrations(db);
await seed(db);
const responsable = await userNamed("demo.responsable");
const companyId = responsable.companyId!;

// One product prepared through the real functions…
const model = await productNamed("Dossier Patient", "Windows");
const { id: interop } = await startEvaluation(responsable, { theme: "interoperability", productId: model.id, version: "2025.1" });
await answerQualifiers(responsable, interop);
await answer(responsable, interop, "INT-CISIS-01", level("1", { plannedDate: "2027-03-01" }));
await answer(responsable, interop, "INT-FHIR-01", level("3"));
await answer(responsable, interop, "INT-TERM-01", level("0"));
await answer(responsable, interop, "INT-EXP-01", level("4"));
const [{ revision }] = await db
  .select({ revision: schema.evaluations.revision })
  .from(schema.evaluations)
  .where(sql`id = ${interop}`);
await validateEvaluation(responsable, { evaluationId: interop, revision });
const { id: security } = await startEvaluation(responsable, { theme: "security", productId: model.id });
await answer(responsable, security, "SEC-ACC-01", level("2", { plannedDate: "2027-06-30" }));
await saveLine(
  responsable,
  {
    subject: model.id,
    requirementId: "INT-CISIS-01",
    baseRevision: 0,
    plannedLevel: 3,
    plannedQuarter: "2027-T1",
    ownerId: null,
    note: "",
  },
  "2026-12-02",
);

// …then cloned, with its evaluations, answers, snapshot and plan, to reach 200 products.
const existing = (
  await db
    .select({ id: schema.products.id })
    .from(schema.products)
    .where(sql`company_id = ${companyId}`)
).length;
await db.insert(schema.products).values(
  Array.from({ length: PRODUCTS - existing }, (_, i) => ({
    companyId,
    kind: "base" as const,
    name: `Produit ${String(i).padStart(3, "0")}`,
    version: "1.0",
    os: "Windows",
    device: "Desktop",
  })),
);
const others = sql`(select id from products where company_id = ${companyId} and id <> ${model.id})`;
await db.execute(sql`insert into evaluations (company_id, product_id, theme, questionnaire_version, status, started_by_id, validated_by_id, validated_at)
  select e.company_id, p.id, e.theme, e.questionnaire_version, e.status, e.started_by_id, e.validated_by_id, e.validated_at
  from evaluations e cross join ${others} p where e.product_id = ${model.id}`);
await db.execute(sql`insert into answers (evaluation_id, item_id, value, level, not_concerned, justification, planned_date)
  select n.id, a.item_id, a.value, a.level, a.not_concerned, a.justification, a.planned_date
  from answers a join evaluations o on o.id = a.evaluation_id
  join evaluations n on n.theme = o.theme and n.company_id = o.company_id and n.product_id <> o.product_id
  where o.product_id = ${model.id}`);
await db.execute(sql`insert into evaluation_snapshots (evaluation_id, company_id, product_id, theme, questionnaire_version, answers, result, score, maturity, compliant, validated_by_id)
  select n.id, s.company_id, n.product_id, s.theme, s.questionnaire_version, s.answers, s.result, s.score, s.maturity, s.compliant, s.validated_by_id
  from evaluation_snapshots s join evaluations n on n.theme = s.theme and n.company_id = s.company_id and n.product_id <> s.product_id
  where s.product_id = ${model.id}`);
await db.execute(sql`insert into plans (company_id, product_id, revision) select ${companyId}, p.id, 2 from ${others} p`);
await db.execute(sql`insert into plan_lines (plan_id, requirement_id, theme, planned_level, planned_quarter)
  select n.id, l.requirement_id, l.theme, l.planned_level, l.planned_quarter
  from plan_lines l join plans o on o.id = l.plan_id join plans n on n.company_id = o.company_id and n.product_id <> o.product_id
  where o.product_id = ${model.id}`);
const products = await db
  .select({ id: schema.products.id })
  .from(schema.products)
  .where(sql`company_id = ${companyId}`);

async function time(label: string, runs: number, fn: () => Promise<unknown>) {
  await fn(); // warm-up: questionnaires loaded, queries planned
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const pct = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))].toFixed(1);
  console.log(`${label.padEnd(52)} median ${pct(0.5)} ms · p95 ${pct(0.95)} ms`);
}

const view = await getPortfolio(db, responsable, {}, TODAY);
console.log(
  `${products.length} products × 3 themes = ${view.page.total} rows; late commitments ${view.needs.late.length}; drafts ${view.needs.drafts.length} (embedded PGlite, ${RUNS} runs)`,
);
await time("getPortfolio (first page, default sort)", RUNS, () => getPortfolio(db, responsable, {}, TODAY));
await time("  of which loadSubjects (the six queries)", RUNS, () =>
  loadSubjects(
    db,
    companyId,
    products.map((p) => p.id),
    true,
  ),
);
await time("getPortfolio (sorted by compliance, late only)", RUNS, () =>
  getPortfolio(db, responsable, { sort: "compliance", dir: "desc", late: "1" }, TODAY),
);
await time("buildPlanView per product (the plan page's way, ×200)", Math.max(1, Math.floor(RUNS / 10)), async () => {
  for (const p of products) await buildPlanView(db, { companyId, productId: p.id }, { edit: false, validate: false }, TODAY);
});
await closeDb();
