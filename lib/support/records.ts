import { and, desc, eq, gt, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditEvents, emailOutbox, loginThrottle, tokens, users } from "@/db/schema";

// Shared reads of the company and person pages: states and figures about accounts, never
// the content of answers, evidence or plans.

export const RECENT_LIMIT = 20;

export type MemberState = {
  id: string;
  username: string;
  email: string;
  firstName: string;
  lastName: string;
  companyRole: "responsable" | "contributor" | null;
  agencyRole: "operator" | "support" | "admin" | null;
  status: "invited" | "active" | "disabled";
  lastLoginAt: Date | null;
  lockedUntil: Date | null;
  /** For an invited account: when its latest activation link was sent. */
  activationPendingSince: Date | null;
  createdAt: Date;
};

export async function memberStates(db: Executor, where: SQL | undefined): Promise<MemberState[]> {
  const lastLink = sql<Date | null>`(select max(${tokens.createdAt}) from ${tokens} where ${tokens.userId} = ${users.id} and ${tokens.purpose} = 'activation')`;
  const rows = await db
    .select({
      id: users.id,
      username: users.username,
      email: users.email,
      firstName: users.firstName,
      lastName: users.lastName,
      companyRole: users.companyRole,
      agencyRole: users.agencyRole,
      status: users.status,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
      lockedUntil: loginThrottle.lockedUntil,
      lastLink: lastLink.mapWith((v: string | Date | null) => (v ? new Date(v) : null)),
    })
    .from(users)
    .leftJoin(loginThrottle, and(eq(loginThrottle.usernameKey, sql`lower(${users.username})`), gt(loginThrottle.lockedUntil, sql`now()`)))
    .where(where)
    .orderBy(users.lastName, users.firstName);
  return rows.map(({ lastLink: link, ...r }) => ({ ...r, activationPendingSince: r.status === "invited" ? (link ?? r.createdAt) : null }));
}

export type EmailState = {
  id: string;
  toAddress: string;
  template: string;
  status: "pending" | "sending" | "sent" | "failed";
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
};

export async function emailsTo(db: Executor, addresses: string[]): Promise<EmailState[]> {
  if (addresses.length === 0) return [];
  return db
    .select({
      id: emailOutbox.id,
      toAddress: emailOutbox.toAddress,
      template: emailOutbox.template,
      status: emailOutbox.status,
      attempts: emailOutbox.attempts,
      lastError: emailOutbox.lastError,
      createdAt: emailOutbox.createdAt,
      sentAt: emailOutbox.sentAt,
    })
    .from(emailOutbox)
    .where(
      inArray(
        sql`lower(${emailOutbox.toAddress})`,
        addresses.map((a) => a.toLowerCase()),
      ),
    )
    .orderBy(desc(emailOutbox.createdAt))
    .limit(RECENT_LIMIT);
}

export type AuditLine = { id: number; at: Date; actorLabel: string; action: string; entityType: string; data: Record<string, unknown> };

const auditColumns = {
  id: auditEvents.id,
  at: auditEvents.at,
  actorLabel: auditEvents.actorLabel,
  action: auditEvents.action,
  entityType: auditEvents.entityType,
  data: auditEvents.data,
};

export async function auditOfCompany(db: Executor, companyId: string): Promise<AuditLine[]> {
  return db
    .select(auditColumns)
    .from(auditEvents)
    .where(eq(auditEvents.companyId, companyId))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(RECENT_LIMIT);
}

export async function auditOfUser(db: Executor, userId: string): Promise<AuditLine[]> {
  return db
    .select(auditColumns)
    .from(auditEvents)
    .where(or(and(eq(auditEvents.entityType, "user"), eq(auditEvents.entityId, userId)), eq(auditEvents.actorUserId, userId)))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(RECENT_LIMIT);
}
