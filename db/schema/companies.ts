import { sql } from "drizzle-orm";
import { check, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { companyStatus } from "./enums";

export const companies = pgTable(
  "companies",
  {
    id: uuid().primaryKey().defaultRandom(),
    siren: varchar({ length: 9 }).notNull(),
    legalName: text().notNull(),
    addressLine: text().notNull(),
    postalCode: varchar({ length: 10 }).notNull(),
    city: text().notNull(),
    status: companyStatus().notNull().default("active"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("companies_siren_unique").on(t.siren), check("companies_siren_format", sql`${t.siren} ~ '^[0-9]{9}$'`)],
);
