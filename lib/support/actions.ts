import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { emailOutbox, users } from "@/db/schema";
import { sendActivation } from "@/lib/accounts/invite";
import { confirmEmailUrl } from "@/lib/accounts/profile";
import { ActionError, NotFoundError } from "@/lib/actions/errors";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import { clearFailures, lockedUntil, usernameKey } from "@/lib/auth/throttle";
import type { AppUser } from "@/lib/auth/types";
import { enqueueEmail } from "@/lib/email/outbox";
import { parseLocale } from "@/lib/i18n/locales";
import { issueToken, revokeTokens, TOKEN_TTL_SECONDS } from "@/lib/tokens/tokens";
import { agentActor, agentName, assertSupport } from "./access";

type Person = typeof users.$inferSelect;

/**
 * A company account, locked for the change. Support acts on company users only: agency
 * accounts are the administrators' (an agency account id is "not found" here).
 */
async function lockPerson(tx: Executor, personId: string): Promise<Person> {
  const [row] = await tx
    .select()
    .from(users)
    .where(and(eq(users.id, personId), isNull(users.agencyRole)))
    .for("update");
  if (!row) throw new NotFoundError("user");
  return row;
}

async function audit(
  tx: Executor,
  agent: AppUser,
  person: Person,
  action: string,
  reason: string,
  data: Record<string, unknown>,
  meta: RequestMeta,
) {
  await recordAudit(tx, {
    actor: agentActor(agent),
    action,
    entityType: "user",
    entityId: person.id,
    companyId: person.companyId,
    data: { username: person.username, reason, agent: agentName(agent), ...data },
    meta,
  });
}

function notice(tx: Executor, person: Person, kind: "unlocked" | "disabled" | "enabled") {
  return enqueueEmail(tx, {
    to: person.email,
    locale: parseLocale(person.locale),
    template: "support.accountNotice",
    payload: { kind, firstName: person.firstName, username: person.username },
  });
}

type Input = { personId: string; reason: string };

/** A new activation link (older ones stop working), for an account not activated yet. */
export async function supportResendActivation(user: AppUser | null, input: Input, meta: RequestMeta = {}): Promise<void> {
  const agent = assertSupport(user);
  await getDb().transaction(async (tx) => {
    const person = await lockPerson(tx, input.personId);
    if (person.status !== "invited") throw new ActionError("supportDesk.errors.notInvited");
    await sendActivation(tx, person);
    await audit(tx, agent, person, "support.activation_resent", input.reason, {}, meta);
  });
}

/** Lifts the lock left by failed sign-ins on the person's username, and tells them. */
export async function supportUnlock(user: AppUser | null, input: Input, meta: RequestMeta = {}): Promise<void> {
  const agent = assertSupport(user);
  await getDb().transaction(async (tx) => {
    const person = await lockPerson(tx, input.personId);
    const key = usernameKey(person.username);
    const until = await lockedUntil(tx, key);
    if (!until) throw new ActionError("supportDesk.errors.notLocked");
    await clearFailures(tx, key);
    await notice(tx, person, "unlocked");
    await audit(tx, agent, person, "support.unlocked", input.reason, { lockedUntil: until.toISOString() }, meta);
  });
}

/** Disables an account: its sessions end at the next request, its links stop working. */
export async function supportDisable(user: AppUser | null, input: Input, meta: RequestMeta = {}): Promise<void> {
  const agent = assertSupport(user);
  await getDb().transaction(async (tx) => {
    const person = await lockPerson(tx, input.personId);
    if (person.status === "disabled") throw new ActionError("supportDesk.errors.alreadyDisabled");
    await tx
      .update(users)
      .set({ status: "disabled", sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, person.id));
    await revokeTokens(tx, person.id, "activation");
    await revokeTokens(tx, person.id, "password_reset");
    await revokeTokens(tx, person.id, "email_change");
    await notice(tx, person, "disabled");
    await audit(tx, agent, person, "support.disabled", input.reason, { previousStatus: person.status }, meta);
  });
}

/**
 * Re-enables an account: active again if it had been activated, otherwise invited with a
 * fresh activation link. A Responsable cannot come back beside the company's active one.
 */
