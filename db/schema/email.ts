import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { outboxStatus } from "./enums";

export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    toAddress: text().notNull(),
    locale: varchar({ length: 5 }).notNull(),
    template: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    status: outboxStatus().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // A claimed row is leased; a sender that dies leaves it to be retried after the lease.
    leaseUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    providerMessageId: text(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // Set by senders that may run twice (scheduled jobs, several instances): the unique
    // index makes the second insert a no-op, so the email is queued once whatever the race.
    idempotencyKey: text(),
  },
  (t) => [
    index("email_outbox_due_idx").on(t.status, t.nextAttemptAt),
    uniqueIndex("email_outbox_idempotency_key_unique").on(t.idempotencyKey),
  ],
);

// The local mailbox (development and test only): what would have been delivered.
export const mailboxMessages = pgTable(
  "mailbox_messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    outboxId: uuid()
      .notNull()
      .references(() => emailOutbox.id, { onDelete: "cascade" }),
    toAddress: text().notNull(),
    fromAddress: text().notNull(),
    subject: text().notNull(),
    html: text().notNull(),
    text: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("mailbox_messages_outbox_id_unique").on(t.outboxId), index("mailbox_messages_to_idx").on(t.toAddress)],
);
