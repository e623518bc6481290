import { sql } from "drizzle-orm";
import { boolean, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { productKind, productStatus } from "./enums";
import { users } from "./users";

export const products = pgTable(
  "products",
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: "restrict" }),
    kind: productKind().notNull(),
    name: text().notNull(),
    version: text().notNull(),
    edition: text(),
    os: text().notNull(),
    device: text().notNull(),
    commercialName: text(),
    inCatalogue: boolean().notNull().default(false),
    description: text(),
    derivedFromId: uuid().references((): AnyPgColumn => products.id, { onDelete: "set null" }),
    status: productStatus().notNull().default("active"),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("products_company_id_idx").on(t.companyId),
    index("products_derived_from_id_idx").on(t.derivedFromId),
    index("products_created_by_id_idx").on(t.createdById),
    uniqueIndex("products_identity_unique").on(
      t.companyId,
      sql`lower(${t.name})`,
      sql`lower(${t.version})`,
      sql`lower(${t.os})`,
      sql`lower(${t.device})`,
    ),
  ],
);

export const productBases = pgTable(
  "product_bases",
  {
    optionId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    baseId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.optionId, t.baseId] }), index("product_bases_base_id_idx").on(t.baseId)],
);
