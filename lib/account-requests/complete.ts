import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { accountRequestEvents, accountRequests, documents } from "@/db/schema";
import { ActionError } from "@/lib/actions/errors";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import { storeDocument } from "@/lib/documents/upload";
import { checkToken, consumeToken } from "@/lib/tokens/tokens";
import type { RequestRow } from "./detail";
import type { CompleteRequestInput } from "./schema";
import { AUTHORISATION_PURPOSE, checkedAuthorisation, requestColumns } from "./submit";

export type CompletionLink =
  | { status: "valid"; request: RequestRow; message: string | null; documentName: string | null }
  | { status: "expired" | "used" | "invalid" };

/** What a completion link opens: the request as it stands and the operator's question. */
export async function openCompletion(raw: string): Promise<CompletionLink> {
  const db = getDb();
  const check = await checkToken(db, "request_completion", raw);
  if (check.status !== "valid") return { status: check.status };
  const [request] = await db
    .select()
    .from(accountRequests)
    .where(eq(accountRequests.id, check.token.accountRequestId ?? ""));
  if (!request || request.status !== "info_requested") return { status: "used" };
  const [event] = await db
    .select({ message: accountRequestEvents.message })
    .from(accountRequestEvents)
    .where(and(eq(accountRequestEvents.requestId, request.id), eq(accountRequestEvents.kind, "info_requested")))
    .orderBy(desc(accountRequestEvents.at))
    .limit(1);
  const [document] = request.authorisationDocumentId
    ? await db.select({ name: documents.name }).from(documents).where(eq(documents.id, request.authorisationDocumentId))
    : [];
  return { status: "valid", request, message: event?.message ?? null, documentName: document?.name ?? null };
}

/**
 * The requester's answer: the same request, corrected, back in the queue (pending) with a
 * history event. The link is used once; the revision changes, so an operator still looking
 * at the old version is told it changed.
 */
export async function completeAccountRequest(input: CompleteRequestInput, meta: RequestMeta = {}): Promise<{ reference: string }> {
  const upload = input.isLegalRepresentative === "no" ? await checkedAuthorisation(input.authorisation) : undefined;
  return getDb().transaction(async (tx) => {
    const used = await consumeToken(tx, "request_completion", input.token);
    if (used.status !== "valid") throw new ActionError("accountRequest.complete.linkUnusable");
    const [current] = await tx
      .select()
      .from(accountRequests)
      .where(eq(accountRequests.id, used.token.accountRequestId ?? ""));
    if (!current || current.status !== "info_requested") throw new ActionError("accountRequest.complete.linkUnusable");
    if (input.isLegalRepresentative === "no" && !upload && !current.authorisationDocumentId) {
      throw new ActionError("errors.formInvalid", { authorisation: ["accountRequest.errors.file.required"] });
    }
    const documentId = upload ? await storeDocument(tx, { purpose: AUTHORISATION_PURPOSE, upload }) : current.authorisationDocumentId;
    await tx
      .update(accountRequests)
      .set({
        ...requestColumns(input),
        authorisationDocumentId: input.isLegalRepresentative === "no" ? documentId : current.authorisationDocumentId,
        status: "pending",
        revision: sql`${accountRequests.revision} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(accountRequests.id, current.id));
    await tx.insert(accountRequestEvents).values({ requestId: current.id, kind: "completed", message: input.response || null });
    await recordAudit(tx, {
      actor: { kind: "anonymous", label: input.email },
      action: "account_request.completed",
      entityType: "account_request",
      entityId: current.id,
      data: { reference: current.reference, newDocument: Boolean(upload) },
      meta,
    });
    return { reference: current.reference };
  });
}
