import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { evaluations, products } from "@/db/schema";
import { ActionError, ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/record";
import type { AppUser } from "@/lib/auth/types";
import { loadQuestionnaire } from "@/lib/questionnaires/load";
import type { Questionnaire, Theme } from "@/lib/questionnaires/schema";
import { loadRights, meets, productLevel, strategyLevel, type Level, type Rights } from "@/lib/rights/rights";
import { isUuid } from "@/lib/validation/uuid";

/** The subject of an evaluation: a product of the company, or the company itself (strategy). */
export type Subject = { companyId: string; productId: string | null; theme: Theme };

/** Ids come from URLs and forms: anything that is not a UUID is an evaluation that does not exist. */
export function evaluationIdOrNotFound(id: string): string {
  if (!isUuid(id)) throw new NotFoundError("evaluation");
  return id;
}

/**
 * The level the user holds on an evaluation's subject, refusing below `needed`. Rights are
 * those of lib/rights: a product grant (draft or validate) for a product's themes, the
 * strategy grant for the company questionnaire, everything for the Responsable. Another
 * company's evaluation is "not found", never "forbidden".
 */
export async function assertSubjectAccess(
  db: Executor,
  user: AppUser,
  subject: Subject,
  needed: Level,
): Promise<{ rights: Rights; level: Level }> {
  const rights = await loadRights(db, user);
  return { rights, level: checkSubjectAccess(rights, subject, needed) };
}

export function checkSubjectAccess(rights: Rights, subject: Subject, needed: Level): Level {
  if (subject.companyId !== rights.companyId) throw new NotFoundError("evaluation");
  const level = subject.productId ? productLevel(rights, subject.productId) : strategyLevel(rights);
  if (!meets(level, needed)) throw new ForbiddenError();
  return level!;
}

export type EvaluationRow = Subject & {
  id: string;
  version: string;
  status: "draft" | "validated";
  revision: number;
  productStatus: "active" | "archived" | null;
  superseded: boolean;
};

/**
 * Reads an evaluation for a change, locking its row so that changes to one evaluation
 * happen one after the other (a save cannot slip between a validation's check and its write).
 */
export async function lockEvaluation(
  tx: Executor,
  user: AppUser,
  id: string,
  needed: Level,
  lock = true,
): Promise<{ row: EvaluationRow; rights: Rights; level: Level }> {
  evaluationIdOrNotFound(id);
  const query = tx
    .select({
      id: evaluations.id,
      companyId: evaluations.companyId,
      productId: evaluations.productId,
      theme: evaluations.theme,
      version: evaluations.questionnaireVersion,
      status: evaluations.status,
      revision: evaluations.revision,
      productStatus: products.status,
      superseded: sql<boolean>`exists (select 1 from evaluations n where n.upgraded_from_id = ${evaluations.id})`,
    })
    .from(evaluations)
    .leftJoin(products, eq(products.id, evaluations.productId))
    .where(eq(evaluations.id, id));
  const [row] = lock ? await query.for("update", { of: evaluations }) : await query;
  if (!row) throw new NotFoundError("evaluation");
  const evaluation = { ...row, theme: row.theme as Theme, superseded: Boolean(row.superseded) };
  const { rights, level } = await assertSubjectAccess(tx, user, evaluation, needed);
  return { row: evaluation, rights, level };
}

/** Refuses changes to an evaluation that is no longer the one being worked on. */
export function assertWorkable(row: EvaluationRow): void {
  if (row.productStatus === "archived") throw new ActionError("evaluations.errors.archived");
  if (row.superseded) throw new ActionError("evaluations.errors.superseded");
}

export function questionnaireOf(row: Pick<EvaluationRow, "theme" | "version">): Questionnaire {
  return loadQuestionnaire(row.theme, row.version);
}

export function actorOf(user: AppUser): Actor {
  return { kind: "user", id: user.id, username: user.username, companyId: user.companyId };
}
