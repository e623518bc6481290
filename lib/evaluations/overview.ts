import type { Executor } from "@/db/client";
import type { AppUser } from "@/lib/auth/types";
import { listAccessibleProducts, type AccessibleProduct } from "@/lib/rights/accessible-products";
import { assertStrategyAccess, loadRights, strategyLevel, type Level } from "@/lib/rights/rights";
import { currentEvaluations, type CurrentEvaluation } from "./current";
import { productThemes } from "./results";
import { subjectSnapshots } from "./snapshots";
import type { ThemeEvaluationStatus } from "./status";

function statusOf(theme: ThemeEvaluationStatus["theme"], evaluation: CurrentEvaluation | undefined): ThemeEvaluationStatus {
  return evaluation
    ? { theme, status: evaluation.status, score: evaluation.score, evaluationId: evaluation.id }
    : { theme, status: "not_started", score: null, evaluationId: null };
}

/**
 * The evaluations page: every active product the user may open, with the state of each
 * theme, and the strategy questionnaire when the user holds a right on it.
 */
export async function evaluationOverview(db: Executor, user: AppUser) {
  const rights = await loadRights(db, user);
  const products = await listAccessibleProducts(db, user);
  const strategy = strategyLevel(rights);
  const [current, strategyCurrent] = await Promise.all([
    currentEvaluations(
      db,
      rights.companyId,
      products.map((p) => p.id),
    ),
    strategy ? currentEvaluations(db, rights.companyId, "strategy") : Promise.resolve([]),
  ]);
  const themes = productThemes();
  return {
    themes,
    products: products.map((product: AccessibleProduct) => ({
      product,
      themes: themes.map((theme) =>
        statusOf(
          theme,
          current.find((e) => e.productId === product.id && e.theme === theme),
        ),
      ),
    })),
    strategy: strategy ? { level: strategy, ...statusOf("strategy", strategyCurrent[0]) } : null,
  };
}

/** The company strategy questionnaire: its state and its validated history. Needs a strategy right. */
export async function strategyOverview(
  db: Executor,
  user: AppUser,
): Promise<ThemeEvaluationStatus & { level: Level; history: Awaited<ReturnType<typeof subjectSnapshots>> }> {
  const rights = await loadRights(db, user);
  assertStrategyAccess(rights, "draft");
  const [current, history] = await Promise.all([
    currentEvaluations(db, rights.companyId, "strategy"),
    subjectSnapshots(db, { companyId: rights.companyId, productId: null, theme: "strategy" }, false),
  ]);
  return { level: strategyLevel(rights)!, ...statusOf("strategy", current[0]), history };
}
