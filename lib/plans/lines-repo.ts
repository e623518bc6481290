import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { planLines } from "@/db/schema";
import type { Level } from "@/lib/questionnaires/schema";
import type { StoredLine } from "./model";

export async function readLines(db: Executor, planId: string | null): Promise<Map<string, StoredLine>> {
  if (!planId) return new Map();
  const rows = await db
    .select({
      requirementId: planLines.requirementId,
      plannedLevel: planLines.plannedLevel,
      plannedQuarter: planLines.plannedQuarter,
      ownerId: planLines.ownerId,
      note: planLines.note,
      revision: planLines.revision,
    })
    .from(planLines)
    .where(eq(planLines.planId, planId));
  return new Map(rows.map((r) => [r.requirementId, { ...r, plannedLevel: r.plannedLevel as Level }]));
}
