import { and, asc, eq, inArray, ne, or, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { accountRequestEvents, accountRequests, companies, documents, users } from "@/db/schema";
import { NotFoundError } from "@/lib/actions/errors";
import { isUuid } from "@/lib/validation/uuid";
import type { AppUser } from "@/lib/auth/types";
import { assertOperator } from "./access";

export const OPEN_STATUSES = ["pending", "info_requested"] as const;

export type RequestRow = typeof accountRequests.$inferSelect;

/** What the operator must know before deciding. */
export type RequestWarnings = {
  /** A company with the same SIREN is on the platform (the operator may see its name). */
  existingCompany: { id: string; legalName: string; hasResponsable: boolean } | null;
  /** Other requests for the same SIREN that await a decision. */
  otherOpenRequests: { id: string; reference: string }[];
  /** An account already uses the requester's email (any case). */
  emailInUse: boolean;
  /** A warning that makes approval impossible as is (approval is disabled and says why). */
  blocking: boolean;
};

/** Whether the company already has a Responsable (active, or invited and not yet activated). */
export async function companyHasResponsable(db: Executor, companyId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.companyId, companyId), eq(users.companyRole, "responsable"), inArray(users.status, ["active", "invited"])))
    .limit(1);
  return Boolean(row);
}

/**
 * Warnings true for the request's state: once a request is approved, the company and the
 * account it created (or attached to) are its own doing, not duplicates; a closed request
 * blocks nothing.
 */
export async function warningsFor(
  db: Executor,
  request: Pick<RequestRow, "id" | "siren" | "email" | "status" | "companyId" | "userId">,
): Promise<RequestWarnings> {
  const [company] = await db
    .select({ id: companies.id, legalName: companies.legalName })
    .from(companies)
    .where(eq(companies.siren, request.siren));
  const others = await db
    .select({ id: accountRequests.id, reference: accountRequests.reference })
    .from(accountRequests)
    .where(
      and(
        eq(accountRequests.siren, request.siren),
        ne(accountRequests.id, request.id),
        inArray(accountRequests.status, [...OPEN_STATUSES]),
      ),
    )
    .orderBy(asc(accountRequests.createdAt));
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${request.email.toLowerCase()}`);
  const open = (OPEN_STATUSES as readonly string[]).includes(request.status);
  const existingCompany =
    company && company.id !== request.companyId ? { ...company, hasResponsable: await companyHasResponsable(db, company.id) } : null;
  const emailInUse = Boolean(user) && user.id !== request.userId;
  return { existingCompany, otherOpenRequests: others, emailInUse, blocking: open && emailInUse };
}

export type RequestEvent = { id: string; kind: string; message: string | null; actor: string | null; at: Date };

export type RequestDetail = {
  request: RequestRow;
  document: { name: string; size: number } | null;
  events: RequestEvent[];
  warnings: RequestWarnings;
  decidedBy: string | null;
  createdUsername: string | null;
};

/** Everything about one request, for the operator's detail page. */
export async function getAccountRequest(user: AppUser, id: string): Promise<RequestDetail> {
  assertOperator(user);
  if (!isUuid(id)) throw new NotFoundError("account_request");
  const db = getDb();
  const [request] = await db.select().from(accountRequests).where(eq(accountRequests.id, id));
  if (!request) throw new NotFoundError("account_request");
  const [document] = request.authorisationDocumentId
    ? await db
        .select({ name: documents.name, size: documents.size })
        .from(documents)
        .where(eq(documents.id, request.authorisationDocumentId))
    : [];
  const events = await db
    .select({
      id: accountRequestEvents.id,
      kind: accountRequestEvents.kind,
      message: accountRequestEvents.message,
      actor: users.username,
      at: accountRequestEvents.at,
    })
    .from(accountRequestEvents)
    .leftJoin(users, eq(users.id, accountRequestEvents.actorId))
    .where(eq(accountRequestEvents.requestId, id))
    .orderBy(asc(accountRequestEvents.at), asc(accountRequestEvents.id));
  const people = await db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(
      or(
        eq(users.id, request.decidedById ?? "00000000-0000-0000-0000-000000000000"),
        eq(users.id, request.userId ?? "00000000-0000-0000-0000-000000000000"),
      ),
    );
  const nameOf = (uid: string | null) => people.find((p) => p.id === uid)?.username ?? null;
  return {
    request,
    document: document ?? null,
    events,
    warnings: await warningsFor(db, request),
    decidedBy: nameOf(request.decidedById),
    createdUsername: nameOf(request.userId),
  };
}

/** The uploaded authorisation, for the operators' download route only. */
export async function getRequestDocument(
  user: AppUser | null,
  requestId: string,
): Promise<{ name: string; bytes: Uint8Array; mimeType: string }> {
  assertOperator(user);
  if (!isUuid(requestId)) throw new NotFoundError("document");
  const [row] = await getDb()
    .select({ name: documents.name, bytes: documents.bytes, mimeType: documents.mimeType })
    .from(accountRequests)
    .innerJoin(documents, eq(documents.id, accountRequests.authorisationDocumentId))
    .where(eq(accountRequests.id, requestId));
  if (!row) throw new NotFoundError("document");
  return row;
}
