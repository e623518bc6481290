import { eq, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { answers, evaluations } from "@/db/schema";
import { ActionError } from "@/lib/actions/errors";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import type { AppUser } from "@/lib/auth/types";
import { latestVersion, loadQuestionnaire } from "@/lib/questionnaires/load";
import { compareVersions, type Questionnaire } from "@/lib/questionnaires/schema";
import { planUpgrade, type UpgradePlan } from "@/lib/questionnaires/upgrade";
import type { Answers } from "@/lib/scoring/answers";
import { actorOf, assertWorkable, lockEvaluation, questionnaireOf } from "./access";
import { readAnswers } from "./answers-repo";
import { getEvaluation, type EvaluationView } from "./load";
import type { StoredAnswers } from "./model";

/**
 * Every stored answer, in the shape planUpgrade reads: a qualifier with its value, a
 * requirement by its id (whatever its level, even incomplete: its comment and evidence move
 * with it). Ids follow the questionnaire's stable ids; planUpgrade decides what carries.
 */
function planInput(stored: StoredAnswers): Answers {
  const out: Answers = { qualifiers: {}, requirements: {} };
  for (const a of Object.values(stored)) {
    if (a.value !== null) out.qualifiers[a.itemId] = a.value;
    else out.requirements[a.itemId] = { level: 0 };
  }
  return out;
}

export type UpgradePreview = { evaluation: EvaluationView; from: Questionnaire; to: Questionnaire; plan: UpgradePlan };

/** What moving to the newest version would carry over, add and drop (read only). */
export async function previewUpgrade(db: Executor, user: AppUser, id: string): Promise<UpgradePreview> {
  const evaluation = await getEvaluation(db, user, id);
  if (!evaluation.can.upgrade || !evaluation.newerVersion) throw new ActionError("evaluations.errors.noUpgrade");
  const from = evaluation.questionnaire;
  const to = loadQuestionnaire(evaluation.theme, evaluation.newerVersion);
  return { evaluation, from, to, plan: planUpgrade(from, to, planInput(evaluation.answers)) };
}

/**
 * Moves an evaluation to the newest version: a new draft on that version holding the answers
 * that carry over (with their comments, dates and evidence); the old evaluation stays as it
 * was, read-only, with its snapshots. Needs the draft right.
 */
export async function upgradeEvaluation(user: AppUser, input: { evaluationId: string }, meta: RequestMeta = {}): Promise<{ id: string }> {
  return getDb().transaction(async (tx) => {
    const { row } = await lockEvaluation(tx, user, input.evaluationId, "draft");
    assertWorkable(row);
    const target = latestVersion(row.theme);
    if (!target || compareVersions(target, row.version) <= 0) throw new ActionError("evaluations.errors.noUpgrade");

    const stored = await readAnswers(tx, row.id);
    const from = questionnaireOf(row);
    const to = loadQuestionnaire(row.theme, target);
    const plan = planUpgrade(from, to, planInput(stored));
    const [created] = await tx
      .insert(evaluations)
      .values({
        companyId: row.companyId,
        productId: row.productId,
        theme: row.theme,
        questionnaireVersion: target,
        upgradedFromId: row.id,
        startedById: user.id,
      })
      .returning({ id: evaluations.id });
    const carried = plan.carried.map((id) => stored[id]);
    if (carried.length > 0) {
      await tx.insert(answers).values(
        carried.map((a) => ({
          evaluationId: created.id,
          itemId: a.itemId,
          value: a.value,
          level: a.level,
          notConcerned: a.notConcerned,
          justification: a.justification,
          plannedDate: a.plannedDate,
          comment: a.comment,
          evidenceDocumentId: a.evidenceDocumentId,
          evidenceUrl: a.evidenceUrl,
          updatedById: user.id,
        })),
      );
    }
    await tx
      .update(evaluations)
      .set({ revision: sql`${evaluations.revision} + 1`, updatedAt: new Date() })
      .where(eq(evaluations.id, row.id));
    await recordAudit(tx, {
      actor: actorOf(user),
      action: "evaluation.upgraded",
      entityType: "evaluation",
      entityId: created.id,
      companyId: row.companyId,
      data: {
        from: row.version,
        to: target,
        previousId: row.id,
        carried: plan.carried.length,
        dropped: plan.dropped.map((d) => d.id),
        added: plan.added.length,
      },
      meta,
    });
    return { id: created.id };
  });
}
