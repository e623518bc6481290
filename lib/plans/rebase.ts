import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { planLines, plans } from "@/db/schema";
import type { Level, Theme } from "@/lib/questionnaires/schema";
import { findPlan } from "./access";
import { readLines } from "./lines-repo";
import { buildThemePlan } from "./model";
import { writeLine } from "./save";
import { loadStarts, type PlanSubject } from "./starts";
import { todayInParis } from "./today";

/**
 * Re-bases a subject's plan on a theme's evaluation being validated, inside that validation's
 * transaction and before its snapshot is written (so the plan still reads the previous
 * starting point). Every commitment of the theme is written down with its current dates (a
 * default quarter must not drift afterwards), and those the new levels reach are marked
 * reached: they show "done"; the others keep their dates and may become late.
 */
export async function rebasePlan(
  tx: Executor,
  subject: PlanSubject,
  theme: Theme,
  newLevels: Record<string, Level | null>,
  today = todayInParis(),
): Promise<void> {
  const plan = await findPlan(tx, subject);
  if (!plan) return; // nobody planned anything: the defaults follow the new evaluation
  await tx.execute(sql`select 1 from ${plans} where ${plans.id} = ${plan.id} for update`);
  const { starts } = await loadStarts(tx, subject);
  const start = starts.find((s) => s.theme === theme);
  if (!start) return;
  const stored = await readLines(tx, plan.id);
  const now = new Date();
  let changed = false;
  for (const line of buildThemePlan(start, stored, today).lines) {
    const reached = (newLevels[line.requirementId] ?? -1) >= line.plannedLevel;
    if (line.revision === 0) {
      const values = { plannedLevel: line.plannedLevel, plannedQuarter: line.plannedQuarter, ownerId: line.ownerId, note: line.note };
      await writeLine(tx, plan.id, line, 0, values, null);
      changed = true;
    }
    if (reached) {
      await tx
        .update(planLines)
        .set({ reachedAt: now, revision: sql`${planLines.revision} + 1`, updatedAt: now })
        .where(and(eq(planLines.planId, plan.id), eq(planLines.requirementId, line.requirementId)));
      changed = true;
    }
  }
  if (changed)
    await tx
      .update(plans)
      .set({ revision: sql`${plans.revision} + 1`, updatedAt: now })
      .where(eq(plans.id, plan.id));
}
