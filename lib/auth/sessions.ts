import { randomBytes } from "node:crypto";
import { and, eq, gt, ne, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { sessions } from "@/db/schema";
import type { RequestMeta } from "@/lib/audit/record";

export const SESSION_HOURS = 8;

/** A new server-side session; its id travels only inside Auth.js's encrypted cookie. */
export async function createSession(db: Executor, userId: string, meta: RequestMeta = {}): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.insert(sessions).values({
    id,
    userId,
    expiresAt: sql`now() + make_interval(hours => ${SESSION_HOURS})`,
    ip: meta.ip ?? null,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return id;
}

/** Whether the session is still open (the per-request check joins it to the user instead). */
export async function isSessionOpen(id: string, userId: string, db: Executor = getDb()): Promise<boolean> {
  const [row] = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.id, id), eq(sessions.userId, userId), gt(sessions.expiresAt, sql`now()`)));
  return Boolean(row);
}

export async function endSession(id: string, db: Executor = getDb()): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Ends every session of a user, or every other one when `except` is the current session. */
export async function endUserSessions(db: Executor, userId: string, except?: string): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(except ? and(eq(sessions.userId, userId), ne(sessions.id, except)) : eq(sessions.userId, userId))
    .returning({ id: sessions.id });
  return rows.length;
}

export async function purgeExpiredSessions(db: Executor = getDb()): Promise<void> {
  await db.delete(sessions).where(sql`${sessions.expiresAt} < now()`);
}
