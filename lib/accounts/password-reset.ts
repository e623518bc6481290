import { eq, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { ActionError } from "@/lib/actions/errors";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { clearFailures, usernameKey } from "@/lib/auth/throttle";
import { enqueueEmail } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import { parseLocale } from "@/lib/i18n/locales";
import { checkToken, consumeToken, issueToken, revokeTokens, TOKEN_TTL_SECONDS } from "@/lib/tokens/tokens";
import type { LinkState } from "./activation";
import { assertNewPassword, storePassword } from "./credentials";
import { sendActivation } from "./invite";

export function resetUrl(raw: string): string {
  return `${env().APP_URL}/reset-password/${raw}`;
}

/**
 * "Forgotten password", by username or email. The caller shows the same answer whatever
 * happens here. An active account gets a one-hour reset link (voiding older ones); an
 * account never activated gets a fresh activation link instead, since it has no password
 * to reset; a disabled or unknown one gets nothing.
 */
export async function requestPasswordReset(identifier: string, meta: RequestMeta = {}): Promise<void> {
  const key = identifier.trim().toLowerCase();
  const db = getDb();
  const [user] = await db
    .select({
      id: users.id,
      username: users.username,
      email: users.email,
      firstName: users.firstName,
      locale: users.locale,
      status: users.status,
      companyId: users.companyId,
    })
    .from(users)
    .where(or(sql`lower(${users.username}) = ${key}`, sql`lower(${users.email}) = ${key}`))
    .limit(1);
  await db.transaction(async (tx) => {
    const entity = { entityType: "user", entityId: user?.id ?? null, companyId: user?.companyId ?? null, meta };
    if (!user || user.status === "disabled") {
      await recordAudit(tx, { actor: { kind: "anonymous", label: key.slice(0, 100) }, action: "auth.password_reset_ignored", ...entity });
      return;
    }
    if (user.status === "invited" && user.companyId) {
      await sendActivation(tx, { ...user, companyId: user.companyId });
    } else {
      await revokeTokens(tx, user.id, "password_reset");
      const raw = await issueToken(tx, { purpose: "password_reset", userId: user.id });
      await enqueueEmail(tx, {
        to: user.email,
        locale: parseLocale(user.locale),
        template: "account.passwordReset",
        payload: {
          firstName: user.firstName,
          username: user.username,
          url: resetUrl(raw),
          expiresAt: new Date(Date.now() + TOKEN_TTL_SECONDS.password_reset * 1000).toISOString(),
        },
      });
    }
    await recordAudit(tx, {
      actor: { kind: "anonymous", label: key.slice(0, 100) },
      action: "auth.password_reset_requested",
      ...entity,
      data: { invited: user.status === "invited" },
    });
  });
}

type Holder = { userId: string; username: string; email: string };

export async function openPasswordReset(raw: string): Promise<LinkState<Holder>> {
  const db = getDb();
  const check = await checkToken(db, "password_reset", raw);
  if (check.status !== "valid") return { status: check.status };
  const [user] = await db
    .select({ userId: users.id, username: users.username, email: users.email, status: users.status })
    .from(users)
    .where(eq(users.id, check.token.userId ?? ""));
  if (!user || user.status !== "active") return { status: "invalid" };
  return { status: "valid", userId: user.userId, username: user.username, email: user.email };
}

/** The new password; every open session ends and the sign-in lock is lifted. */
export async function resetPassword(
  input: { token: string; password: string; confirmPassword: string },
  meta: RequestMeta = {},
): Promise<{ username: string }> {
  const link = await openPasswordReset(input.token);
  if (link.status !== "valid") throw new ActionError("account.reset.linkUnusable");
  assertNewPassword(input, link);
  const passwordHash = await hashPassword(input.password);
  return getDb().transaction(async (tx) => {
    const used = await consumeToken(tx, "password_reset", input.token);
    if (used.status !== "valid" || used.token.userId !== link.userId) throw new ActionError("account.reset.linkUnusable");
    const row = await storePassword(tx, link.userId, passwordHash);
    await revokeTokens(tx, link.userId, "password_reset");
    await clearFailures(tx, usernameKey(row.username));
    await recordAudit(tx, {
      actor: { kind: "user", id: row.id, username: row.username, companyId: row.companyId },
      action: "auth.password_reset",
      entityType: "user",
      entityId: row.id,
      meta,
    });
    return { username: row.username };
  });
}
