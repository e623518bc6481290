import { index, integer, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { bytea } from "./bytea";
import { companies } from "./companies";
import { users } from "./users";

// Uploaded files are kept in the database: one transaction covers a file and the row that
// refers to it, and backups include them. Sizes are capped (5 to 10 MB) by the callers.
export const documents = pgTable(
  "documents",
  {
    id: uuid().primaryKey().defaultRandom(),
    purpose: text().notNull(),
    name: text().notNull(),
    mimeType: varchar({ length: 100 }).notNull(),
    size: integer().notNull(),
    sha256: varchar({ length: 64 }).notNull(),
    bytes: bytea().notNull(),
    companyId: uuid().references(() => companies.id, { onDelete: "restrict" }),
    uploadedById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("documents_company_id_idx").on(t.companyId), index("documents_uploaded_by_id_idx").on(t.uploadedById)],
);
