import { and, eq, sql } from "drizzle-orm";
import { getDb, queryRows, type Executor } from "@/db/client";
import { answers, documents, evaluationPositions, evaluations } from "@/db/schema";
import { ActionError, NotFoundError } from "@/lib/actions/errors";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import type { AppUser } from "@/lib/auth/types";
import type { Level } from "@/lib/questionnaires/schema";
import { qualifierAnswerSchema } from "@/lib/scoring/answers";
import { actorOf, assertWorkable, lockEvaluation, questionnaireOf } from "./access";
import { readAnswer } from "./answers-repo";
import { inspectEvidence, storeEvidence } from "./evidence-file";
import { fitsQualifier, itemIndex, type StoredAnswer } from "./model";
import type { SaveAnswerInput } from "./schema";

export type SaveResult =
  | { status: "saved"; answer: StoredAnswer; evaluationRevision: number; othersSaved: boolean }
  /** The item changed since the user loaded it: nothing was written; here is what it holds now. */
  | { status: "conflict"; current: StoredAnswer | null; evaluationRevision: number };

/** Thrown inside the transaction to undo it (the evaluation revision bump, an uploaded file). */
class StaleRevision extends Error {}

type Row = Partial<typeof answers.$inferInsert>;

/**
 * Saves one item's answer as a draft. Revisions are per answer: the save names the revision
 * of this item it started from (0 when it had no answer) and is refused, with nothing
 * written, if someone else saved the item meanwhile; the caller gets the other person's
 * values and keeps their own. Every save also bumps the evaluation's revision, which
 * validation checks, and remembers the item as the user's position.
 */
export async function saveAnswer(user: AppUser, input: SaveAnswerInput, meta: RequestMeta = {}): Promise<SaveResult> {
  const db = getDb();
  try {
    return await db.transaction(async (tx) => {
      const { row } = await lockEvaluation(tx, user, input.evaluationId, "draft");
      if (row.status !== "draft") throw new ActionError("evaluations.errors.notDraft");
      assertWorkable(row);
      const entry = itemIndex(questionnaireOf(row)).get(input.itemId);
      if (!entry) throw new NotFoundError("item");

      const values: Row = entry.item.kind === "qualifier" ? qualifierValues(entry.item, input) : requirementValues(input);
      let uploaded: { id: string; name: string } | null = null;
      if (entry.item.kind === "requirement" && input.evidenceFile) {
        const bytes = new Uint8Array(await input.evidenceFile.arrayBuffer());
        const verdict = inspectEvidence(bytes);
        if (!verdict.ok) throw new ActionError("errors.formInvalid", { evidenceFile: [`evaluations.errors.evidence.${verdict.reason}`] });
        uploaded = await storeEvidence(tx, { name: input.evidenceFile.name, bytes, type: verdict.type }, row.companyId, user.id);
        values.evidenceDocumentId = uploaded.id;
      }

      // Fewer round trips per save (it runs on every pause in typing): the evaluation's
      // revision and the user's position in one statement, and the saved answer built from
      // the row written rather than read back.
      const revision = await bumpAndRemember(tx, row.id, user.id, input.itemId);
      const written = await writeAnswer(tx, row.id, input.itemId, input.baseRevision, {
        ...values,
        updatedById: user.id,
        updatedAt: new Date(),
      });
      if (!written) throw new StaleRevision();

      if (uploaded) {
        await recordAudit(tx, {
          actor: actorOf(user),
          action: "evaluation.evidence_uploaded",
          entityType: "evaluation",
          entityId: row.id,
          companyId: row.companyId,
          data: { itemId: input.itemId, documentId: values.evidenceDocumentId },
          meta,
        });
      }
      const evidenceName = !written.evidenceDocumentId
        ? null
        : written.evidenceDocumentId === uploaded?.id
          ? uploaded.name
          : await documentName(tx, written.evidenceDocumentId);
      const answer = storedAnswer(written, evidenceName, user);
      const othersSaved = input.knownRevision !== undefined && revision !== input.knownRevision + 1;
      return { status: "saved" as const, answer, evaluationRevision: revision, othersSaved };
    });
  } catch (error) {
    if (!(error instanceof StaleRevision)) throw error;
    const [current, [evaluation]] = await Promise.all([
      readAnswer(db, input.evaluationId, input.itemId),
      db.select({ revision: evaluations.revision }).from(evaluations).where(eq(evaluations.id, input.evaluationId)),
    ]);
    return { status: "conflict", current, evaluationRevision: evaluation.revision };
  }
}

