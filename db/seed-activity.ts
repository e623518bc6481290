import { inArray } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { snapshotAnswers, toScoringAnswers, type StoredAnswers } from "@/lib/evaluations/model";
import { addQuarters, quarterOfDay, todayInParis } from "@/lib/format";
import { buildPlanView } from "@/lib/plans/load";
import type { PlanSubject } from "@/lib/plans/starts";
import { snapshotContent } from "@/lib/plans/validate";
import { latestVersion, loadQuestionnaire } from "@/lib/questionnaires/load";
import { requirementsOf, type Level, type Questionnaire } from "@/lib/questionnaires/schema";
import { scoreQuestionnaire } from "@/lib/scoring/score";
import { getDb, type Db, type Executor } from "./client";
import { answers, companies, evaluations, evaluationSnapshots, planLines, plans, planSnapshots, products, users } from "./schema";
import { TERMS_VERSION_SEEDED } from "./seed";
import { ACTIVITY_COMPANIES } from "./seed-activity-data";
import { DEMO_PASSWORD } from "./seed-data";

// Demo activity for `npm run dev` (scripts/prepare-dev.ts, on a database with no evaluation
// yet): eight vendors with validated evaluations on every product theme, and validated plans
// for six of them, so that the observatory shows its figures (5 companies or more) and the
// support console has states to show. Answers are scored by lib/scoring and plans built by
// lib/plans, as the app does on validation. Not used by the test seeds.

const THEMES = ["interoperability", "security", "urbanisation"] as const;

/** Level bands aimed at: web products "advanced", mobile ones "structured" (every theme). */
function aimedScore(q: Questionnaire, web: boolean, index: number): number {
  const band = web ? q.levels.find((l) => l.id === "advanced")! : q.levels.find((l) => l.id === "structured")!;
  const next = q.levels[q.levels.indexOf(band) + 1];
  const width = (next?.min ?? 100) - band.min;
  return band.min + width * (0.3 + 0.1 * (index % 5));
}

/**
 * Levels that land the score near `aim` (so every product of a kind shares a maturity level,
 * and the observatory's level counts reach 5 companies): a compliant product has every
 * mandatory requirement at target; otherwise two mandatory ones are only planned (level 1).
 */
function levelsFor(q: Questionnaire, aim: number, compliant: boolean, index: number): Map<string, Level> {
  const requirements = requirementsOf(q);
  const levels = new Map<string, Level>(requirements.map((r) => [r.id, (aim >= 75 ? 3 : 2) as Level]));
  const fixed = new Set<string>();
  const mandatory = requirements.filter((r) => r.mandatory);
  if (compliant) {
    for (const r of mandatory) levels.set(r.id, Math.max(levels.get(r.id)!, r.target.level) as Level);
  } else {
    for (const r of [mandatory[index % mandatory.length], mandatory[(index + 3) % mandatory.length]]) {
      fixed.add(r.id);
      levels.set(r.id, 1);
    }
  }
  const score = () => scoreQuestionnaire(q, toScoringAnswers(q, answerSet(q, levels, ""))).score ?? 0;
  const floor = (r: (typeof requirements)[number]) => (compliant && r.mandatory ? r.target.level : 0);
  for (let pass = 0, k = index; pass < 4 * requirements.length && Math.abs(score() - aim) > 2.5; pass++, k++) {
    const r = requirements[k % requirements.length];
    if (fixed.has(r.id)) continue;
    const level = levels.get(r.id)!;
    if (score() < aim && level < 4) levels.set(r.id, (level + 1) as Level);
    else if (score() > aim && level > floor(r)) levels.set(r.id, (level - 1) as Level);
  }
  return levels;
}

/** Stored answers: every qualifier answered so that all requirements apply, levels as given. */
function answerSet(q: Questionnaire, levels: Map<string, Level>, at: string): StoredAnswers {
  const out: StoredAnswers = {};
  const blank = { level: null, notConcerned: false, justification: null, plannedDate: null, comment: null };
  const rest = { evidenceDocumentId: null, evidenceName: null, evidenceUrl: null, revision: 1, updatedAt: at, updatedBy: null };
  const planned = `${Number(at.slice(0, 4) || "2026") + 1}-06-30`;
  for (const item of q.sections.flatMap((s) => s.items)) {
    if (item.kind === "qualifier") {
      const value = item.type === "boolean" ? true : item.type === "single" ? item.options[0].value : item.options.map((o) => o.value);
      out[item.id] = { itemId: item.id, value, ...blank, ...rest };
      continue;
    }
    const level = levels.get(item.id) ?? 0;
    out[item.id] = { itemId: item.id, value: null, ...blank, level, plannedDate: level === 1 || level === 2 ? planned : null, ...rest };
  }
  return out;
}

/** A day of the previous quarter (interoperability, security) or of this one (urbanisation). */
function validationDay(theme: (typeof THEMES)[number], index: number, today: string): Date {
  if (theme === "urbanisation") return new Date(`${today}T${String(8 + index).padStart(2, "0")}:00:00Z`);
  const previous = addQuarters(quarterOfDay(today), -1);
  const [year, q] = [Number(previous.slice(0, 4)), Number(previous.slice(6))];
  return new Date(Date.UTC(year, (q - 1) * 3 + 1, 3 + index * 2, 10));
}

