import { sql, type SQL } from "drizzle-orm";
import { queryRows, type Executor } from "@/db/client";
import { ANSWER_JOINS, ANSWER_JSON, toStoredAnswers } from "@/lib/evaluations/answers-repo";
import { currentEvaluations, type CurrentEvaluation } from "@/lib/evaluations/current";
import { toScoringAnswers, type SnapshotAnswer, type StoredAnswer } from "@/lib/evaluations/model";
import type { StoredLine, ThemeStart } from "@/lib/plans/model";
import { levelsOf, subjectThemes, type PlanSubject } from "@/lib/plans/starts";
import { loadQuestionnaire } from "@/lib/questionnaires/load";
import type { Level, Theme } from "@/lib/questionnaires/schema";

/** What the portfolio needs of one plan subject (a product, or the company's strategy). */
export type SubjectData = {
  subject: PlanSubject;
  /** Same starting points as lib/plans/starts.loadStarts, read for every subject at once. */
  starts: ThemeStart[];
  missing: Theme[];
  current: CurrentEvaluation[];
  stored: Map<string, StoredLine>;
  plan: { id: string; revision: number } | null;
  lastValidation: { validatedAt: Date; planRevision: number } | null;
};

const STRATEGY = "strategy";
const keyOf = (productId: string | null) => productId ?? STRATEGY;

/**
 * The plan inputs of many subjects of one company in a fixed number of queries (six, whatever
 * the number of products): the plan page reads one subject at a time (lib/plans/load), which
 * at 200 products would be a thousand queries. The caller has checked the user may see each
 * subject; the result feeds the plan page's own pure functions (lib/plans/model).
 */
export async function loadSubjects(
  db: Executor,
  companyId: string,
  productIds: string[],
  withStrategy: boolean,
): Promise<Map<string, SubjectData>> {
  const subjects: PlanSubject[] = [
    ...productIds.map((productId) => ({ companyId, productId })),
    ...(withStrategy ? [{ companyId, productId: null }] : []),
  ];
  if (subjects.length === 0) return new Map();
  const scope = subjectScope(productIds, withStrategy);
  const [snapshots, current, plans] = await Promise.all([
    queryRows<{ productId: string | null; theme: Theme; version: string; answers: Record<string, SnapshotAnswer> }>(
      db,
      sql`select distinct on (product_id, theme) product_id as "productId", theme, questionnaire_version as version, answers
        from evaluation_snapshots where company_id = ${companyId} and ${scope}
        order by product_id, theme, validated_at desc, id desc`,
    ),
    Promise.all([
      productIds.length ? currentEvaluations(db, companyId, productIds) : Promise.resolve([]),
      withStrategy ? currentEvaluations(db, companyId, "strategy") : Promise.resolve([]),
    ]).then(([a, b]) => [...a, ...b]),
    queryRows<{ id: string; productId: string | null; revision: number }>(
      db,
      sql`select id, product_id as "productId", revision from plans where company_id = ${companyId} and ${scope}`,
    ),
  ]);

  // Drafts are read only where no validated evaluation exists, as loadStarts does.
  const validated = new Set(snapshots.map((s) => `${keyOf(s.productId)}|${s.theme}`));
  const draftIds = current.filter((e) => !validated.has(`${keyOf(e.productId)}|${e.theme}`)).map((e) => e.id);
  const planIds = plans.map((p) => p.id);
  const [draftAnswers, lines, validations] = await Promise.all([
    draftIds.length
      ? queryRows<{ evaluationId: string; answers: StoredAnswer[] }>(
          db,
          sql`select a.evaluation_id as "evaluationId", json_agg(${ANSWER_JSON}) as answers from answers a ${ANSWER_JOINS}
            where a.evaluation_id in (${idList(draftIds)}) group by a.evaluation_id`,
        )
      : Promise.resolve([]),
    planIds.length
      ? queryRows<StoredLine & { planId: string }>(
          db,
          sql`select plan_id as "planId", requirement_id as "requirementId", planned_level as "plannedLevel",
              planned_quarter as "plannedQuarter", owner_id as "ownerId", note, revision
            from plan_lines where plan_id in (${idList(planIds)})`,
        )
      : Promise.resolve([]),
    planIds.length
      ? queryRows<{ planId: string; validatedAt: Date | string; planRevision: number }>(
          db,
          sql`select distinct on (plan_id) plan_id as "planId", validated_at as "validatedAt", plan_revision as "planRevision"
            from plan_snapshots where plan_id in (${idList(planIds)}) order by plan_id, validated_at desc, id desc`,
        )
      : Promise.resolve([]),
  ]);

  const answersOf = new Map(draftAnswers.map((d) => [d.evaluationId, toStoredAnswers(d.answers)]));
  const out = new Map<string, SubjectData>();
  for (const subject of subjects) {
    const key = keyOf(subject.productId);
    const plan = plans.find((p) => keyOf(p.productId) === key) ?? null;
    const mine = current.filter((e) => keyOf(e.productId) === key);
    const last = plan ? validations.find((v) => v.planId === plan.id) : undefined;
    const starts: ThemeStart[] = [];
    const missing: Theme[] = [];
    for (const theme of subjectThemes(subject)) {
      const snapshot = snapshots.find((s) => keyOf(s.productId) === key && s.theme === theme);
      if (snapshot) {
        const questionnaire = loadQuestionnaire(theme, snapshot.version);
        const answers = toScoringAnswers(questionnaire, snapshot.answers);
        starts.push({ theme, questionnaire, answers, source: "validated", validatedLevels: levelsOf(snapshot.answers) });
        continue;
      }
      const draft = mine.find((e) => e.theme === theme);
      if (!draft) {
        missing.push(theme);
        continue;
      }
      const questionnaire = loadQuestionnaire(theme, draft.version);
      const answers = toScoringAnswers(questionnaire, answersOf.get(draft.id) ?? {});
      starts.push({ theme, questionnaire, answers, source: "draft", validatedLevels: null });
    }
    out.set(key, {
      subject,
      starts,
      missing,
      current: mine,
      plan: plan ? { id: plan.id, revision: Number(plan.revision) } : null,
      stored: new Map(
        lines
          .filter((l) => l.planId === plan?.id)
          .map(({ planId: _, ...l }) => [
            l.requirementId,
            { ...l, plannedLevel: Number(l.plannedLevel) as Level, revision: Number(l.revision) },
          ]),
      ),
      lastValidation: last ? { validatedAt: new Date(last.validatedAt), planRevision: Number(last.planRevision) } : null,
    });
  }
  return out;
}

export const subjectKey = keyOf;

function idList(ids: string[]): SQL {
  return sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
}

function subjectScope(productIds: string[], withStrategy: boolean): SQL {
  const products = productIds.length ? sql`product_id in (${idList(productIds)})` : sql`false`;
  return withStrategy ? sql`(${products} or product_id is null)` : products;
}
