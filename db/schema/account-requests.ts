import { sql } from "drizzle-orm";
import { boolean, index, integer, pgSequence, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { documents } from "./documents";
import { accountRequestStatus } from "./enums";
import { users } from "./users";

/** Numbers the human-readable references DEM-<year>-<000123>. */
export const accountRequestNumber = pgSequence("account_request_number_seq", { startWith: 1 });

export const accountRequests = pgTable(
  "account_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    reference: text().notNull(),
    status: accountRequestStatus().notNull().default("pending"),
    // Bumped by every decision: two operators deciding at once, only one wins.
    revision: integer().notNull().default(1),
    siren: varchar({ length: 9 }).notNull(),
    legalName: text().notNull(),
    addressLine: text().notNull(),
    postalCode: varchar({ length: 10 }).notNull(),
    city: text().notNull(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    email: text().notNull(),
    phone: text().notNull(),
    jobTitle: text().notNull(),
    isLegalRepresentative: boolean().notNull(),
    authorisationDocumentId: uuid().references(() => documents.id, { onDelete: "restrict" }),
    locale: varchar({ length: 5 }).notNull().default("fr"),
    termsVersion: text().notNull(),
    termsAcceptedAt: timestamp({ withTimezone: true }).notNull(),
    decisionReason: text(),
    companyId: uuid().references(() => companies.id, { onDelete: "set null" }),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    decidedById: uuid().references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("account_requests_reference_unique").on(t.reference),
    index("account_requests_status_idx").on(t.status, t.createdAt),
    index("account_requests_siren_idx").on(t.siren),
    // The queue sorted by company, with or without a status filter, reads these in order.
    index("account_requests_company_sort_idx").on(sql`lower(${t.legalName})`, t.reference),
    index("account_requests_status_company_sort_idx").on(t.status, sql`lower(${t.legalName})`, t.reference),
    index("account_requests_email_idx").on(sql`lower(${t.email})`),
    index("account_requests_document_idx").on(t.authorisationDocumentId),
    index("account_requests_company_id_idx").on(t.companyId),
    index("account_requests_user_id_idx").on(t.userId),
    index("account_requests_decided_by_id_idx").on(t.decidedById),
  ],
);

/** The request's history as the operator sees it: submissions, decisions, messages. */
export const accountRequestEvents = pgTable(
  "account_request_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    requestId: uuid()
      .notNull()
      .references(() => accountRequests.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    message: text(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("account_request_events_request_id_idx").on(t.requestId), index("account_request_events_actor_id_idx").on(t.actorId)],
);
