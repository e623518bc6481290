import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "@/db/client";
import { NotFoundError } from "@/lib/actions/errors";
import type { AppUser } from "@/lib/auth/types";
import { getEvaluation } from "./load";
import { isUuid } from "@/lib/validation/uuid";

export type EvidenceDownload = { name: string; mimeType: string; bytes: Uint8Array };

/**
 * An evidence file of an evaluation, for a user who may read the evaluation. The file must
 * be referenced by one of its answers or by one of its validated snapshots: a document id
 * alone opens nothing, even within the company.
 */
export async function getEvidence(db: Executor, user: AppUser, evaluationId: string, documentId: string): Promise<EvidenceDownload> {
  const evaluation = await getEvaluation(db, user, evaluationId, false);
  if (!isUuid(documentId)) throw new NotFoundError("document");
  const rows = await queryRows<{ name: string; mimeType: string; bytes: Uint8Array }>(
    db,
    sql`select d.name, d.mime_type as "mimeType", d.bytes from documents d
      where d.id = ${documentId} and d.company_id = ${evaluation.companyId} and d.purpose = 'evaluation_evidence'
        and (exists (select 1 from answers a where a.evaluation_id = ${evaluation.id} and a.evidence_document_id = d.id)
          or exists (select 1 from evaluation_snapshots s where s.evaluation_id = ${evaluation.id}
            and jsonb_path_exists(s.answers, '$.*.evidenceDocumentId ? (@ == $doc)', jsonb_build_object('doc', ${documentId}::text))))`,
  );
  if (!rows[0]) throw new NotFoundError("document");
  const bytes = rows[0].bytes;
  return {
    name: rows[0].name,
    mimeType: rows[0].mimeType,
    bytes: bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes as ArrayLike<number>),
  };
}
