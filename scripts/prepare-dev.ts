// `npm run dev` starts here: the embedded database (or DATABASE_URL's server) is migrated
// and the demo data loaded before Next starts, so a fresh clone needs nothing else.
import { sql } from "drizzle-orm";
import { closeDb, getDb, queryRows } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seed } from "@/db/seed";
import { seedActivity } from "@/db/seed-activity";
import { env } from "@/lib/env";

async function main() {
  const target = env().DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${env().PGLITE_DIR}`;
  console.log(`[convergence] Preparing the database: ${target}`);
  await runMigrations();
  await seed();
  // A fresh database gets demo activity too (validated evaluations and plans), so that the
  // observatory and the support console have something to show; never on top of real work.
  const [{ n }] = await queryRows<{ n: number }>(getDb(), sql`select count(*)::int as n from evaluations`);
  if (n === 0 && (await seedActivity()))
    console.log("[convergence] Demo activity added: 8 companies with validated evaluations and plans.");
  await closeDb();
  console.log("[convergence] Database ready. Demo accounts are listed in README.md.");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
