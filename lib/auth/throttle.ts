import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { loginThrottle } from "@/db/schema";

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

export function usernameKey(username: string): string {
  return username.trim().toLowerCase();
}

/** When the username is locked, the moment the lock ends; otherwise null. */
export async function lockedUntil(db: Executor, key: string, now = new Date()): Promise<Date | null> {
  const [row] = await db.select({ lockedUntil: loginThrottle.lockedUntil }).from(loginThrottle).where(eq(loginThrottle.usernameKey, key));
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/**
 * Counts one failure in a single statement (safe with several app instances).
 * Failures older than the lock window, or a lock that has expired, start a new count.
 */
export async function registerFailure(db: Executor, key: string): Promise<{ failures: number; lockedUntil: Date | null }> {
  const window = sql.raw(`interval '${LOCK_MINUTES} minutes'`);
  const stale = sql`(${loginThrottle.firstFailureAt} < now() - ${window} or ${loginThrottle.lockedUntil} <= now())`;
  const nextFailures = sql`case when ${stale} then 1 else ${loginThrottle.failures} + 1 end`;
  const [row] = await db
    .insert(loginThrottle)
    .values({ usernameKey: key, failures: 1, firstFailureAt: sql`now()` })
    .onConflictDoUpdate({
      target: loginThrottle.usernameKey,
      set: {
        failures: nextFailures,
        firstFailureAt: sql`case when ${stale} then now() else ${loginThrottle.firstFailureAt} end`,
        lockedUntil: sql`case when ${nextFailures} >= ${MAX_FAILURES} then now() + ${window} else null end`,
      },
    })
    .returning({ failures: loginThrottle.failures, lockedUntil: loginThrottle.lockedUntil });
  return { failures: row.failures, lockedUntil: row.lockedUntil };
}

export async function clearFailures(db: Executor, key: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.usernameKey, key));
}
