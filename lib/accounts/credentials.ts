import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import { ActionError } from "@/lib/actions/errors";
import { endUserSessions } from "@/lib/auth/sessions";
import { PASSWORD_MAX_LENGTH, brokenPasswordRules } from "./password-policy";

/** A new password and its confirmation, as every password form sends them. */
export const newPasswordFields = {
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  confirmPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
};

/** Refuses a password that breaks a rule or differs from its confirmation, next to the field. */
export function assertNewPassword(input: { password: string; confirmPassword: string }, who: { username: string; email: string }): void {
  const broken = brokenPasswordRules(input.password, who);
  const fieldErrors: Record<string, string[]> = {};
  if (broken.length) fieldErrors.password = broken.map((rule) => `account.password.errors.${rule}`);
  if (input.password !== input.confirmPassword) fieldErrors.confirmPassword = ["account.password.errors.mismatch"];
  if (Object.keys(fieldErrors).length) throw new ActionError("errors.formInvalid", fieldErrors);
}

/**
 * Stores a new password hash, bumps the session version and deletes the user's server-side
 * sessions: whoever held the old password is signed out everywhere at their next request.
 */
export async function storePassword(tx: Executor, userId: string, passwordHash: string, extra: Partial<typeof users.$inferInsert> = {}) {
  const [row] = await tx
    .update(users)
    .set({ ...extra, passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning({ id: users.id, username: users.username, sessionVersion: users.sessionVersion, companyId: users.companyId });
  await endUserSessions(tx, userId);
  return row;
}
