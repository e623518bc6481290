import type { Executor } from "@/db/client";
import type { AppUser } from "@/lib/auth/types";
import { listQuestionnaires } from "@/lib/questionnaires/load";
import type { Theme } from "@/lib/questionnaires/schema";
import { scoreQuestionnaire, type QuestionnaireScore } from "@/lib/scoring/score";
import { getEvaluation, type EvaluationView } from "./load";
import { snapshotAnswers, toScoringAnswers, type SnapshotAnswer } from "./model";
import { latestProductScores, nationalAverages, subjectSnapshots, type NationalAverage, type Snapshot } from "./snapshots";

export type AnswerChange = { itemId: string; before: SnapshotAnswer | null; after: SnapshotAnswer | null };

export type ResultsView = {
  evaluation: EvaluationView;
  /** "snapshot": the frozen result of the latest validation; "draft": computed now, provisional. */
  source: "snapshot" | "draft";
  snapshot: Pick<Snapshot, "id" | "validatedAt" | "validatedBy"> | null;
  result: QuestionnaireScore;
  previous: Pick<Snapshot, "id" | "validatedAt" | "validatedBy" | "version" | "score" | "compliant" | "result"> | null;
  changes: AnswerChange[];
  /** Per product theme: the latest validated score and the national average (null for strategy). */
  radar: { theme: Theme; score: number | null; national: NationalAverage | null }[] | null;
  national: NationalAverage | null;
};

/** Themes a product is evaluated on: every published theme but the company-wide strategy. */
export function productThemes(): Theme[] {
  return listQuestionnaires()
    .filter((l) => l.theme !== "strategy" && l.versions.length > 0)
    .map((l) => l.theme);
}

/**
 * The results of an evaluation: the frozen result of its latest validation when validated,
 * otherwise the provisional result of the current answers; what changed since the previous
 * validated snapshot of the same subject; the product's radar over its themes; and national
 * averages where enough companies contribute.
 */
export async function getResults(db: Executor, user: AppUser, id: string): Promise<ResultsView> {
  const evaluation = await getEvaluation(db, user, id);
  const subject = { companyId: evaluation.companyId, productId: evaluation.product?.id ?? null, theme: evaluation.theme };
  const [snapshots, national, productScores] = await Promise.all([
    subjectSnapshots(db, subject),
    nationalAverages(db),
    evaluation.product ? latestProductScores(db, evaluation.companyId, evaluation.product.id) : Promise.resolve(null),
  ]);

  const own = evaluation.status === "validated" ? snapshots.find((s) => s.evaluationId === evaluation.id) : undefined;
  const current = own ?? null;
  const previous = current ? (snapshots.find((s) => s.validatedAt < current.validatedAt) ?? null) : (snapshots[0] ?? null);
  const answers = current ? current.answers : snapshotAnswers(evaluation.answers);
  const result = current
    ? current.result
    : scoreQuestionnaire(evaluation.questionnaire, toScoringAnswers(evaluation.questionnaire, evaluation.answers));

  return {
    evaluation,
    source: current ? "snapshot" : "draft",
    snapshot: current ? { id: current.id, validatedAt: current.validatedAt, validatedBy: current.validatedBy } : null,
    result,
    previous: previous
      ? {
          id: previous.id,
          validatedAt: previous.validatedAt,
          validatedBy: previous.validatedBy,
          version: previous.version,
          score: previous.score,
          compliant: previous.compliant,
          result: previous.result,
        }
      : null,
    changes: previous ? diffAnswers(previous.answers, answers) : [],
    radar: productScores
      ? productThemes().map((theme) => ({ theme, score: productScores[theme] ?? null, national: national[theme] ?? null }))
      : null,
    national: national[evaluation.theme] ?? null,
  };
}

const SIGNIFICANT: (keyof SnapshotAnswer)[] = ["value", "level", "notConcerned", "plannedDate"];

/** Items whose answer changed (value, level, "not concerned", planned date), in a stable order. */
export function diffAnswers(before: Record<string, SnapshotAnswer>, after: Record<string, SnapshotAnswer>): AnswerChange[] {
  const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  // An answer row holding nothing significant (only a comment, say) compares as no answer.
  const key = (a: SnapshotAnswer | undefined) => {
    const values = a ? SIGNIFICANT.map((k) => a[k] ?? null) : [];
    return values.every((v) => v === null || v === false) ? "none" : JSON.stringify(values);
  };
  return ids
    .filter((id) => key(before[id]) !== key(after[id]))
    .map((id) => ({ itemId: id, before: before[id] ?? null, after: after[id] ?? null }));
}
