import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { accountRequestEvents, accountRequests, companies, documents, tokens, users } from "@/db/schema";
import { ActionError } from "@/lib/actions/errors";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import type { AppUser } from "@/lib/auth/types";
import { createInvitedUser } from "@/lib/accounts/invite";
import { enqueueEmail } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import { parseLocale } from "@/lib/i18n/locales";
import { issueToken } from "@/lib/tokens/tokens";
import { actorOf, assertOperator } from "./access";
import { companyHasResponsable, OPEN_STATUSES, type RequestRow } from "./detail";

type Decision = { id: string; revision: number };

export const ALREADY_PROCESSED = "operatorRequests.errors.alreadyProcessed";

/**
 * Takes the request for this decision. The update matches only the revision the operator
 * was shown and an open status: of two operators deciding at once, the second matches no
 * row (Postgres re-checks the row after the first commits) and is told so.
 */
async function claim(
  tx: Tx,
  operator: AppUser,
  decision: Decision,
  status: RequestRow["status"],
  reason: string | null = null,
): Promise<RequestRow> {
  const [row] = await tx
    .update(accountRequests)
    .set({
      status,
      revision: sql`${accountRequests.revision} + 1`,
      decisionReason: reason,
      decidedById: operator.id,
      decidedAt: new Date(),
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(accountRequests.id, decision.id),
        eq(accountRequests.revision, decision.revision),
        inArray(accountRequests.status, [...OPEN_STATUSES]),
      ),
    )
    .returning();
  if (!row) throw new ActionError(ALREADY_PROCESSED);
  return row;
}

async function addEvent(tx: Tx, requestId: string, kind: string, actorId: string | null, message: string | null = null): Promise<void> {
  await tx.insert(accountRequestEvents).values({ requestId, kind, actorId, message });
}

function audit(tx: Tx, operator: AppUser, action: string, request: RequestRow, meta: RequestMeta, data: Record<string, unknown> = {}) {
  return recordAudit(tx, {
    actor: actorOf(operator),
    action,
    entityType: "account_request",
    entityId: request.id,
    companyId: request.companyId,
    data: { reference: request.reference, ...data },
    meta,
  });
}

/**
 * Approval, in one transaction: the company (or, when the operator chose so explicitly, the
 * existing company with this SIREN), the account with its generated username and activation
 * link email, and the audit events. The requester becomes the Responsable, or a contributor
 * when the existing company already has a Responsable (who can then transfer the role).
 */
export async function approveRequest(
  operator: AppUser,
  decision: Decision & { companyChoice?: "new" | "existing" },
  meta: RequestMeta = {},
): Promise<{ username: string; companyId: string; role: "responsable" | "contributor" }> {
  assertOperator(operator);
  return getDb().transaction(async (tx) => {
    const request = await claim(tx, operator, decision, "approved");
    const [existing] = await tx.select({ id: companies.id }).from(companies).where(eq(companies.siren, request.siren));
    let companyId: string;
    let role: "responsable" | "contributor" = "responsable";
    if (existing) {
      if (decision.companyChoice !== "existing") {
        throw new ActionError("operatorRequests.errors.chooseCompany", { companyChoice: ["operatorRequests.errors.chooseCompanyField"] });
      }
      companyId = existing.id;
      if (await companyHasResponsable(tx, companyId)) role = "contributor";
    } else {
      try {
        const [created] = await tx
          .insert(companies)
          .values({
            siren: request.siren,
            legalName: request.legalName,
            addressLine: request.addressLine,
            postalCode: request.postalCode,
            city: request.city,
          })
          .returning({ id: companies.id });
        companyId = created.id;
      } catch (error) {
        if (isUniqueViolation(error, "companies_siren_unique")) throw new ActionError("operatorRequests.errors.companyJustCreated");
        throw error;
      }
    }

    const [emailOwner] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${request.email.toLowerCase()}`);
    if (emailOwner) throw new ActionError("operatorRequests.errors.emailInUse");
    let user;
    try {
      user = await createInvitedUser(
        tx,
        {
          email: request.email,
          firstName: request.firstName,
          lastName: request.lastName,
          phone: request.phone,
          jobTitle: request.jobTitle,
          companyId,
          companyRole: role,
          locale: parseLocale(request.locale),
        },
        actorOf(operator),
        meta,
      );
    } catch (error) {
      if (error instanceof ActionError) throw new ActionError("operatorRequests.errors.emailInUse");
      throw error;
    }

    await tx.update(accountRequests).set({ companyId, userId: user.id }).where(eq(accountRequests.id, request.id));
    if (request.authorisationDocumentId)
      await tx.update(documents).set({ companyId }).where(eq(documents.id, request.authorisationDocumentId));
    await addEvent(tx, request.id, "approved", operator.id);
    await audit(tx, operator, "account_request.approved", { ...request, companyId }, meta, {
      username: user.username,
      role,
      existingCompany: Boolean(existing),
    });
    return { username: user.username, companyId, role };
  });
}

/** Rejection with its reason, emailed to the requester. */
export async function rejectRequest(operator: AppUser, decision: Decision & { reason: string }, meta: RequestMeta = {}): Promise<void> {
  assertOperator(operator);
  await getDb().transaction(async (tx) => {
    const request = await claim(tx, operator, decision, "rejected", decision.reason);
    await revokeCompletionLinks(tx, request.id);
    await addEvent(tx, request.id, "rejected", operator.id, decision.reason);
    await enqueueEmail(tx, {
      to: request.email,
      locale: parseLocale(request.locale),
      template: "accountRequest.rejected",
      payload: { reference: request.reference, firstName: request.firstName, legalName: request.legalName, reason: decision.reason },
    });
    await audit(tx, operator, "account_request.rejected", request, meta);
  });
}

export function completionUrl(raw: string): string {
  return `${env().APP_URL}/request-account/complete/${raw}`;
}

async function revokeCompletionLinks(tx: Tx, requestId: string): Promise<void> {
  await tx
    .update(tokens)
    .set({ usedAt: new Date() })
    .where(and(eq(tokens.accountRequestId, requestId), eq(tokens.purpose, "request_completion"), sql`${tokens.usedAt} is null`));
}

/**
 * Asks the requester for more information: the message is emailed with a single-use link to
 * complete the same request, which then comes back to the queue with its history.
 */
export async function askForInformation(
  operator: AppUser,
  decision: Decision & { message: string },
  meta: RequestMeta = {},
): Promise<void> {
  assertOperator(operator);
  await getDb().transaction(async (tx) => {
    const request = await claim(tx, operator, decision, "info_requested");
    await revokeCompletionLinks(tx, request.id);
    const raw = await issueToken(tx, { purpose: "request_completion", accountRequestId: request.id });
    await addEvent(tx, request.id, "info_requested", operator.id, decision.message);
    await enqueueEmail(tx, {
      to: request.email,
      locale: parseLocale(request.locale),
      template: "accountRequest.infoRequested",
      payload: { reference: request.reference, firstName: request.firstName, message: decision.message, url: completionUrl(raw) },
    });
    await audit(tx, operator, "account_request.info_requested", request, meta);
  });
}