type Written = typeof answers.$inferSelect;

/** Inserts the first answer or updates the one at `baseRevision`; null when the row moved on. */
async function writeAnswer(tx: Executor, evaluationId: string, itemId: string, baseRevision: number, values: Row): Promise<Written | null> {
  if (baseRevision === 0) {
    const inserted = await tx
      .insert(answers)
      .values({ ...values, evaluationId, itemId, revision: 1 })
      .onConflictDoNothing()
      .returning();
    return inserted[0] ?? null;
  }
  const updated = await tx
    .update(answers)
    .set({ ...values, revision: sql`${answers.revision} + 1` })
    .where(and(eq(answers.evaluationId, evaluationId), eq(answers.itemId, itemId), eq(answers.revision, baseRevision)))
    .returning();
  return updated[0] ?? null;
}

/** Bumps the evaluation's revision (validation checks it) and remembers the item as the user's position. */
async function bumpAndRemember(tx: Executor, evaluationId: string, userId: string, itemId: string): Promise<number> {
  const [row] = await queryRows<{ revision: number }>(
    tx,
    sql`with bumped as (
          update evaluations set revision = revision + 1, updated_at = now() where id = ${evaluationId} returning revision
        ), remembered as (
          insert into evaluation_positions (evaluation_id, user_id, item_id) values (${evaluationId}, ${userId}, ${itemId})
          on conflict (evaluation_id, user_id) do update set item_id = excluded.item_id, updated_at = now()
        )
        select revision from bumped`,
  );
  return Number(row.revision);
}

async function documentName(tx: Executor, id: string): Promise<string | null> {
  const [row] = await tx.select({ name: documents.name }).from(documents).where(eq(documents.id, id));
  return row?.name ?? null;
}

/** The answer as readAnswer would give it (answers-repo.ts), from the row just written by `user`. */
function storedAnswer(row: Written, evidenceName: string | null, user: AppUser): StoredAnswer {
  return {
    itemId: row.itemId,
    value: row.value,
    level: row.level as Level | null,
    notConcerned: row.notConcerned,
    justification: row.justification,
    plannedDate: row.plannedDate,
    comment: row.comment,
    evidenceDocumentId: row.evidenceDocumentId,
    evidenceName,
    evidenceUrl: row.evidenceUrl,
    revision: row.revision,
    updatedAt: new Date(row.updatedAt).toISOString(),
    updatedBy: `${user.firstName ?? ""} ${user.lastName ?? ""}`.trim() || null,
  };
}

function qualifierValues(item: Parameters<typeof fitsQualifier>[0], input: SaveAnswerInput): Row {
  let value: unknown = null;
  try {
    value = input.value ? JSON.parse(input.value) : null;
  } catch {
    throw new ActionError("errors.formInvalid", { value: ["errors.invalid"] });
  }
  if (value !== null && (!qualifierAnswerSchema.safeParse(value).success || !fitsQualifier(item, value))) {
    throw new ActionError("errors.formInvalid", { value: ["errors.invalid"] });
  }
  return { value: value as Row["value"], comment: input.comment || null };
}

function requirementValues(input: SaveAnswerInput): Row {
  const level = input.level ?? "";
  const row: Row = {
    level: level === "" || level === "nc" ? null : (Number(level) as Level),
    notConcerned: level === "nc",
    // Kept even when the current level does not need them, so that switching back loses nothing.
    plannedDate: input.plannedDate || null,
    justification: input.justification || null,
    comment: input.comment || null,
    evidenceUrl: input.evidenceUrl || null,
  };
  if (input.removeEvidence === "1") row.evidenceDocumentId = null;
  return row;
}

async function rememberPosition(tx: Executor, evaluationId: string, userId: string, itemId: string): Promise<void> {
  await tx
    .insert(evaluationPositions)
    .values({ evaluationId, userId, itemId })
    .onConflictDoUpdate({ target: [evaluationPositions.evaluationId, evaluationPositions.userId], set: { itemId, updatedAt: new Date() } });
}

/** Remembers where the user is (moving between sections without changing anything). */
export async function savePosition(user: AppUser, input: { evaluationId: string; itemId: string }): Promise<void> {
  await getDb().transaction(async (tx) => {
    const { row } = await lockEvaluation(tx, user, input.evaluationId, "draft", false);
    if (!itemIndex(questionnaireOf(row)).has(input.itemId)) throw new NotFoundError("item");
    await rememberPosition(tx, row.id, user.id, input.itemId);
  });
}