export async function supportEnable(user: AppUser | null, input: Input, meta: RequestMeta = {}): Promise<{ status: "active" | "invited" }> {
  const agent = assertSupport(user);
  return getDb().transaction(async (tx) => {
    const person = await lockPerson(tx, input.personId);
    if (person.status !== "disabled") throw new ActionError("supportDesk.errors.notDisabled");
    const status = person.passwordHash ? "active" : "invited";
    try {
      await tx.update(users).set({ status, updatedAt: new Date() }).where(eq(users.id, person.id));
    } catch (error) {
      if (isUniqueViolation(error, "users_one_active_responsable")) throw new ActionError("supportDesk.errors.responsableTaken");
      throw error;
    }
    if (status === "invited") await sendActivation(tx, person);
    else await notice(tx, person, "enabled");
    await audit(tx, agent, person, "support.enabled", input.reason, { status }, meta);
    return { status };
  });
}

/**
 * Corrects a mistyped address. An invited account gets the new address at once and its
 * activation link there (activating proves the mailbox); an activated one gets a
 * confirmation link at the new address, and the change takes effect when it is followed.
 */
export async function supportCorrectEmail(
  user: AppUser | null,
  input: Input & { newEmail: string },
  meta: RequestMeta = {},
): Promise<{ applied: boolean }> {
  const agent = assertSupport(user);
  return getDb().transaction(async (tx) => {
    const person = await lockPerson(tx, input.personId);
    if (person.status === "disabled") throw new ActionError("supportDesk.errors.disabledAccount");
    if (person.email.toLowerCase() === input.newEmail.toLowerCase())
      throw new ActionError("errors.formInvalid", { newEmail: ["supportDesk.errors.sameEmail"] });
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${input.newEmail.toLowerCase()}`);
    if (taken) throw new ActionError("errors.formInvalid", { newEmail: ["errors.emailTaken"] });
    const applied = person.status === "invited";
    if (applied) {
      await tx.update(users).set({ email: input.newEmail, updatedAt: new Date() }).where(eq(users.id, person.id));
      await sendActivation(tx, { ...person, email: input.newEmail });
    } else {
      await revokeTokens(tx, person.id, "email_change");
      const raw = await issueToken(tx, { purpose: "email_change", userId: person.id, data: { newEmail: input.newEmail } });
      await enqueueEmail(tx, {
        to: input.newEmail,
        locale: parseLocale(person.locale),
        template: "account.emailChange",
        payload: {
          firstName: person.firstName,
          username: person.username,
          newEmail: input.newEmail,
          url: confirmEmailUrl(raw),
          expiresAt: new Date(Date.now() + TOKEN_TTL_SECONDS.email_change * 1000).toISOString(),
        },
      });
    }
    await audit(tx, agent, person, "support.email_corrected", input.reason, { from: person.email, to: input.newEmail, applied }, meta);
    return { applied };
  });
}

/** Puts a failed email back in the queue for a fresh round of attempts. */
export async function supportResendEmail(
  user: AppUser | null,
  input: { emailId: string; reason: string },
  meta: RequestMeta = {},
): Promise<void> {
  const agent = assertSupport(user);
  await getDb().transaction(async (tx) => {
    const [mail] = await tx.select().from(emailOutbox).where(eq(emailOutbox.id, input.emailId)).for("update");
    if (!mail) throw new NotFoundError("email");
    if (mail.status !== "failed") throw new ActionError("supportDesk.errors.notFailed");
    await tx
      .update(emailOutbox)
      .set({ status: "pending", attempts: 0, nextAttemptAt: new Date(), leaseUntil: null, lastError: null })
      .where(eq(emailOutbox.id, mail.id));
    const [person] = await tx
      .select({ id: users.id, companyId: users.companyId })
      .from(users)
      .where(sql`lower(${users.email}) = ${mail.toAddress.toLowerCase()}`);
    await recordAudit(tx, {
      actor: agentActor(agent),
      action: "support.email_resent",
      entityType: "email",
      entityId: mail.id,
      companyId: person?.companyId ?? null,
      data: { to: mail.toAddress, template: mail.template, previousError: mail.lastError, reason: input.reason, agent: agentName(agent) },
      meta,
    });
  });
}
