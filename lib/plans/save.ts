import { and, eq, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { planLines, plans, products } from "@/db/schema";
import { ActionError, NotFoundError } from "@/lib/actions/errors";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import type { AppUser } from "@/lib/auth/types";
import { actorOf } from "@/lib/evaluations/access";
import type { Level } from "@/lib/questionnaires/schema";
import { assertPlanAccess, lockPlan, ownerCandidates } from "./access";
import { readLines } from "./lines-repo";
import { buildThemePlan, type PlanLine, type StoredLine } from "./model";
import type { BulkInput, SaveLineInput } from "./schema";
import { loadStarts, type PlanSubject } from "./starts";
import { todayInParis } from "./today";

export type SaveLineResult =
  | { status: "saved"; line: StoredLine; planRevision: number; othersSaved: boolean }
  /** The line changed since the user loaded it: nothing was written; here is what it holds now. */
  | { status: "conflict"; current: StoredLine | null; planRevision: number };

class StaleRevision extends Error {}

type Values = { plannedLevel: Level; plannedQuarter: string; ownerId: string | null; note: string | null };

/**
 * Saves one commitment as you go. Like answers, revisions are per line: the save names the
 * revision it started from (0 while the line showed its defaults) and is refused with nothing
 * written when someone saved it meanwhile; the caller gets their values back and the other
 * person's. Needs the answer (draft) right on the subject.
 */
export async function saveLine(user: AppUser, input: SaveLineInput, today = todayInParis()): Promise<SaveLineResult> {
  const db = getDb();
  let planId: string | null = null;
  try {
    return await db.transaction(async (tx) => {
      const { subject, plan, lines } = await openForChange(tx, user, input.subject, today);
      planId = plan.id;
      const line = lines.get(input.requirementId);
      if (!line) throw new NotFoundError("line");
      const values = {
        plannedLevel: input.plannedLevel as Level,
        plannedQuarter: input.plannedQuarter,
        ownerId: input.ownerId,
        note: input.note || null,
      };
      await checkValues(tx, subject, line, values);
      const revision = await bumpPlan(tx, plan.id);
      const written = await writeLine(tx, plan.id, line, input.baseRevision, values, user.id);
      if (!written) throw new StaleRevision();
      const othersSaved = input.knownRevision !== undefined && revision !== input.knownRevision + 1;
      return { status: "saved" as const, line: written, planRevision: revision, othersSaved };
    });
  } catch (error) {
    if (!(error instanceof StaleRevision) || !planId) throw error;
    const [current, [plan]] = await Promise.all([
      readLines(db, planId),
      db.select({ revision: plans.revision }).from(plans).where(eq(plans.id, planId)),
    ]);
    return { status: "conflict", current: current.get(input.requirementId) ?? null, planRevision: plan.revision };
  }
}

/**
 * Sets the quarter and/or the owner of several lines at once, in one transaction. Lines that
 * someone changed since the user saw them are left as they are and returned as conflicts.
 */
export async function bulkUpdate(
  user: AppUser,
  input: BulkInput,
  meta: RequestMeta = {},
  today = todayInParis(),
): Promise<{ updated: string[]; conflicts: string[]; planRevision: number }> {
  if (!input.plannedQuarter && !input.ownerId)
    throw new ActionError("errors.formInvalid", { plannedQuarter: ["plans.errors.nothingToSet"] });
  return getDb().transaction(async (tx) => {
    const { subject, plan, lines, stored } = await openForChange(tx, user, input.subject, today);
    const updated: string[] = [];
    const conflicts: string[] = [];
    const ownerId = input.ownerId === "none" ? null : input.ownerId || undefined;
    for (const { requirementId, baseRevision } of input.lines) {
      const line = lines.get(requirementId);
      if (!line) throw new NotFoundError("line");
      const now = stored.get(requirementId);
      if ((now?.revision ?? 0) !== baseRevision) {
        conflicts.push(requirementId);
        continue;
      }
      const values = {
        plannedLevel: line.plannedLevel,
        plannedQuarter: input.plannedQuarter || line.plannedQuarter,
        ownerId: ownerId === undefined ? line.ownerId : ownerId,
        note: line.note,
      };
      await checkValues(tx, subject, line, values);
      if (await writeLine(tx, plan.id, line, baseRevision, values, user.id)) updated.push(requirementId);
      else conflicts.push(requirementId);
    }
    const revision = updated.length > 0 ? await bumpPlan(tx, plan.id) : plan.revision;
    if (updated.length > 0) {
      await recordAudit(tx, {
        actor: actorOf(user),
        action: "plan.bulk_updated",
        entityType: "plan",
        entityId: plan.id,
        companyId: subject.companyId,
        data: { lines: updated, plannedQuarter: input.plannedQuarter || null, ownerId: input.ownerId || null },
        meta,
      });
    }
    return { updated, conflicts, planRevision: revision };
  });
}

/** Checks the right and the product, locks the plan and computes its lines as the page shows them. */
export async function openForChange(tx: Executor, user: AppUser, productId: string | null, today: string) {
  const { subject } = await assertPlanAccess(tx, user, { productId }, "draft");
  if (subject.productId) {
    const [product] = await tx.select({ status: products.status }).from(products).where(eq(products.id, subject.productId));
    if (product.status === "archived") throw new ActionError("plans.errors.archived");
  }
  const plan = await lockPlan(tx, subject);
  const [{ starts }, stored] = await Promise.all([loadStarts(tx, subject), readLines(tx, plan.id)]);
  const lines = new Map<string, PlanLine>();
  for (const start of starts) for (const l of buildThemePlan(start, stored, today).lines) lines.set(l.requirementId, l);
  return { subject, plan, lines, stored, starts };
}

async function checkValues(tx: Executor, subject: PlanSubject, line: PlanLine, values: Values): Promise<void> {
  const errors: Record<string, string[]> = {};
  if (values.plannedLevel < line.currentLevel) errors.plannedLevel = ["plans.errors.levelBelowCurrent"];
  if (values.ownerId && values.ownerId !== line.ownerId) {
    const owners = await ownerCandidates(tx, subject);
    if (!owners.some((o) => o.id === values.ownerId)) errors.ownerId = ["plans.errors.owner"];
  }
  if (Object.keys(errors).length > 0) throw new ActionError("errors.formInvalid", errors);
}

async function bumpPlan(tx: Executor, planId: string): Promise<number> {
  const [row] = await tx
    .update(plans)
    .set({ revision: sql`${plans.revision} + 1`, updatedAt: new Date() })
    .where(eq(plans.id, planId))
    .returning({ revision: plans.revision });
  return row.revision;
}

/** Inserts the line at revision 1 or updates it at `baseRevision`; null when the row moved on. */
export async function writeLine(
  tx: Executor,
  planId: string,
  line: PlanLine,
  baseRevision: number,
  values: Values,
  userId: string | null,
): Promise<StoredLine | null> {
  const returning = {
    requirementId: planLines.requirementId,
    plannedLevel: planLines.plannedLevel,
    plannedQuarter: planLines.plannedQuarter,
    ownerId: planLines.ownerId,
    note: planLines.note,
    revision: planLines.revision,
  };
  const rows =
    baseRevision === 0
      ? await tx
          .insert(planLines)
          .values({ planId, requirementId: line.requirementId, theme: line.theme, ...values, revision: 1, updatedById: userId })
          .onConflictDoNothing()
          .returning(returning)
      : await tx
          .update(planLines)
          .set({ ...values, revision: sql`${planLines.revision} + 1`, updatedById: userId, updatedAt: new Date() })
          .where(and(eq(planLines.planId, planId), eq(planLines.requirementId, line.requirementId), eq(planLines.revision, baseRevision)))
          .returning(returning);
  return rows[0] ? { ...rows[0], plannedLevel: rows[0].plannedLevel as Level } : null;
}
