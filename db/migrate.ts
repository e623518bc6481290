import { fileURLToPath } from "node:url";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { env } from "@/lib/env";
import { closeDb, getDb, type Db } from "./client";

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("./migrations", import.meta.url));

/** Applies the committed migrations to whichever database the environment selects. */
export async function runMigrations(db: Db = getDb(), onServer = Boolean(env().DATABASE_URL)): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (onServer) await migratePostgres(db as unknown as PostgresJsDatabase, config);
  else await migratePglite(db as unknown as PgliteDatabase, config);
}

async function main() {
  const target = env().DATABASE_URL ? "PostgreSQL server" : `PGlite (${env().PGLITE_DIR})`;
  await runMigrations();
  console.log(`Migrations applied on ${target}.`);
  await closeDb();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
