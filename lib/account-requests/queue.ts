import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { accountRequests } from "@/db/schema";
import type { AppUser } from "@/lib/auth/types";
import { likePattern, parseFilter, parseTableQuery, type TableQuery } from "@/lib/tables/query";
import { assertOperator } from "./access";
import { REQUEST_STATUSES, type RequestStatus } from "./schema";
import { isOverdue } from "./working-days";

export const QUEUE_SORTS = ["reference", "company", "requester", "status", "submitted"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export type QueueFilters = { status: RequestStatus | "" };

/**
 * The queue's state from the URL. Without a status in the URL the queue shows what awaits
 * a decision (pending), oldest first; "status=" (empty) shows every status.
 */
export function parseQueueQuery(params: Record<string, string | string[] | undefined>): {
  query: TableQuery<QueueSort>;
  filters: QueueFilters;
} {
  const query = parseTableQuery(params, { sortable: QUEUE_SORTS, defaultSort: "submitted", defaultDir: "asc" });
  const status = "status" in params ? parseFilter(params, "status", REQUEST_STATUSES) : "pending";
  return { query, filters: { status } };
}

export type QueueRow = {
  id: string;
  reference: string;
  status: RequestStatus;
  siren: string;
  legalName: string;
  requesterName: string;
  email: string;
  createdAt: Date;
  /** Pending for more than five working days (French public holidays excluded). */
  overdue: boolean;
};

const SORT_COLUMNS: Record<QueueSort, SQL | AnyPgColumn> = {
  reference: accountRequests.reference,
  company: sql`lower(${accountRequests.legalName})`,
  requester: sql`lower(${accountRequests.lastName} || ' ' || ${accountRequests.firstName})`,
  status: accountRequests.status,
  submitted: accountRequests.createdAt,
};

/** A page of the queue, sorted, filtered and paginated by the database. Operators only. */
export async function listAccountRequests(
  user: AppUser,
  query: TableQuery<QueueSort>,
  filters: QueueFilters,
): Promise<{ rows: QueueRow[]; total: number }> {
  assertOperator(user);
  const conditions: SQL[] = [];
  if (filters.status) conditions.push(eq(accountRequests.status, filters.status));
  if (query.q) {
    const p = likePattern(query.q);
    conditions.push(
      or(
        ilike(accountRequests.reference, p),
        ilike(accountRequests.siren, p.replace(/\s/g, "")),
        ilike(accountRequests.legalName, p),
        ilike(sql`${accountRequests.firstName} || ' ' || ${accountRequests.lastName}`, p),
        ilike(accountRequests.email, p),
      )!,
    );
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const order = query.dir === "asc" ? asc : desc;
  const db = getDb();
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: accountRequests.id,
        reference: accountRequests.reference,
        status: accountRequests.status,
        siren: accountRequests.siren,
        legalName: accountRequests.legalName,
        requesterName: sql<string>`${accountRequests.firstName} || ' ' || ${accountRequests.lastName}`,
        email: accountRequests.email,
        createdAt: accountRequests.createdAt,
      })
      .from(accountRequests)
      .where(where)
      // The reference breaks ties, so that pages never repeat or skip a row.
      .orderBy(order(SORT_COLUMNS[query.sort]), order(accountRequests.reference))
      .limit(query.size)
      .offset((query.page - 1) * query.size),
    db.select({ total: count() }).from(accountRequests).where(where),
  ]);
  const now = new Date();
  return { rows: rows.map((r) => ({ ...r, overdue: r.status === "pending" && isOverdue(r.createdAt, now) })), total };
}

/** How many requests are in each state, shown above the queue. Operators only. */
export async function countByStatus(user: AppUser): Promise<Record<RequestStatus, number>> {
  assertOperator(user);
  const rows = await getDb().select({ status: accountRequests.status, n: count() }).from(accountRequests).groupBy(accountRequests.status);
  const counts = Object.fromEntries(REQUEST_STATUSES.map((s) => [s, 0])) as Record<RequestStatus, number>;
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}
