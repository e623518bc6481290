import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { documents } from "./documents";
import { products } from "./products";
import { users } from "./users";

export const evaluationStatus = pgEnum("evaluation_status", ["draft", "validated"]);

const THEME_CHECK = sql.raw(`('interoperability', 'security', 'urbanisation', 'strategy')`);

/**
 * One evaluation per subject (a product, or the company for the strategy questionnaire),
 * theme and questionnaire version. Validating freezes a snapshot and reopening turns the same
 * row back into a draft; moving to a newer version creates a new row (upgradedFromId).
 * `revision` grows on every change, so that an action started on an older state is refused.
 */
export const evaluations = pgTable(
  "evaluations",
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: "restrict" }),
    productId: uuid().references(() => products.id, { onDelete: "restrict" }),
    theme: varchar({ length: 32 }).notNull(),
    questionnaireVersion: varchar({ length: 16 }).notNull(),
    status: evaluationStatus().notNull().default("draft"),
    revision: integer().notNull().default(1),
    upgradedFromId: uuid().references((): AnyPgColumn => evaluations.id, { onDelete: "restrict" }),
    startedById: uuid().references(() => users.id, { onDelete: "set null" }),
    validatedById: uuid().references(() => users.id, { onDelete: "set null" }),
    validatedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Also the index of company_id (its leading column).
    uniqueIndex("evaluations_subject_unique").on(
      t.companyId,
      sql`coalesce(${t.productId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.theme,
      t.questionnaireVersion,
    ),
    index("evaluations_product_id_idx").on(t.productId, t.theme),
    index("evaluations_upgraded_from_id_idx").on(t.upgradedFromId),
    index("evaluations_started_by_id_idx").on(t.startedById),
    index("evaluations_validated_by_id_idx").on(t.validatedById),
    check("evaluations_theme", sql`${t.theme} in ${THEME_CHECK}`),
    // The strategy questionnaire concerns the company; every other theme, one product.
    check("evaluations_subject", sql`(${t.theme} = 'strategy') = (${t.productId} is null)`),
  ],
);

/**
 * The answer to one item. A qualifier keeps its value; a requirement keeps a level or "not
 * concerned" with a justification, plus its planned date, comment and evidence. A draft may
 * hold an incomplete answer (a level awaiting its date): completeness is checked on
 * validation. `revision` starts at 1 and grows on each save: a save names the revision it
 * started from and is refused when the row moved on (lib/evaluations/save.ts).
 */
export const answers = pgTable(
  "answers",
  {
    evaluationId: uuid()
      .notNull()
      .references(() => evaluations.id, { onDelete: "cascade" }),
    itemId: varchar({ length: 80 }).notNull(),
    value: jsonb().$type<boolean | string | string[]>(),
    level: smallint(),
    notConcerned: boolean().notNull().default(false),
    justification: text(),
    plannedDate: date({ mode: "string" }),
    comment: text(),
    evidenceDocumentId: uuid().references(() => documents.id, { onDelete: "set null" }),
    evidenceUrl: text(),
    revision: integer().notNull().default(1),
    updatedById: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.evaluationId, t.itemId] }),
    index("answers_evidence_document_id_idx").on(t.evidenceDocumentId),
    index("answers_updated_by_id_idx").on(t.updatedById),
    check("answers_level_range", sql`${t.level} is null or ${t.level} between 0 and 4`),
    check("answers_level_or_not_concerned", sql`not (${t.notConcerned} and ${t.level} is not null)`),
  ],
);

/**
 * What was validated, frozen: the answers, the computed result, the version. Rows are never
 * changed or deleted (a trigger refuses it, migration evaluation_snapshots_immutable). The
 * theme score is also a column, so that national averages are one SQL query.
 */
export const evaluationSnapshots = pgTable(
  "evaluation_snapshots",
  {
    id: uuid().primaryKey().defaultRandom(),
    evaluationId: uuid()
      .notNull()
      .references(() => evaluations.id, { onDelete: "restrict" }),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: "restrict" }),
    productId: uuid().references(() => products.id, { onDelete: "restrict" }),
    theme: varchar({ length: 32 }).notNull(),
    questionnaireVersion: varchar({ length: 16 }).notNull(),
    answers: jsonb().$type<Record<string, unknown>>().notNull(),
    result: jsonb().$type<Record<string, unknown>>().notNull(),
    score: doublePrecision(),
    maturity: varchar({ length: 40 }),
    compliant: boolean().notNull(),
    validatedById: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    validatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("evaluation_snapshots_evaluation_id_idx").on(t.evaluationId, t.validatedAt),
    index("evaluation_snapshots_company_id_idx").on(t.companyId, t.theme, t.validatedAt),
    index("evaluation_snapshots_product_id_idx").on(t.productId, t.theme, t.validatedAt),
    index("evaluation_snapshots_validated_by_id_idx").on(t.validatedById),
    index("evaluation_snapshots_theme_idx").on(t.theme),
  ],
);

/** Where each user last was in an evaluation, to reopen the page there. */
export const evaluationPositions = pgTable(
  "evaluation_positions",
  {
    evaluationId: uuid()
      .notNull()
      .references(() => evaluations.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    itemId: varchar({ length: 80 }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.evaluationId, t.userId] }), index("evaluation_positions_user_id_idx").on(t.userId)],
);
