import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { accountRequests } from "./account-requests";
import { tokenPurpose } from "./enums";
import { users } from "./users";

// Single-use links. Only the SHA-256 of the secret is stored: a database leak gives no
// usable link.
export const tokens = pgTable(
  "tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    purpose: tokenPurpose().notNull(),
    tokenHash: text().notNull(),
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    accountRequestId: uuid().references(() => accountRequests.id, { onDelete: "cascade" }),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("tokens_token_hash_unique").on(t.tokenHash),
    index("tokens_user_id_idx").on(t.userId),
    index("tokens_account_request_id_idx").on(t.accountRequestId),
  ],
);
