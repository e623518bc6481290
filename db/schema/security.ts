import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

// Server-side sessions: the cookie only carries the session id (inside Auth.js's
// encrypted token); deleting the row ends the session whatever the cookie says.
export const sessions = pgTable(
  "sessions",
  {
    id: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [index("sessions_user_id_idx").on(t.userId), index("sessions_expires_at_idx").on(t.expiresAt)],
);

// Fixed-window counters for rate limits, one row per (rule, client or target) key, so
// that limits hold across app instances. Updated by one atomic upsert per hit.
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text().primaryKey(),
    hits: integer().notNull().default(0),
    windowStart: timestamp({ withTimezone: true }).notNull().defaultNow(),
    windowEnd: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("rate_limits_window_end_idx").on(t.windowEnd)],
);
