import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { ExtractTablesWithRelations, SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or a transaction: data-access functions accept both. */
export type Executor = Db | Tx;

export const DB_CASING = "snake_case" as const;

/** The extensions every PGlite instance loads (the migrations create them). */
export const PGLITE_EXTENSIONS = { pg_trgm };

// One client per process, kept on globalThis so that Next's dev reloads reuse it instead
// of opening the PGlite directory a second time.
const holder = globalThis as unknown as { __convergenceDb?: Db; __convergenceClose?: () => Promise<void> };

export function createDb(): { db: Db; close: () => Promise<void> } {
  const { DATABASE_URL, PGLITE_DIR } = env();
  if (DATABASE_URL) {
    const client = postgres(DATABASE_URL, { max: 10, onnotice: () => {} });
    return { db: drizzlePostgres({ client, schema, casing: DB_CASING }) as unknown as Db, close: () => client.end() };
  }
  if (!PGLITE_DIR.startsWith("memory://")) mkdirSync(PGLITE_DIR, { recursive: true });
  // pg_trgm backs the support search (migration support_search).
  const client = new PGlite(PGLITE_DIR, { extensions: PGLITE_EXTENSIONS });
  return { db: drizzlePglite({ client, schema, casing: DB_CASING }) as unknown as Db, close: () => client.close() };
}

export function getDb(): Db {
  if (!holder.__convergenceDb) {
    const { db, close } = createDb();
    holder.__convergenceDb = db;
    holder.__convergenceClose = close;
  }
  return holder.__convergenceDb;
}

/** Tests install their own database (one per test file). */
export function setDb(db: Db, close: () => Promise<void>): void {
  holder.__convergenceDb = db;
  holder.__convergenceClose = close;
}

export async function closeDb(): Promise<void> {
  const close = holder.__convergenceClose;
  holder.__convergenceDb = undefined;
  holder.__convergenceClose = undefined;
  if (close) await close();
}

/** Raw SQL rows, whichever driver ran them (postgres-js returns an array, PGlite { rows }). */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}
