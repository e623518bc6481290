import { sql } from "drizzle-orm";
import { getDb, queryRows } from "@/db/client";
import { accountRequestEvents, accountRequests } from "@/db/schema";
import { ActionError } from "@/lib/actions/errors";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import { readPdfUpload, storeDocument, type PdfUpload } from "@/lib/documents/upload";
import { enqueueEmail } from "@/lib/email/outbox";
import type { Locale } from "@/lib/i18n/locales";
import { CURRENT_TERMS_VERSION } from "@/lib/terms/version";
import { formatReference } from "./reference";
import type { RequestFields } from "./schema";
import { isSirenOnPlatform } from "./siren";

export const AUTHORISATION_PURPOSE = "account_request_authorisation";

/** Reads and checks the authorisation PDF; a refusal is a field error on "authorisation". */
export async function checkedAuthorisation(file: File | undefined): Promise<PdfUpload | undefined> {
  if (!file) return undefined;
  const read = await readPdfUpload(file);
  if (!read.ok) throw new ActionError("errors.formInvalid", { authorisation: [`accountRequest.errors.file.${read.reason}`] });
  return read.upload;
}

/** The request's columns from what the requester typed. */
export function requestColumns(input: RequestFields) {
  return {
    siren: input.siren,
    legalName: input.legalName,
    addressLine: input.addressLine,
    postalCode: input.postalCode,
    city: input.city,
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email,
    phone: input.phone,
    jobTitle: input.jobTitle,
    isLegalRepresentative: input.isLegalRepresentative === "yes",
  };
}

/**
 * A visitor's account request: numbered from the sequence, stored with its document, its
 * first history event, the acknowledgement email and the audit event, in one transaction.
 */
export async function submitAccountRequest(
  input: RequestFields & { authorisation?: File },
  locale: Locale,
  meta: RequestMeta = {},
): Promise<{ id: string; reference: string; sirenKnown: boolean }> {
  const upload = input.isLegalRepresentative === "no" ? await checkedAuthorisation(input.authorisation) : undefined;
  if (input.isLegalRepresentative === "no" && !upload)
    throw new ActionError("errors.formInvalid", { authorisation: ["accountRequest.errors.file.required"] });
  const sirenKnown = await isSirenOnPlatform(input.siren);

  const result = await getDb().transaction(async (tx) => {
    const [{ n }] = await queryRows<{ n: string | number }>(tx, sql`select nextval('account_request_number_seq') as n`);
    const reference = formatReference(Number(n));
    const documentId = upload ? await storeDocument(tx, { purpose: AUTHORISATION_PURPOSE, upload }) : null;
    const now = new Date();
    const [row] = await tx
      .insert(accountRequests)
      .values({
        ...requestColumns(input),
        reference,
        authorisationDocumentId: documentId,
        locale,
        termsVersion: CURRENT_TERMS_VERSION,
        termsAcceptedAt: now,
      })
      .returning({ id: accountRequests.id });
    await tx.insert(accountRequestEvents).values({ requestId: row.id, kind: "submitted" });
    await enqueueEmail(tx, {
      to: input.email,
      locale,
      template: "accountRequest.received",
      payload: { reference, firstName: input.firstName, legalName: input.legalName },
    });
    await recordAudit(tx, {
      actor: { kind: "anonymous", label: input.email },
      action: "account_request.submitted",
      entityType: "account_request",
      entityId: row.id,
      data: { reference, siren: input.siren, sirenKnown, withDocument: Boolean(documentId) },
      meta,
    });
    return { id: row.id, reference };
  });
  return { ...result, sirenKnown };
}
