import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "@/db/client";
import { readAnswers } from "@/lib/evaluations/answers-repo";
import { toScoringAnswers, type SnapshotAnswer } from "@/lib/evaluations/model";
import { productThemes } from "@/lib/evaluations/results";
import { loadQuestionnaire } from "@/lib/questionnaires/load";
import type { Level, Theme } from "@/lib/questionnaires/schema";
import type { ThemeStart } from "./model";

export type PlanSubject = { companyId: string; productId: string | null };

export function subjectThemes(subject: PlanSubject): Theme[] {
  return subject.productId ? productThemes() : ["strategy"];
}

/**
 * Each theme's starting point: the latest validated snapshot, else the draft being worked on.
 * Themes with neither are returned apart: there is nothing to plan from yet.
 */
export async function loadStarts(db: Executor, subject: PlanSubject): Promise<{ starts: ThemeStart[]; missing: Theme[] }> {
  const [snapshots, drafts] = await Promise.all([
    queryRows<{ theme: Theme; version: string; answers: Record<string, SnapshotAnswer> }>(
      db,
      sql`select distinct on (theme) theme, questionnaire_version as version, answers from evaluation_snapshots
        where company_id = ${subject.companyId} and product_id is not distinct from ${subject.productId}::uuid
        order by theme, validated_at desc, id desc`,
    ),
    queryRows<{ id: string; theme: Theme; version: string }>(
      db,
      sql`select e.id, e.theme, e.questionnaire_version as version from evaluations e
        where e.company_id = ${subject.companyId} and e.product_id is not distinct from ${subject.productId}::uuid
          and not exists (select 1 from evaluations n where n.upgraded_from_id = e.id)`,
    ),
  ]);
  const starts: ThemeStart[] = [];
  const missing: Theme[] = [];
  for (const theme of subjectThemes(subject)) {
    const snapshot = snapshots.find((s) => s.theme === theme);
    if (snapshot) {
      const questionnaire = loadQuestionnaire(theme, snapshot.version);
      starts.push({
        theme,
        questionnaire,
        answers: toScoringAnswers(questionnaire, snapshot.answers),
        source: "validated",
        validatedLevels: levelsOf(snapshot.answers),
      });
      continue;
    }
    const draft = drafts.find((d) => d.theme === theme);
    if (!draft) {
      missing.push(theme);
      continue;
    }
    const questionnaire = loadQuestionnaire(theme, draft.version);
    starts.push({
      theme,
      questionnaire,
      answers: toScoringAnswers(questionnaire, await readAnswers(db, draft.id)),
      source: "draft",
      validatedLevels: null,
    });
  }
  return { starts, missing };
}

export function levelsOf(answers: Record<string, Pick<SnapshotAnswer, "level" | "notConcerned">>): Record<string, Level | null> {
  return Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, a.notConcerned ? null : a.level]));
}
