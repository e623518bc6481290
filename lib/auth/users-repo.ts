import { and, eq, gt, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { companies, sessions, users } from "@/db/schema";
import type { AppUser } from "./types";

const appUserColumns = {
  id: users.id,
  username: users.username,
  email: users.email,
  firstName: users.firstName,
  lastName: users.lastName,
  locale: users.locale,
  companyId: users.companyId,
  companyName: companies.legalName,
  companyRole: users.companyRole,
  agencyRole: users.agencyRole,
  sessionVersion: users.sessionVersion,
  status: users.status,
  passwordHash: users.passwordHash,
};

type Row = AppUser & { status: "invited" | "active" | "disabled"; passwordHash: string | null };

function base(db: Executor) {
  return db.select(appUserColumns).from(users).leftJoin(companies, eq(companies.id, users.companyId));
}

/** Internal to the auth area: the login lookup, case-insensitive like the unique index. */
export async function findUserForLogin(db: Executor, username: string): Promise<Row | undefined> {
  const [row] = await base(db).where(sql`lower(${users.username}) = ${username.trim().toLowerCase()}`);
  return row;
}

export async function findActiveUserById(db: Executor, id: string): Promise<AppUser | undefined> {
  const [row] = await base(db).where(eq(users.id, id));
  if (!row || row.status !== "active") return undefined;
  const { status: _status, passwordHash: _hash, ...user } = row;
  return user;
}

/**
 * The user behind an open server-side session, in one indexed lookup per request: a
 * deleted or expired session, or an account no longer active, gives nothing. The version of
 * the terms of use the user accepted comes with it, so that checking them on every page and
 * action costs no second query.
 */
export async function findUserBySession(
  db: Executor,
  userId: string,
  sessionId: string,
): Promise<(AppUser & { termsVersion: string | null }) | undefined> {
  const { passwordHash: _hash, ...columns } = appUserColumns;
  const [row] = await db
    .select({ ...columns, termsVersion: users.termsVersion })
    .from(users)
    .leftJoin(companies, eq(companies.id, users.companyId))
    .innerJoin(sessions, and(eq(sessions.userId, users.id), eq(sessions.id, sessionId), gt(sessions.expiresAt, sql`now()`)))
    .where(eq(users.id, userId));
  if (!row || row.status !== "active") return undefined;
  const { status: _status, ...user } = row;
  return user;
}
