import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { products } from "./products";
import { users } from "./users";

/**
 * The plan de convergence of a subject: a product (its product themes) or the company
 * itself (the strategy questionnaire, productId null). `revision` grows on every change, so
 * that a validation names the state its author reviewed.
 */
export const plans = pgTable(
  "plans",
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: "restrict" }),
    productId: uuid().references(() => products.id, { onDelete: "restrict" }),
    revision: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Also the index of company_id (its leading column).
    uniqueIndex("plans_subject_unique").on(t.companyId, sql`coalesce(${t.productId}, '00000000-0000-0000-0000-000000000000'::uuid)`),
    index("plans_product_id_idx").on(t.productId),
  ],
);

/**
 * One commitment: a requirement the plan brings to a level by a quarter. A line exists only
 * once someone changed it (or a re-basing fixed its dates): until then the plan shows the
 * defaults. Revisions are per line, like answers: a save names the revision it started from.
 */
export const planLines = pgTable(
  "plan_lines",
  {
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    requirementId: varchar({ length: 80 }).notNull(),
    theme: varchar({ length: 32 }).notNull(),
    plannedLevel: smallint().notNull(),
    /** "2027-T2" (lib/format/quarter: read "T2 2027" or "Q2 2027"). */
    plannedQuarter: varchar({ length: 7 }).notNull(),
    ownerId: uuid().references(() => users.id, { onDelete: "set null" }),
    note: text(),
    /** Set by re-basing when a validated evaluation reaches the planned level. */
    reachedAt: timestamp({ withTimezone: true }),
    revision: integer().notNull().default(1),
    updatedById: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.requirementId] }),
    index("plan_lines_owner_id_idx").on(t.ownerId),
    index("plan_lines_updated_by_id_idx").on(t.updatedById),
    check("plan_lines_level_range", sql`${t.plannedLevel} between 0 and 4`),
    check("plan_lines_quarter", sql`${t.plannedQuarter} ~ '^[0-9]{4}-T[1-4]$'`),
  ],
);

/**
 * A validated plan, frozen: its commitments, curves and compliance dates as they were shown,
 * signed by name. Never changed nor deleted (trigger, migration plan_snapshots_immutable).
 */
export const planSnapshots = pgTable(
  "plan_snapshots",
  {
    id: uuid().primaryKey().defaultRandom(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: "restrict" }),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: "restrict" }),
    productId: uuid().references(() => products.id, { onDelete: "restrict" }),
    planRevision: integer().notNull(),
    content: jsonb().$type<Record<string, unknown>>().notNull(),
    /** The product's projected compliance quarter, null when the plan never gets there. */
    compliantFrom: varchar({ length: 7 }),
    validatedById: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    validatedByName: text().notNull(),
    validatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("plan_snapshots_plan_id_idx").on(t.planId, t.validatedAt),
    index("plan_snapshots_company_id_idx").on(t.companyId),
    index("plan_snapshots_product_id_idx").on(t.productId),
    index("plan_snapshots_validated_by_id_idx").on(t.validatedById),
  ],
);
