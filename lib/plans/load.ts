import { desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { planSnapshots } from "@/db/schema";
import type { AppUser } from "@/lib/auth/types";
import type { Theme } from "@/lib/questionnaires/schema";
import { meets } from "@/lib/rights/rights";
import { assertPlanAccess, findPlan, ownerCandidates, subjectNames, type Owner, type SubjectRef } from "./access";
import { readLines } from "./lines-repo";
import { buildThemePlan, planWarnings, productCompliance, type ThemePlan, type Warning } from "./model";
import { loadStarts, type PlanSubject } from "./starts";
import { todayInParis } from "./today";

export type PlanView = {
  subject: PlanSubject;
  companyName: string;
  product: { name: string; version: string; os: string; device: string } | null;
  /** 0 while nobody has changed the plan. */
  revision: number;
  today: string;
  themes: ThemePlan[];
  /** Themes with no evaluation yet: nothing to plan from. */
  missing: Theme[];
  /** Quarter, "now", null (never as planned) or undefined (a theme is not evaluated). */
  compliantFrom: string | null | undefined;
  warnings: Warning[];
  owners: Owner[];
  can: { edit: boolean; validate: boolean };
  history: { id: string; validatedAt: Date; validatedByName: string; compliantFrom: string | null; planRevision: number }[];
};

/** Everything the plan page, its exports and its validation show, for a user with at least read access. */
export async function getPlan(db: Executor, user: AppUser, ref: SubjectRef, today = todayInParis()): Promise<PlanView> {
  const { subject, level } = await assertPlanAccess(db, user, ref, "read");
  return buildPlanView(db, subject, { edit: meets(level, "draft"), validate: meets(level, "validate") }, today);
}

/** The plan of a subject whose access the caller has checked (validation, jobs, exports). */
export async function buildPlanView(db: Executor, subject: PlanSubject, can: PlanView["can"], today: string): Promise<PlanView> {
  const plan = await findPlan(db, subject);
  const [{ starts, missing }, stored, owners, names, history] = await Promise.all([
    loadStarts(db, subject),
    readLines(db, plan?.id ?? null),
    ownerCandidates(db, subject),
    subjectNames(db, subject),
    plan ? planHistory(db, plan.id) : Promise.resolve([]),
  ]);
  const themes = starts.map((s) => buildThemePlan(s, stored, today));
  const ownerIds = new Set(owners.map((o) => o.id));
  return {
    subject,
    ...names,
    revision: plan?.revision ?? 0,
    today,
    themes,
    missing,
    compliantFrom: productCompliance(themes, missing.length),
    warnings: planWarnings(themes, (id) => ownerIds.has(id)),
    owners,
    can,
    history,
  };
}

export type PlanHistoryEntry = PlanView["history"][number];

/** The validated versions of a plan, newest first (the caller has checked access). */
export function planHistory(db: Executor, planId: string): Promise<PlanHistoryEntry[]> {
  return db
    .select({
      id: planSnapshots.id,
      validatedAt: planSnapshots.validatedAt,
      validatedByName: planSnapshots.validatedByName,
      compliantFrom: planSnapshots.compliantFrom,
      planRevision: planSnapshots.planRevision,
    })
    .from(planSnapshots)
    .where(eq(planSnapshots.planId, planId))
    .orderBy(desc(planSnapshots.validatedAt), desc(planSnapshots.id));
}
