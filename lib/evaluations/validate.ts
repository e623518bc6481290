import { and, eq, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { companies, evaluationSnapshots, evaluations, products, users } from "@/db/schema";
import { ActionError } from "@/lib/actions/errors";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import type { AppUser } from "@/lib/auth/types";
import { enqueueEmail } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import { parseLocale } from "@/lib/i18n/locales";
import { rebasePlan } from "@/lib/plans/rebase";
import { levelsOf } from "@/lib/plans/starts";
import { scoreQuestionnaire } from "@/lib/scoring/score";
import { actorOf, assertWorkable, lockEvaluation, questionnaireOf, type EvaluationRow } from "./access";
import { readAnswers } from "./answers-repo";
import { missingItems, snapshotAnswers, toScoringAnswers } from "./model";
import type { EvaluationRevisionInput } from "./schema";

/**
 * Validates a draft: needs the validate right, the revision the user reviewed (someone
 * saving meanwhile makes them look again) and every qualifier and applicable requirement
 * answered completely; otherwise the missing items come back as field errors keyed by item
 * id. Freezes a snapshot (answers, scores, version), marks the evaluation validated and
 * emails the company's Responsable, all in one transaction.
 */
export async function validateEvaluation(
  user: AppUser,
  input: EvaluationRevisionInput,
  meta: RequestMeta = {},
): Promise<{ snapshotId: string }> {
  return getDb().transaction(async (tx) => {
    const { row } = await lockEvaluation(tx, user, input.evaluationId, "validate");
    if (row.status !== "draft") throw new ActionError("evaluations.errors.notDraft");
    assertWorkable(row);
    if (row.revision !== input.revision) throw new ActionError("evaluations.errors.staleValidation");

    const questionnaire = questionnaireOf(row);
    const stored = await readAnswers(tx, row.id);
    const missing = missingItems(questionnaire, stored);
    if (missing.length > 0) {
      const fieldErrors = Object.fromEntries(missing.map((m) => [m.itemId, [`evaluations.missing.${m.reason}`]]));
      throw new ActionError("evaluations.errors.incomplete", fieldErrors, { count: missing.length });
    }

    const result = scoreQuestionnaire(questionnaire, toScoringAnswers(questionnaire, stored));
    // The plan de convergence moves onto the new levels in the same transaction.
    await rebasePlan(tx, { companyId: row.companyId, productId: row.productId }, row.theme, levelsOf(snapshotAnswers(stored)));
    const now = new Date();
    const [snapshot] = await tx
      .insert(evaluationSnapshots)
      .values({
        evaluationId: row.id,
        companyId: row.companyId,
        productId: row.productId,
        theme: row.theme,
        questionnaireVersion: row.version,
        answers: snapshotAnswers(stored),
        result: result as unknown as Record<string, unknown>,
        score: result.score,
        maturity: result.maturity?.id ?? null,
        compliant: result.compliant,
        validatedById: user.id,
        validatedAt: now,
      })
      .returning({ id: evaluationSnapshots.id });
    await tx
      .update(evaluations)
      .set({ status: "validated", validatedById: user.id, validatedAt: now, revision: sql`${evaluations.revision} + 1`, updatedAt: now })
      .where(eq(evaluations.id, row.id));

    await notifyResponsable(tx, row, user, {
      score: result.score,
      maturity: result.maturity?.label ?? null,
      compliant: result.compliant,
      at: now,
    });
    await recordAudit(tx, {
      actor: actorOf(user),
      action: "evaluation.validated",
      entityType: "evaluation",
      entityId: row.id,
      companyId: row.companyId,
      data: { snapshotId: snapshot.id, theme: row.theme, version: row.version, score: result.score, compliant: result.compliant },
      meta,
    });
    return { snapshotId: snapshot.id };
  });
}

async function notifyResponsable(
  tx: Executor,
  row: EvaluationRow,
  validator: AppUser,
  result: { score: number | null; maturity: { fr: string; en: string } | null; compliant: boolean; at: Date },
): Promise<void> {
  const [company] = await tx.select({ name: companies.legalName }).from(companies).where(eq(companies.id, row.companyId));
  const [responsable] = await tx
    .select({ email: users.email, firstName: users.firstName, locale: users.locale })
    .from(users)
    .where(and(eq(users.companyId, row.companyId), eq(users.companyRole, "responsable"), eq(users.status, "active")));
  // A company between two Responsables (transfer in progress) has nobody to tell; the snapshot stays.
  if (!responsable) return;
  const [product] = row.productId
    ? await tx
        .select({ name: products.name, version: products.version, os: products.os, device: products.device })
        .from(products)
        .where(eq(products.id, row.productId))
    : [];
  await enqueueEmail(tx, {
    to: responsable.email,
    locale: parseLocale(responsable.locale),
    template: "evaluations.validated",
    payload: {
      firstName: responsable.firstName,
      companyName: company.name,
      product: product ?? null,
      theme: row.theme,
      version: row.version,
      score: result.score,
      maturity: result.maturity,
      compliant: result.compliant,
      validatorName: `${validator.firstName} ${validator.lastName}`,
      validatedAt: result.at.toISOString(),
      url: `${env().APP_URL}/evaluations/${row.id}/results`,
    },
  });
}

/**
 * Reopens a validated evaluation: the same evaluation becomes a draft again, holding the
 * validated answers; its snapshots stay as they are. Needs the draft right: changing answers
 * is what that right allows, and a new validation still needs the validate right.
 */
export async function reopenEvaluation(user: AppUser, input: EvaluationRevisionInput, meta: RequestMeta = {}): Promise<void> {
  await getDb().transaction(async (tx) => {
    const { row } = await lockEvaluation(tx, user, input.evaluationId, "draft");
    if (row.status !== "validated") throw new ActionError("evaluations.errors.notValidated");
    assertWorkable(row);
    if (row.revision !== input.revision) throw new ActionError("evaluations.errors.stale");
    await tx
      .update(evaluations)
      .set({ status: "draft", validatedById: null, validatedAt: null, revision: sql`${evaluations.revision} + 1`, updatedAt: new Date() })
      .where(eq(evaluations.id, row.id));
    await recordAudit(tx, {
      actor: actorOf(user),
      action: "evaluation.reopened",
      entityType: "evaluation",
      entityId: row.id,
      companyId: row.companyId,
      meta,
    });
  });
}
