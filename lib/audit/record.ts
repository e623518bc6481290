import type { Executor } from "@/db/client";
import { auditEvents } from "@/db/schema";

export type Actor =
  | { kind: "user"; id: string; username: string; companyId: string | null }
  | { kind: "anonymous"; label?: string }
  | { kind: "system"; label: string };

export type RequestMeta = { ip?: string | null; userAgent?: string | null };

export type AuditInput = {
  actor: Actor;
  action: string;
  entityType: string;
  entityId?: string | null;
  companyId?: string | null;
  data?: Record<string, unknown>;
  meta?: RequestMeta;
};

function actorLabel(actor: Actor): string {
  if (actor.kind === "user") return actor.username;
  if (actor.kind === "system") return `system:${actor.label}`;
  return actor.label ? `anonymous:${actor.label}` : "anonymous";
}

/**
 * The one way to write the audit log. Pass the transaction of the change it records, so
 * that the change and its trace commit or roll back together.
 */
export async function recordAudit(db: Executor, input: AuditInput): Promise<void> {
  await db.insert(auditEvents).values({
    actorUserId: input.actor.kind === "user" ? input.actor.id : null,
    actorLabel: actorLabel(input.actor),
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    companyId: input.companyId ?? (input.actor.kind === "user" ? input.actor.companyId : null),
    ip: input.meta?.ip ?? null,
    userAgent: input.meta?.userAgent?.slice(0, 500) ?? null,
    data: input.data ?? {},
  });
}
