// Gives the end-to-end run a known starting point: an empty, migrated database with the
// demo data. On the server it drops and recreates the public schema of DATABASE_URL's
// database, so point DATABASE_URL at a database reserved for tests.
import { sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seed } from "@/db/seed";
import { env } from "@/lib/env";

async function main() {
  if (env().APP_ENV === "production") throw new Error("Refusing to reset a production database.");
  const db = getDb();
  if (env().DATABASE_URL) {
    await db.execute(sql`drop schema if exists public cascade`);
    await db.execute(sql`drop schema if exists drizzle cascade`);
    await db.execute(sql`create schema public`);
  }
  await runMigrations();
  await seed();
  await closeDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
