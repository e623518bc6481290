import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, afterEach, beforeAll, inject } from "vitest";
import { DB_CASING, PGLITE_EXTENSIONS, closeDb, getDb, queryRows, setDb, type Db } from "@/db/client";
import * as schema from "@/db/schema";
import { serverUrl } from "./database-names";

process.env.APP_ENV = "test";
process.env.OUTBOX_POLL_SECONDS = "0";

const serverBase = process.env.DATABASE_URL;
let dropDatabase: (() => Promise<void>) | undefined;

// One database per test file, emptied after each test.
beforeAll(async () => {
  if (serverBase) {
    const name = `convergence_it_${randomBytes(4).toString("hex")}`;
    const admin = postgres(serverUrl(serverBase, "postgres"), { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name} template ${inject("templateDb")}`);
    const client = postgres(serverUrl(serverBase, name), { max: 5, onnotice: () => {} });
    setDb(drizzlePostgres({ client, schema, casing: DB_CASING }) as unknown as Db, () => client.end());
    dropDatabase = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
    return;
  }
  const dump = readFileSync(inject("pgliteDump"));
  const client = new PGlite({ loadDataDir: new Blob([dump]), extensions: PGLITE_EXTENSIONS });
  setDb(drizzlePglite({ client, schema, casing: DB_CASING }) as unknown as Db, () => client.close());
});

afterEach(async () => {
  await truncateAll();
});

afterAll(async () => {
  await closeDb();
  await dropDatabase?.();
});

export async function truncateAll(): Promise<void> {
  const db = getDb();
  const rows = await queryRows<{ tablename: string }>(db, sql`select tablename from pg_tables where schemaname = 'public'`);
  const names = rows.map((r) => `"${r.tablename}"`);
  // The audit log refuses TRUNCATE by trigger; tests lift triggers for their own cleanup only.
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(sql.raw(`truncate ${names.join(", ")} restart identity cascade`));
  });
}
