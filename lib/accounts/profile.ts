import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { tokens, users } from "@/db/schema";
import { ActionError } from "@/lib/actions/errors";
import { recordAudit, type Actor, type RequestMeta } from "@/lib/audit/record";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { AppUser } from "@/lib/auth/types";
import { enqueueEmail } from "@/lib/email/outbox";
import { RATE_RULES, RateLimitedError, hit, refund } from "@/lib/security/rate-limit";
import { env } from "@/lib/env";
import { parseLocale } from "@/lib/i18n/locales";
import { checkToken, consumeToken, issueToken, revokeTokens, TOKEN_TTL_SECONDS } from "@/lib/tokens/tokens";
import type { LinkState } from "./activation";
import { assertNewPassword, newPasswordFields, storePassword } from "./credentials";

const actorOf = (user: AppUser): Actor => ({ kind: "user", id: user.id, username: user.username, companyId: user.companyId });

export const profileSchema = z.object({
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  phone: z
    .string()
    .trim()
    .max(30)
    .refine((v) => v === "" || (/^\+?[0-9 .()-]+$/.test(v) && v.replace(/\D/g, "").length >= 9), { error: "account.profile.errors.phone" }),
});

export const emailChangeSchema = z.object({
  passwordForEmail: z.string().min(1).max(500),
  newEmail: z
    .string()
    .trim()
    .toLowerCase()
    .min(1)
    .max(254)
    .refine((v) => v === "" || z.email().safeParse(v).success, { error: "errors.email" }),
});

export const passwordChangeSchema = z.object({ currentPassword: z.string().min(1).max(500), ...newPasswordFields });

export type Profile = { username: string; email: string; firstName: string; lastName: string; phone: string; pendingEmail: string | null };

/** The signed-in user's own profile (nobody else's: there is no id to pass). */
export async function getProfile(user: AppUser): Promise<Profile> {
  const db = getDb();
  const [row] = await db
    .select({ username: users.username, email: users.email, firstName: users.firstName, lastName: users.lastName, phone: users.phone })
    .from(users)
    .where(eq(users.id, user.id));
  const [pending] = await db
    .select({ data: tokens.data })
    .from(tokens)
    .where(and(eq(tokens.userId, user.id), eq(tokens.purpose, "email_change"), isNull(tokens.usedAt), gt(tokens.expiresAt, new Date())))
    .orderBy(desc(tokens.createdAt))
    .limit(1);
  return { ...row, phone: row.phone ?? "", pendingEmail: (pending?.data.newEmail as string | undefined) ?? null };
}

export async function updateProfile(user: AppUser, input: z.infer<typeof profileSchema>, meta: RequestMeta = {}): Promise<void> {
  await getDb().transaction(async (tx) => {
    await tx
      .update(users)
      .set({ firstName: input.firstName, lastName: input.lastName, phone: input.phone || null, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    await recordAudit(tx, { actor: actorOf(user), action: "user.profile_updated", entityType: "user", entityId: user.id, meta });
  });
}

export function confirmEmailUrl(raw: string): string {
  return `${env().APP_URL}/confirm-email/${raw}`;
}

async function emailTaken(email: string, exceptUserId: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ id: users.id })
    .from(users)
    .where(and(sql`lower(${users.email}) = ${email.toLowerCase()}`, sql`${users.id} <> ${exceptUserId}`));
  return Boolean(row);
}

/**
 * Proves the signed-in person knows the password before a sensitive change. Wrong tries
 * are limited per account (counted before the check, so parallel tries gain nothing).
 */
export async function assertCurrentPassword(user: AppUser, currentPassword: string, field = "currentPassword"): Promise<void> {
  const decision = await hit(RATE_RULES.currentPasswordUser, user.id);
  if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds);
  const [row] = await getDb().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
  if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, currentPassword))) {
    throw new ActionError("errors.formInvalid", { [field]: ["account.password.errors.currentWrong"] });
  }
  await refund(RATE_RULES.currentPasswordUser, user.id);
}

/**
 * A change of email takes effect only once confirmed from a link sent to the new address,
 * and needs the current password. Whether the address is already used is said only to
 * that address (by email), never on the page: nobody learns whose address it is.
 */
