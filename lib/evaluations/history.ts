import type { Executor } from "@/db/client";
import type { AppUser } from "@/lib/auth/types";
import { getEvaluation, type EvaluationView } from "./load";
import { subjectSnapshots, type Snapshot } from "./snapshots";

export type HistoryEntry = Pick<Snapshot, "id" | "evaluationId" | "version" | "validatedAt" | "validatedBy" | "score" | "compliant"> & {
  maturity: { fr: string; en: string } | null;
};

/** Every validated snapshot of the evaluation's subject, newest first, with date and author. */
export async function getHistory(
  db: Executor,
  user: AppUser,
  id: string,
): Promise<{ evaluation: EvaluationView; entries: HistoryEntry[] }> {
  const evaluation = await getEvaluation(db, user, id, false);
  const snapshots = await subjectSnapshots(db, {
    companyId: evaluation.companyId,
    productId: evaluation.product?.id ?? null,
    theme: evaluation.theme,
  });
  return {
    evaluation,
    entries: snapshots.map((s) => ({
      id: s.id,
      evaluationId: s.evaluationId,
      version: s.version,
      validatedAt: s.validatedAt,
      validatedBy: s.validatedBy,
      score: s.score,
      compliant: s.compliant,
      maturity: s.result.maturity?.label ?? null,
    })),
  };
}
