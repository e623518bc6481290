import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { agencyRole, companyRole, userStatus } from "./enums";

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    username: text().notNull(),
    email: text().notNull(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    phone: text(),
    jobTitle: text(),
    companyId: uuid().references(() => companies.id, { onDelete: "restrict" }),
    companyRole: companyRole(),
    agencyRole: agencyRole(),
    status: userStatus().notNull().default("invited"),
    passwordHash: text(),
    termsVersion: text(),
    termsAcceptedAt: timestamp({ withTimezone: true }),
    // Bumped to end every session of the user (disable, password change, role change).
    sessionVersion: integer().notNull().default(1),
    locale: varchar({ length: 5 }).notNull().default("fr"),
    lastLoginAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The login and the email are unique whatever their case (FAQ: one login, one email).
    uniqueIndex("users_username_lower_unique").on(sql`lower(${t.username})`),
    uniqueIndex("users_email_lower_unique").on(sql`lower(${t.email})`),
    index("users_company_id_idx").on(t.companyId),
    // At most one active Responsable per company; "exactly one" is kept by the transfer,
    // which demotes and promotes in one transaction.
    uniqueIndex("users_one_active_responsable")
      .on(t.companyId)
      .where(sql`${t.companyRole} = 'responsable' and ${t.status} = 'active'`),
    check(
      "users_one_kind_of_role",
      sql`(${t.companyRole} is not null and ${t.companyId} is not null and ${t.agencyRole} is null)
        or (${t.agencyRole} is not null and ${t.companyId} is null and ${t.companyRole} is null)`,
    ),
  ],
);

// Failed sign-ins are counted per username typed, known or not, so that the lock neither
// reveals which usernames exist nor depends on one app instance's memory.
export const loginThrottle = pgTable("login_throttle", {
  usernameKey: text().primaryKey(),
  failures: integer().notNull().default(0),
  firstFailureAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp({ withTimezone: true }),
});
