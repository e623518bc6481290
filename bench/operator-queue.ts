export {}; // a module, so that top-level await is allowed
// The operators' queue at 45,000 requests: times listAccountRequests sorted by company
// (with and without a status filter) and prints the plan Postgres chooses.
// Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/convergence_bench_queue npx tsx bench/operator-queue.ts
// (a throw-away database: the script empties the account requests first).
process.env.APP_ENV ??= "test";
if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to a throw-away Postgres database.");

const { sql } = await import("drizzle-orm");
const { closeDb, getDb } = await import("@/db/client");
const { runMigrations } = await import("@/db/migrate");
const { seed } = await import("@/db/seed");
const { users } = await import("@/db/schema");
const { listAccountRequests, parseQueueQuery } = await import("@/lib/account-requests/queue");
const { eq } = await import("drizzle-orm");

const db = getDb();
await runMigrations(db, false);
await seed(db);
const COUNT = 45_000;
await db.execute(sql`delete from account_request_events; delete from account_requests`);
// Generated in SQL: 45,000 inserts through the app would take minutes and measure nothing.
await db.execute(sql`
  insert into account_requests (reference, status, siren, legal_name, address_line, postal_code, city, first_name, last_name, email, phone, job_title, is_legal_representative, terms_version, terms_accepted_at, created_at)
  select 'BEN-' || lpad(i::text, 6, '0'),
         (array['pending','info_requested','approved','rejected'])[1 + i % 4]::account_request_status,
         lpad((i * 7919 % 1000000000)::text, 9, '0'),
         'Société ' || md5(i::text), '1 rue de la Paix', '75002', 'Paris', 'Prénom', 'Nom ' || i,
         'bench' || i || '@example.test', '01 00 00 00 00', 'Directeur', true, '1', now(), now() - (i || ' minutes')::interval
  from generate_series(1, ${COUNT}) as i`);
await db.execute(sql`analyze account_requests`);
const [operatorRow] = await db.select().from(users).where(eq(users.username, "demo.operateur"));
const operator = { ...operatorRow, status: undefined, passwordHash: undefined } as never;

async function time(label: string, params: Record<string, string>) {
  const { query, filters } = parseQueueQuery(params);
  const runs: number[] = [];
  for (let i = 0; i < 25; i++) {
    const start = performance.now();
    await listAccountRequests(operator, query, filters);
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  console.log(`${label.padEnd(40)} median ${runs[12].toFixed(1)} ms   p95 ${runs[23].toFixed(1)} ms`);
}

await time("pending, sorted by company, page 1", { sort: "company" });
await time("pending, sorted by company, page 50", { sort: "company", page: "50" });
await time("all statuses, sorted by company, page 1", { status: "", sort: "company", dir: "desc" });

for (const [label, where] of [
  ["pending", sql`where status = 'pending'`],
  ["all", sql``],
] as const) {
  const plan = await db.execute(
    sql`explain analyze select id, reference from account_requests ${where} order by lower(legal_name) asc, reference asc limit 20 offset 0`,
  );
  console.log(`\nEXPLAIN ANALYZE (${label}):`);
  for (const row of plan as unknown as Record<string, string>[]) console.log("  " + Object.values(row)[0]);
}
await closeDb();
