// Measures, on the database filled by bench/generate-evaluations.ts:
// - the server-side work of the answering page of the largest questionnaire: loading the
//   evaluation, its answers, the user's rights and position (lib/evaluations/load.ts, what the
//   page calls) and rendering the answering form to HTML, as the server does on a request;
// - a save of one answer (lib/evaluations/save.ts, what the autosave action calls), each
//   save starting from the revision the previous one returned.
// The acting user is a contributor (rights read from grants: the slower path).
//
// Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/convergence_bench npx tsx bench/evaluation-speed.ts
//      PGLITE_DIR=.data/bench npx tsx bench/evaluation-speed.ts
import { createElement, type ComponentProps } from "react";
import { renderToString } from "react-dom/server";

process.env.APP_ENV ??= "development";
if (!process.env.DATABASE_URL) process.env.PGLITE_DIR ??= ".data/bench";
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

const { and, eq, like, sql } = await import("drizzle-orm");
const { closeDb, getDb } = await import("@/db/client");
const { evaluations, grants, users, products } = await import("@/db/schema");
const { findActiveUserById } = await import("@/lib/auth/users-repo");
const { getEvaluation } = await import("@/lib/evaluations/load");
const { saveAnswer } = await import("@/lib/evaluations/save");
const { MESSAGES } = await import("@/lib/i18n/messages");
const { latestVersion, loadQuestionnaire } = await import("@/lib/questionnaires/load");
const { NextIntlClientProvider } = await import("next-intl");
const { AnsweringForm } = await import("@/app/(portal)/evaluations/_components/answering-form");
const { openingSection } = await import("@/lib/evaluations/sections");
const { questionnaireForSection } = await import("@/lib/questionnaires/section-view");
// The form changes section through Next's router: a stand-in outside the framework.
const { AppRouterContext } = await import("next/dist/shared/lib/app-router-context.shared-runtime");

const db = getDb();
const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(products);
const [{ e }] = await db.select({ e: sql<number>`count(*)::int` }).from(evaluations);
if (n < 1) throw new Error("No data: run bench/generate-evaluations.ts first.");

// The largest questionnaire among the product themes' newest versions.
const largest = (["interoperability", "security", "urbanisation"] as const)
  .map((theme) => loadQuestionnaire(theme, latestVersion(theme)!))
  .sort((a, b) => b.sections.flatMap((s) => s.items).length - a.sections.flatMap((s) => s.items).length)[0];
const itemCount = largest.sections.flatMap((s) => s.items).length;

// A draft of that questionnaire, on a product the contributor of a company in the middle holds a grant on.
const [contributor] = await db
  .select({ id: users.id, companyId: users.companyId })
  .from(users)
  .where(like(users.username, "bench.c25%"))
  .limit(1);
const [target] = await db
  .select({ id: evaluations.id, productId: evaluations.productId })
  .from(evaluations)
  .innerJoin(grants, and(eq(grants.productId, evaluations.productId), eq(grants.userId, contributor.id)))
  .where(and(eq(evaluations.theme, largest.theme), eq(evaluations.questionnaireVersion, largest.version), eq(evaluations.status, "draft")))
  .limit(1);
if (!target) throw new Error("No draft evaluation of the largest questionnaire for the bench contributor.");
const user = (await findActiveUserById(db, contributor.id))!;
const noop = async () => ({ ok: true as const, data: undefined as never });

async function renderPage(): Promise<number> {
  const view = await getEvaluation(db, user, target.id);
  const opening = openingSection(view.questionnaire, view.answers, { position: view.position });
  const form = createElement(AnsweringForm, {
    evaluationId: view.id,
    revision: view.revision,
    questionnaire: questionnaireForSection(view.questionnaire, "fr", opening.sectionId),
    sectionId: opening.sectionId,
    focus: opening.focus,
    chosen: opening.chosen,
    locale: "fr",
    answers: view.answers,
    canEdit: view.can.edit,
    canValidate: view.can.validate,
    actions: { save: noop, savePosition: noop, validate: noop },
  });
  const intl = { locale: "fr", messages: MESSAGES.fr, timeZone: "Europe/Paris" } as ComponentProps<typeof NextIntlClientProvider>;
  const router = { push() {}, replace() {}, refresh() {}, back() {}, forward() {}, prefetch() {} } as never;
  const html = renderToString(
    createElement(AppRouterContext.Provider, { value: router }, createElement(NextIntlClientProvider, intl, form)),
  );
  return html.length;
}

const requirement = largest.sections.flatMap((s) => s.items).find((i) => i.kind === "requirement")!.id;
let revision = (await getEvaluation(db, user, target.id)).answers[requirement]?.revision ?? 0;
let flip = 0;
async function save(): Promise<void> {
  flip++;
  const result = await saveAnswer(user, {
    evaluationId: target.id,
    itemId: requirement,
    baseRevision: revision,
    level: flip % 2 ? "3" : "2",
    plannedDate: "2027-03-31",
    comment: `Mesure ${flip}`,
  });
  if (result.status !== "saved") throw new Error("unexpected conflict");
  revision = result.answer.revision;
}

async function measure(label: string, run: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 20; i++) await run(); // warm-up: JIT, caches, connection pool
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(times.length * q))].toFixed(1);
  console.log(
    `${label.padEnd(34)} median ${at(0.5)} ms   p90 ${at(0.9)} ms   p99 ${at(0.99)} ms   max ${times.at(-1)!.toFixed(1)} ms   (${RUNS} runs)`,
  );
}

console.log(
  `Database: ${process.env.DATABASE_URL ? "PostgreSQL" : `PGlite (${process.env.PGLITE_DIR})`} — ${n} products, ${e} evaluations`,
);
console.log(
  `Largest questionnaire: ${largest.theme} ${largest.version} (${itemCount} items); HTML of the form: ${(await renderPage()).toLocaleString("en")} characters`,
);
await measure("answering page (load + render)", renderPage);
await measure("  of which loading", () => getEvaluation(db, user, target.id));
await measure("save one answer", save);
await closeDb();
