import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import { RATE_RULES, hit, refund } from "@/lib/security/rate-limit";
import { dummyPasswordHash, verifyPassword } from "./password";
import { createSession } from "./sessions";
import { clearFailures, lockedUntil, reserveAttempt, MAX_FAILURES, usernameKey } from "./throttle";
import type { AppUser } from "./types";
import { findUserForLogin } from "./users-repo";

export type LoginResult =
  | { status: "ok"; user: AppUser; sessionId: string }
  | { status: "invalid" }
  | { status: "locked"; until: Date }
  | { status: "throttled"; retryAfterSeconds: number }
  | { status: "disabled" };

/**
 * Checks a username and password. Each attempt is counted before its password is checked
 * (per username, and per client across usernames), so parallel attempts cannot get more
 * checks than the limits allow. Unknown usernames go through the same argon2 work and the
 * same counter as known ones, so neither timing nor messages tell them apart.
 */
export async function verifyCredentials(username: string, password: string, meta: RequestMeta = {}): Promise<LoginResult> {
  const db = getDb();
  const key = usernameKey(username);
  const client = meta.ip ?? "unknown";

  const perClient = await hit(RATE_RULES.loginClient, client);
  if (!perClient.allowed) {
    await recordAudit(db, { actor: { kind: "anonymous", label: key }, action: "auth.sign_in_refused_throttled", entityType: "user", meta });
    return { status: "throttled", retryAfterSeconds: perClient.retryAfterSeconds };
  }

  const reservation = await reserveAttempt(db, key);
  if (!reservation.allowed) {
    await recordAudit(db, { actor: { kind: "anonymous", label: key }, action: "auth.sign_in_refused_locked", entityType: "user", meta });
    return { status: "locked", until: reservation.lockedUntil ?? new Date(Date.now() + 15 * 60_000) };
  }

  const row = await findUserForLogin(db, key);
  const hash = row?.passwordHash ?? (await dummyPasswordHash());
  const passwordOk = await verifyPassword(hash, password);

  if (!row || !row.passwordHash || !passwordOk || row.status === "invited") {
    await recordAudit(db, {
      actor: { kind: "anonymous", label: key },
      action: "auth.sign_in_failed",
      entityType: "user",
      entityId: row?.id ?? null,
      companyId: row?.companyId ?? null,
      data: { failures: reservation.attempt },
      meta,
    });
    if (reservation.attempt >= MAX_FAILURES)
      return { status: "locked", until: (await lockedUntil(db, key)) ?? new Date(Date.now() + 15 * 60_000) };
    return { status: "invalid" };
  }

  // The right password: neither the username's count nor the client's holds it against them.
  await refund(RATE_RULES.loginClient, client);
  if (row.status === "disabled") {
    await clearFailures(db, key);
    return { status: "disabled" };
  }

  const { status: _s, passwordHash: _h, ...user } = row;
  const sessionId = await db.transaction(async (tx) => {
    await clearFailures(tx, key);
    await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
    await recordAudit(tx, {
      actor: { kind: "user", id: user.id, username: user.username, companyId: user.companyId },
      action: "auth.sign_in",
      entityType: "user",
      entityId: user.id,
      meta,
    });
    return createSession(tx, user.id, meta);
  });
  return { status: "ok", user, sessionId };
}

/** When the username is locked out, the moment the lock ends (for the sign-in message). */
export async function currentLock(username: string): Promise<Date | null> {
  return lockedUntil(getDb(), usernameKey(username));
}
