import { sql } from "drizzle-orm";
import { check, index, pgTable, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { grantKind, grantLevel } from "./enums";
import { products } from "./products";
import { users } from "./users";

/**
 * What a contributor may do. Capabilities (create_users, create_products) have no product
 * and no level; "product" grants name a product; "product" and "strategy" carry a level
 * (draft, or validate which includes draft). The Responsable needs no grant.
 */
export const grants = pgTable(
  "grants",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    kind: grantKind().notNull(),
    productId: uuid().references(() => products.id, { onDelete: "cascade" }),
    level: grantLevel(),
    grantedById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("grants_unique").on(t.userId, t.kind, sql`coalesce(${t.productId}, '00000000-0000-0000-0000-000000000000'::uuid)`),
    index("grants_company_id_idx").on(t.companyId),
    index("grants_product_id_idx").on(t.productId),
    index("grants_granted_by_id_idx").on(t.grantedById),
    check(
      "grants_shape",
      sql`(${t.kind} in ('create_users', 'create_products') and ${t.productId} is null and ${t.level} is null)
        or (${t.kind} = 'product' and ${t.productId} is not null and ${t.level} is not null)
        or (${t.kind} = 'strategy' and ${t.productId} is null and ${t.level} is not null)`,
    ),
  ],
);
