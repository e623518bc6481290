// `npm run dev` starts here: the embedded database (or DATABASE_URL's server) is migrated
// and the demo data loaded before Next starts, so a fresh clone needs nothing else.
import { closeDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seed } from "@/db/seed";
import { env } from "@/lib/env";

async function main() {
  const target = env().DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${env().PGLITE_DIR}`;
  console.log(`[convergence] Preparing the database: ${target}`);
  await runMigrations();
  await seed();
  await closeDb();
  console.log("[convergence] Database ready. Demo accounts are listed in README.md.");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