export async function requestEmailChange(
  user: AppUser,
  input: { newEmail: string; passwordForEmail: string },
  meta: RequestMeta = {},
): Promise<void> {
  const { newEmail } = input;
  if (newEmail.toLowerCase() === user.email.toLowerCase())
    throw new ActionError("errors.formInvalid", { newEmail: ["account.profile.errors.sameEmail"] });
  await assertCurrentPassword(user, input.passwordForEmail, "passwordForEmail");
  if (await emailTaken(newEmail, user.id)) {
    await getDb().transaction(async (tx) => {
      await enqueueEmail(tx, {
        to: newEmail,
        locale: parseLocale(user.locale),
        template: "account.emailChangeTaken",
        payload: { firstName: user.firstName, username: user.username, newEmail },
      });
      await recordAudit(tx, {
        actor: actorOf(user),
        action: "user.email_change_refused_taken",
        entityType: "user",
        entityId: user.id,
        meta,
      });
    });
    return;
  }
  await getDb().transaction(async (tx) => {
    await revokeTokens(tx, user.id, "email_change");
    const raw = await issueToken(tx, { purpose: "email_change", userId: user.id, data: { newEmail } });
    await enqueueEmail(tx, {
      to: newEmail,
      locale: parseLocale(user.locale),
      template: "account.emailChange",
      payload: {
        firstName: user.firstName,
        username: user.username,
        newEmail,
        url: confirmEmailUrl(raw),
        expiresAt: new Date(Date.now() + TOKEN_TTL_SECONDS.email_change * 1000).toISOString(),
      },
    });
    await recordAudit(tx, { actor: actorOf(user), action: "user.email_change_requested", entityType: "user", entityId: user.id, meta });
  });
}

export async function openEmailChange(raw: string): Promise<LinkState<{ newEmail: string; username: string }>> {
  const db = getDb();
  const check = await checkToken(db, "email_change", raw);
  if (check.status !== "valid") return { status: check.status };
  const [user] = await db
    .select({ username: users.username, status: users.status })
    .from(users)
    .where(eq(users.id, check.token.userId ?? ""));
  if (!user || user.status === "disabled") return { status: "invalid" };
  return { status: "valid", newEmail: String(check.token.data.newEmail), username: user.username };
}

/** Confirms the new address; the old one is told, in case the change was not wanted. */
export async function confirmEmailChange(raw: string, meta: RequestMeta = {}): Promise<{ newEmail: string }> {
  return getDb().transaction(async (tx) => {
    const used = await consumeToken(tx, "email_change", raw);
    if (used.status !== "valid") throw new ActionError("account.confirmEmail.linkUnusable");
    const newEmail = String(used.token.data.newEmail);
    const [before] = await tx
      .select()
      .from(users)
      .where(eq(users.id, used.token.userId ?? ""));
    if (!before || before.status === "disabled") throw new ActionError("account.confirmEmail.linkUnusable");
    try {
      await tx.update(users).set({ email: newEmail, updatedAt: new Date() }).where(eq(users.id, before.id));
    } catch (error) {
      if (isUniqueViolation(error, "users_email_lower_unique")) throw new ActionError("errors.emailTaken");
      throw error;
    }
    await enqueueEmail(tx, {
      to: before.email,
      locale: parseLocale(before.locale),
      template: "account.emailChanged",
      payload: { firstName: before.firstName, username: before.username, newEmail },
    });
    await recordAudit(tx, {
      actor: { kind: "user", id: before.id, username: before.username, companyId: before.companyId },
      action: "user.email_changed",
      entityType: "user",
      entityId: before.id,
      data: { from: before.email, to: newEmail },
      meta,
    });
    return { newEmail };
  });
}

/**
 * Change of password by the signed-in user, who proves they know the current one. The
 * session version is bumped: every other session ends; the caller re-issues the current one.
 */
export async function changePassword(user: AppUser, input: z.infer<typeof passwordChangeSchema>, meta: RequestMeta = {}): Promise<void> {
  await assertCurrentPassword(user, input.currentPassword);
  assertNewPassword(input, user);
  const passwordHash = await hashPassword(input.password);
  await getDb().transaction(async (tx) => {
    await storePassword(tx, user.id, passwordHash);
    await revokeTokens(tx, user.id, "password_reset");
    await recordAudit(tx, { actor: actorOf(user), action: "auth.password_changed", entityType: "user", entityId: user.id, meta });
  });
}
