import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { companies, users } from "@/db/schema";
import { ActionError } from "@/lib/actions/errors";
import { recordAudit, type Actor, type RequestMeta } from "@/lib/audit/record";
import { enqueueEmail } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { issueToken, revokeTokens, TOKEN_TTL_SECONDS } from "@/lib/tokens/tokens";
import { generateUsername } from "./username";

export type NewAccount = {
  email: string;
  firstName: string;
  lastName: string;
  phone?: string | null;
  jobTitle?: string | null;
  companyId: string;
  companyRole: "responsable" | "contributor";
  locale: Locale;
};

export function activationUrl(raw: string): string {
  return `${env().APP_URL}/activate/${raw}`;
}

/** Issues a fresh activation link (voiding older ones) and queues its email. */
/** The organisation named in an agency staff member's activation email (a proper noun). */
export const AGENCY_NAME = "Agence du Numérique en Santé";

export async function sendActivation(
  tx: Executor,
  user: { id: string; email: string; firstName: string; username: string; locale: string; companyId: string | null },
): Promise<void> {
  await revokeTokens(tx, user.id, "activation");
  const raw = await issueToken(tx, { purpose: "activation", userId: user.id });
  const [company] = user.companyId
    ? await tx.select({ legalName: companies.legalName }).from(companies).where(eq(companies.id, user.companyId))
    : [{ legalName: AGENCY_NAME }];
  await enqueueEmail(tx, {
    to: user.email,
    locale: user.locale === "en" ? "en" : "fr",
    template: "account.activation",
    payload: {
      firstName: user.firstName,
      username: user.username,
      companyName: company?.legalName ?? "",
      url: activationUrl(raw),
      expiresAt: new Date(Date.now() + TOKEN_TTL_SECONDS.activation * 1000).toISOString(),
    },
  });
}

/**
 * Creates an invited account with a generated username, its activation link and email, and
 * the audit event. Run it inside the caller's transaction; the caller checks the right.
 * An email already used on the platform (any case) fails with a field error on "email".
 */
export async function createInvitedUser(tx: Executor, account: NewAccount, actor: Actor, meta: RequestMeta = {}) {
  const username = await generateUsername(tx, account.firstName, account.lastName);
  let created: typeof users.$inferSelect;
  try {
    [created] = await tx
      .insert(users)
      .values({
        ...account,
        email: account.email.trim(),
        username,
        status: "invited",
        phone: account.phone ?? null,
        jobTitle: account.jobTitle ?? null,
      })
      .returning();
  } catch (error) {
    if (isUniqueViolation(error, "users_email_lower_unique")) throw new ActionError("errors.formInvalid", { email: ["errors.emailTaken"] });
    throw error;
  }
  await sendActivation(tx, { ...created, companyId: account.companyId });
  await recordAudit(tx, {
    actor,
    action: "user.invited",
    entityType: "user",
    entityId: created.id,
    companyId: account.companyId,
    data: { username, companyRole: account.companyRole },
    meta,
  });
  return created;
}
