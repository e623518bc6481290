import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import { dummyPasswordHash, verifyPassword } from "./password";
import { clearFailures, lockedUntil, registerFailure, usernameKey } from "./throttle";
import type { AppUser } from "./types";
import { findUserForLogin } from "./users-repo";

export type LoginResult =
  | { status: "ok"; user: AppUser }
  | { status: "invalid" }
  | { status: "locked"; until: Date }
  | { status: "disabled" };

/**
 * Checks a username and password. Unknown usernames go through the same argon2 work and
 * the same counter as known ones, so neither timing nor messages tell them apart.
 */
export async function verifyCredentials(username: string, password: string, meta: RequestMeta = {}): Promise<LoginResult> {
  const db = getDb();
  const key = usernameKey(username);
  const lock = await lockedUntil(db, key);
  if (lock) {
    await recordAudit(db, { actor: { kind: "anonymous", label: key }, action: "auth.sign_in_refused_locked", entityType: "user", meta });
    return { status: "locked", until: lock };
  }

  const row = await findUserForLogin(db, key);
  const hash = row?.passwordHash ?? (await dummyPasswordHash());
  const passwordOk = await verifyPassword(hash, password);

  if (!row || !row.passwordHash || !passwordOk || row.status === "invited") {
    const failure = await db.transaction(async (tx) => {
      const result = await registerFailure(tx, key);
      await recordAudit(tx, {
        actor: { kind: "anonymous", label: key },
        action: "auth.sign_in_failed",
        entityType: "user",
        entityId: row?.id ?? null,
        companyId: row?.companyId ?? null,
        data: { failures: result.failures },
        meta,
      });
      return result;
    });
    return failure.lockedUntil ? { status: "locked", until: failure.lockedUntil } : { status: "invalid" };
  }

  if (row.status === "disabled") return { status: "disabled" };

  const { status: _s, passwordHash: _h, ...user } = row;
  await db.transaction(async (tx) => {
    await clearFailures(tx, key);
    await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
    await recordAudit(tx, {
      actor: { kind: "user", id: user.id, username: user.username, companyId: user.companyId },
      action: "auth.sign_in",
      entityType: "user",
      entityId: user.id,
      meta,
    });
  });
  return { status: "ok", user };
}

/** When the username is locked out, the moment the lock ends (for the sign-in message). */
export async function currentLock(username: string): Promise<Date | null> {
  return lockedUntil(getDb(), usernameKey(username));
}
