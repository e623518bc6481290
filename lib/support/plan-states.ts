import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { plans, planSnapshots, products } from "@/db/schema";
import type { AppUser } from "@/lib/auth/types";
import { buildPlanView } from "@/lib/plans/load";
import type { PlanSubject } from "@/lib/plans/starts";
import { todayInParis } from "@/lib/plans/today";
import { assertSupport } from "./access";

/**
 * A plan's state for support, per subject (a product or the company's strategy) and theme:
 * states and figures only. The plan itself is computed by lib/plans (the plan page's code)
 * and reduced here, so that no line, note, level or owner ever leaves this function.
 */
export type PlanState = {
  productId: string | null;
  /** none: nobody has touched the plan; draft: changed since its last validation (or never validated). */
  state: "none" | "draft" | "validated";
  /** Of the latest validation, whatever the state. */
  validatedAt: Date | null;
  themes: {
    theme: string;
    /** A quarter ("2027-T2"), "now", or null: never, as planned. */
    compliantFrom: string | null;
    /** Commitments whose quarter has ended without the planned level validated. */
    late: number;
  }[];
};

export async function planStates(user: AppUser | null, companyId: string, today = todayInParis()): Promise<PlanState[]> {
  assertSupport(user);
  const db = getDb();
  const [productRows, planRows, snapshots] = await Promise.all([
    db.select({ id: products.id }).from(products).where(eq(products.companyId, companyId)).orderBy(products.name, products.version),
    db.select({ productId: plans.productId, revision: plans.revision }).from(plans).where(eq(plans.companyId, companyId)),
    db
      .select({ productId: planSnapshots.productId, planRevision: planSnapshots.planRevision, validatedAt: planSnapshots.validatedAt })
      .from(planSnapshots)
      .where(eq(planSnapshots.companyId, companyId))
      .orderBy(desc(planSnapshots.validatedAt), desc(planSnapshots.id)),
  ]);
  const subjects: PlanSubject[] = [...productRows.map((p) => ({ companyId, productId: p.id })), { companyId, productId: null }];
  return Promise.all(
    subjects.map(async (subject): Promise<PlanState> => {
      const plan = planRows.find((p) => p.productId === subject.productId);
      const latest = snapshots.find((s) => s.productId === subject.productId) ?? null;
      const base = { productId: subject.productId, validatedAt: latest?.validatedAt ?? null };
      if (!plan) return { ...base, state: "none", themes: [] };
      const view = await buildPlanView(db, subject, { edit: false, validate: false }, today);
      return {
        ...base,
        state: latest && latest.planRevision === plan.revision ? "validated" : "draft",
        themes: view.themes.map((t) => ({
          theme: t.theme,
          compliantFrom: t.compliantFrom,
          late: t.lines.filter((l) => l.state === "late").length,
        })),
      };
    }),
  );
}
