import { and, eq, isNull } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { evaluations, products } from "@/db/schema";
import { isUniqueViolation } from "@/db/errors";
import { ActionError, ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import type { AppUser } from "@/lib/auth/types";
import { createQuestionnaireStore, latestVersion } from "@/lib/questionnaires/load";
import { compareVersions, type Theme } from "@/lib/questionnaires/schema";
import { assertStrategyAccess, loadRights, meets, productLevel } from "@/lib/rights/rights";
import { actorOf, type Subject } from "./access";
import type { StartInput } from "./schema";

const versions = createQuestionnaireStore();

/** Published versions of a theme, newest first. */
export function publishedVersions(theme: Theme): string[] {
  return versions.versionsOf(theme);
}

/**
 * Checks that the user may start (draft right) an evaluation of this subject and that the
 * subject takes one: an archived product takes no new evaluation. Returns the subject.
 */
export async function checkStartable(
  db: Executor,
  user: AppUser,
  theme: Theme,
  productId: string | null,
): Promise<Subject & { product: { name: string; version: string; os: string; device: string } | null }> {
  const rights = await loadRights(db, user);
  if (theme === "strategy") {
    if (productId) throw new NotFoundError("product");
    assertStrategyAccess(rights, "draft");
    return { companyId: rights.companyId, productId: null, theme, product: null };
  }
  if (!productId) throw new NotFoundError("product");
  const [product] = await db
    .select({
      id: products.id,
      status: products.status,
      name: products.name,
      version: products.version,
      os: products.os,
      device: products.device,
    })
    .from(products)
    .where(and(eq(products.id, productId), eq(products.companyId, rights.companyId)));
  if (!product) throw new NotFoundError("product");
  if (!meets(productLevel(rights, productId), "draft")) throw new ForbiddenError();
  if (product.status === "archived") throw new ActionError("evaluations.errors.archived");
  return {
    companyId: rights.companyId,
    productId,
    theme,
    product: { name: product.name, version: product.version, os: product.os, device: product.device },
  };
}

/** The evaluation being worked on for a subject: the one on the newest version, if any. */
export async function currentEvaluationId(db: Executor, subject: Subject): Promise<string | null> {
  const rows = await db
    .select({ id: evaluations.id, version: evaluations.questionnaireVersion })
    .from(evaluations)
    .where(
      and(
        eq(evaluations.companyId, subject.companyId),
        subject.productId ? eq(evaluations.productId, subject.productId) : isNull(evaluations.productId),
        eq(evaluations.theme, subject.theme),
      ),
    );
  rows.sort((a, b) => compareVersions(b.version, a.version));
  return rows[0]?.id ?? null;
}

/**
 * Starts the evaluation of a theme for a product (or of the company strategy) on the newest
 * published version, or on an older published one when asked. A subject has one evaluation
 * being worked on: if one exists, it is returned instead (moving it to a newer version is an
 * upgrade, which keeps the answers).
 */
export async function startEvaluation(user: AppUser, input: StartInput, meta: RequestMeta = {}): Promise<{ id: string; created: boolean }> {
  const theme = input.theme;
  const version = input.version || latestVersion(theme);
  if (!version || !publishedVersions(theme).includes(version)) throw new ActionError("evaluations.errors.noQuestionnaire");
  const db = getDb();
  try {
    return await db.transaction(async (tx) => {
      const subject = await checkStartable(tx, user, theme, input.productId || null);
      const existing = await currentEvaluationId(tx, subject);
      if (existing) return { id: existing, created: false };
      const [row] = await tx
        .insert(evaluations)
        .values({ companyId: subject.companyId, productId: subject.productId, theme, questionnaireVersion: version, startedById: user.id })
        .returning({ id: evaluations.id });
      await recordAudit(tx, {
        actor: actorOf(user),
        action: "evaluation.started",
        entityType: "evaluation",
        entityId: row.id,
        companyId: subject.companyId,
        data: { productId: subject.productId, theme, version },
        meta,
      });
      return { id: row.id, created: true };
    });
  } catch (error) {
    // Two people starting at the same moment: the second joins the first one's evaluation.
    if (!isUniqueViolation(error, "evaluations_subject_unique")) throw error;
    const subject = await checkStartable(db, user, theme, input.productId || null);
    const existing = await currentEvaluationId(db, subject);
    if (!existing) throw error;
    return { id: existing, created: false };
  }
}

/**
 * What the start page shows: the subject, the evaluation already being worked on (the page
 * then goes straight to it) and the versions one may start on, newest first.
 */
export async function startPreview(db: Executor, user: AppUser, theme: Theme, productId: string | null) {
  const subject = await checkStartable(db, user, theme, productId);
  return { subject, existingId: await currentEvaluationId(db, subject), versions: publishedVersions(theme) };
}