async function evaluate(tx: Executor, subject: PlanSubject, userId: string, web: boolean, index: number, today: string) {
  for (const theme of THEMES) {
    const q = loadQuestionnaire(theme, latestVersion(theme)!);
    const at = validationDay(theme, index, today);
    // A third of the web products are compliant on security and urbanisation.
    const compliant = web && index % 3 === 0 && theme !== "interoperability";
    const stored = answerSet(q, levelsFor(q, aimedScore(q, web, index), compliant, index), at.toISOString());
    const result = scoreQuestionnaire(q, toScoringAnswers(q, stored));
    const common = { companyId: subject.companyId, productId: subject.productId, theme, questionnaireVersion: q.version };
    const [evaluation] = await tx
      .insert(evaluations)
      .values({
        ...common,
        status: "validated",
        revision: 2,
        startedById: userId,
        validatedById: userId,
        validatedAt: at,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: evaluations.id });
    await tx.insert(answers).values(
      Object.values(stored).map((a) => ({
        evaluationId: evaluation.id,
        itemId: a.itemId,
        value: a.value,
        level: a.level,
        plannedDate: a.plannedDate,
        updatedById: userId,
        updatedAt: at,
      })),
    );
    await tx.insert(evaluationSnapshots).values({
      ...common,
      evaluationId: evaluation.id,
      answers: snapshotAnswers(stored),
      result: result as unknown as Record<string, unknown>,
      score: result.score,
      maturity: result.maturity?.id ?? null,
      compliant: result.compliant,
      validatedById: userId,
      validatedAt: at,
    });
  }
}

/** A validated plan: commitments spread over the next quarters, one company planning a mandatory line below target. */
async function plan(tx: Executor, subject: PlanSubject, user: { id: string; name: string }, index: number, today: string) {
  const can = { edit: true, validate: true };
  const [row] = await tx.insert(plans).values({ companyId: subject.companyId, productId: subject.productId, revision: 2 }).returning();
  const defaults = await buildPlanView(tx, subject, can, today);
  const lines = defaults.themes.flatMap((t) => t.lines);
  if (lines.length) {
    await tx.insert(planLines).values(
      lines.map((l, k) => ({
        planId: row.id,
        requirementId: l.requirementId,
        theme: l.theme,
        plannedLevel: index === 5 && k === 0 && l.mandatory ? l.currentLevel : l.targetLevel,
        plannedQuarter: addQuarters(quarterOfDay(today), 1 + ((k + index) % (2 + (index % 4)))),
        ownerId: user.id,
        updatedById: user.id,
      })),
    );
  }
  const view = await buildPlanView(tx, subject, can, today);
  const content = snapshotContent(view, today);
  await tx.insert(planSnapshots).values({
    planId: row.id,
    companyId: subject.companyId,
    productId: subject.productId,
    planRevision: row.revision,
    content: content as unknown as Record<string, unknown>,
    compliantFrom: content.compliantFrom,
    validatedById: user.id,
    validatedByName: user.name,
  });
}

/** Adds the demo activity unless one of its companies already exists. Returns whether it did. */
export async function seedActivity(db: Db = getDb(), now: Date = new Date()): Promise<boolean> {
  const sirens = ACTIVITY_COMPANIES.map((c) => c.siren);
  const existing = await db.select({ id: companies.id }).from(companies).where(inArray(companies.siren, sirens));
  if (existing.length) return false;
  const today = todayInParis(now);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    for (const [index, c] of ACTIVITY_COMPANIES.entries()) {
      const { responsable, product, mobile, plan: planned, ...identity } = c;
      const [company] = await tx.insert(companies).values(identity).returning({ id: companies.id });
      const [user] = await tx
        .insert(users)
        .values({
          ...responsable,
          companyId: company.id,
          companyRole: "responsable",
          status: "active",
          passwordHash,
          termsVersion: TERMS_VERSION_SEEDED,
          termsAcceptedAt: now,
        })
        .returning({ id: users.id });
      const editions = [
        { name: product, version: "4.2", os: "Web", device: "Website", commercialName: product, inCatalogue: true },
        ...(mobile
          ? [{ name: product, version: "4.2", os: "iOS", device: "Mobile", commercialName: `${product} Mobile`, inCatalogue: false }]
          : []),
      ];
      const productRows = await tx
        .insert(products)
        .values(editions.map((e) => ({ ...e, companyId: company.id, kind: "base" as const, createdById: user.id })))
        .returning({ id: products.id, device: products.device });
      for (const p of productRows)
        await evaluate(tx, { companyId: company.id, productId: p.id }, user.id, p.device === "Website", index, today);
      const web = productRows.find((p) => p.device === "Website")!;
      const name = `${responsable.firstName} ${responsable.lastName}`;
      if (planned) await plan(tx, { companyId: company.id, productId: web.id }, { id: user.id, name }, index, today);
    }
  });
  return true;
}
