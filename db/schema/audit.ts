import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { users } from "./users";

// Append-only: the migration revokes UPDATE and DELETE through a trigger.
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    actorLabel: text().notNull(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    companyId: uuid().references(() => companies.id, { onDelete: "set null" }),
    ip: text(),
    userAgent: text(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index("audit_events_actor_user_id_idx").on(t.actorUserId),
    index("audit_events_company_id_idx").on(t.companyId),
    index("audit_events_entity_idx").on(t.entityType, t.entityId),
    index("audit_events_at_idx").on(t.at),
  ],
);
