import { sql, type SQL } from "drizzle-orm";
import { queryRows, type Executor } from "@/db/client";
import type { StoredAnswer, StoredAnswers } from "./model";

/** One answer row as JSON, with its author's name and its evidence file's name (aliases a, u, d). */
export const ANSWER_JSON: SQL = sql`json_build_object(
  'itemId', a.item_id, 'value', a.value, 'level', a.level, 'notConcerned', a.not_concerned,
  'justification', a.justification, 'plannedDate', a.planned_date, 'comment', a.comment,
  'evidenceDocumentId', a.evidence_document_id, 'evidenceName', d.name, 'evidenceUrl', a.evidence_url,
  'revision', a.revision, 'updatedAt', a.updated_at,
  'updatedBy', nullif(trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')), ''))`;

export const ANSWER_JOINS: SQL = sql`left join users u on u.id = a.updated_by_id left join documents d on d.id = a.evidence_document_id`;

export function toStoredAnswers(list: StoredAnswer[] | null | undefined): StoredAnswers {
  const out: StoredAnswers = {};
  for (const a of list ?? []) out[a.itemId] = normalise(a);
  return out;
}

// Both drivers give JSON back parsed, but timestamps inside JSON stay text: keep them as ISO.
function normalise(a: StoredAnswer): StoredAnswer {
  return { ...a, updatedAt: new Date(a.updatedAt).toISOString() };
}

export async function readAnswers(db: Executor, evaluationId: string): Promise<StoredAnswers> {
  const rows = await queryRows<{ answer: StoredAnswer }>(
    db,
    sql`select ${ANSWER_JSON} as answer from answers a ${ANSWER_JOINS} where a.evaluation_id = ${evaluationId}`,
  );
  return toStoredAnswers(rows.map((r) => r.answer));
}

export async function readAnswer(db: Executor, evaluationId: string, itemId: string): Promise<StoredAnswer | null> {
  const rows = await queryRows<{ answer: StoredAnswer }>(
    db,
    sql`select ${ANSWER_JSON} as answer from answers a ${ANSWER_JOINS} where a.evaluation_id = ${evaluationId} and a.item_id = ${itemId}`,
  );
  return rows[0] ? normalise(rows[0].answer) : null;
}
