import { eq, sql } from "drizzle-orm";
import { queryRows, type Executor } from "@/db/client";
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

export type Reservation = { attempt: number; allowed: boolean; lockedUntil: Date | null };

/**
 * Counts an attempt BEFORE its password is checked, in one statement: of N parallel
 * attempts, each gets its own number, and only numbers 1…MAX_FAILURES are checked. A
 * success gives the count back (clearFailures). Attempts older than the window, or after
 * an expired lock, start a new count; attempts during a lock do not extend it.
 */
export async function reserveAttempt(db: Executor, key: string): Promise<Reservation> {
  const window = sql.raw(`interval '${LOCK_MINUTES} minutes'`);
  const t = loginThrottle;
  const stale = sql`(${t.firstFailureAt} < now() - ${window} or ${t.lockedUntil} <= now())`;
  const next = sql`(case when ${stale} then 1 else ${t.failures} + 1 end)`;
  const [row] = await queryRows<{ failures: number; locked_until: Date | string | null }>(
    db,
    sql`insert into ${t} (username_key, failures, first_failure_at, locked_until) values (${key}, 1, now(), null)
        on conflict (username_key) do update set
          failures = ${next},
          first_failure_at = case when ${stale} then now() else ${t.firstFailureAt} end,
          locked_until = case
            when ${t.lockedUntil} > now() then ${t.lockedUntil}
            when ${next} >= ${MAX_FAILURES} then now() + ${window}
            else null end
        returning failures, locked_until`,
  );
  const attempt = Number(row.failures);
  const until = row.locked_until ? new Date(row.locked_until) : null;
  return { attempt, allowed: attempt <= MAX_FAILURES, lockedUntil: until };
}

export async function clearFailures(db: Executor, key: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.usernameKey, key));
}
