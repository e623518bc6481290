import type { Executor } from "@/db/client";
import type { AppUser } from "@/lib/auth/types";
import type { Theme } from "@/lib/questionnaires/schema";
import { assertProductAccess } from "@/lib/rights/rights";
import { productIdOrNotFound } from "@/lib/products/access";
import { currentEvaluations } from "./current";
import { productThemes } from "./results";

export type ThemeEvaluationStatus = {
  theme: Theme;
  status: "not_started" | "draft" | "validated";
  /** The latest validated score of this product on the theme (null: never validated, or nothing counted). */
  score: number | null;
  /** The evaluation being worked on (newest version), to link to; null when not started. */
  evaluationId: string | null;
};

/**
 * The evaluation state of a product on each theme with a published questionnaire (the
 * strategy questionnaire concerns the company, not a product). A reopened evaluation reads
 * "draft" and keeps the score of its last validation.
 */
export async function evaluationStatusByTheme(db: Executor, user: AppUser, productId: string): Promise<ThemeEvaluationStatus[]> {
  const rights = await assertProductAccess(db, user, productIdOrNotFound(productId), "read");
  const current = await currentEvaluations(db, rights.companyId, [productId]);
  return productThemes().map((theme) => {
    const evaluation = current.find((e) => e.theme === theme);
    return evaluation
      ? { theme, status: evaluation.status, score: evaluation.score, evaluationId: evaluation.id }
      : { theme, status: "not_started" as const, score: null, evaluationId: null };
  });
}
