import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { planSnapshots } from "@/db/schema";
import { NotFoundError } from "@/lib/actions/errors";
import type { AppUser } from "@/lib/auth/types";
import { themeSchema } from "@/lib/questionnaires/schema";
import { assertPlanAccess, findPlan, subjectNames, type SubjectRef } from "./access";
import { comparePlans, type PlanComparison } from "./compare";
import { planHistory, type PlanHistoryEntry } from "./load";
import type { PlanSubject } from "./starts";

// A snapshot's content is JSON written by an earlier version of the code: read only what a
// comparison needs, and check it.
const lineSchema = z.object({
  requirementId: z.string(),
  mandatory: z.boolean(),
  plannedLevel: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  plannedQuarter: z.string().regex(/^\d{4}-T[1-4]$/),
});
const contentSchema = z.object({
  compliantFrom: z.string().nullable(),
  missing: z.array(themeSchema).default([]),
  themes: z.array(z.object({ theme: themeSchema, version: z.string(), compliantFrom: z.string().nullable(), lines: z.array(lineSchema) })),
});

export type ComparedPair = {
  from: PlanHistoryEntry;
  to: PlanHistoryEntry;
  comparison: PlanComparison;
  /** Themes not evaluated yet in each version (why a compliance date is unknown). */
  missing: { from: number; to: number };
};

export type PlanComparisonView = {
  subject: PlanSubject;
  companyName: string;
  product: { name: string; version: string; os: string; device: string } | null;
  /** Every validated version, newest first, to choose another pair. */
  history: PlanHistoryEntry[];
  /** Null when no pair was asked for and there are fewer than two versions. */
  pair: ComparedPair | null;
};

/**
 * Two validated versions of a plan compared, for a user who may read the plan (agency staff
 * may not: plan contents are the company's). Without a pair, the latest version against the
 * one before. A version of another plan is "not found".
 */
export async function getPlanComparison(
  db: Executor,
  user: AppUser,
  ref: SubjectRef,
  asked: { from?: string; to?: string },
): Promise<PlanComparisonView> {
  const { subject } = await assertPlanAccess(db, user, ref, "read");
  const plan = await findPlan(db, subject);
  const [history, names] = await Promise.all([plan ? planHistory(db, plan.id) : Promise.resolve([]), subjectNames(db, subject)]);
  const view = { subject, ...names, history };
  if (!asked.from && !asked.to && history.length < 2) return { ...view, pair: null };
  const [fromId, toId] = asked.from || asked.to ? [asked.from, asked.to] : [history[1].id, history[0].id];
  const from = history.find((h) => h.id === fromId);
  const to = history.find((h) => h.id === toId);
  // Ids come from the URL: anything but a version of this plan is "not found".
  if (!plan || !from || !to) throw new NotFoundError("plan");
  const rows = await db
    .select({ id: planSnapshots.id, content: planSnapshots.content })
    .from(planSnapshots)
    .where(and(eq(planSnapshots.planId, plan.id), inArray(planSnapshots.id, [from.id, to.id])));
  const content = (id: string) => contentSchema.parse(rows.find((r) => r.id === id)?.content);
  const [before, after] = [content(from.id), content(to.id)];
  return {
    ...view,
    pair: {
      from,
      to,
      comparison: comparePlans(before, after),
      missing: { from: before.missing.length, to: after.missing.length },
    },
  };
}
