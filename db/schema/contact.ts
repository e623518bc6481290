import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/** Messages sent from the public contact form, handled in the support console. */
export const contactMessages = pgTable(
  "contact_messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    reference: text().notNull(),
    name: text().notNull(),
    email: text().notNull(),
    topic: text().notNull(),
    message: text().notNull(),
    locale: text().notNull().default("fr"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    handledAt: timestamp({ withTimezone: true }),
    handledById: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("contact_messages_reference_unique").on(t.reference),
    index("contact_messages_open_idx").on(t.handledAt, t.createdAt),
    index("contact_messages_email_idx").on(sql`lower(${t.email})`),
    index("contact_messages_handled_by_id_idx").on(t.handledById),
  ],
);
