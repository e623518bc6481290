export {}; // a module, so that top-level await is allowed
// Support search at 100× the demo scale (44,000 companies, 135,000 users): fills a
// throw-away database (or reads an existing one), then prints p50/p95/p99 of the search per
// kind of query, with 1 caller and with 20 concurrent callers, and the machine's load.
// Run: npx tsx bench/support-search.ts            (PostgreSQL server: postgres://postgres@127.0.0.1:5432)
//      BENCH_PGLITE=1 npx tsx bench/support-search.ts   (embedded PGlite, in memory)
//      BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/conv_bench100 npx tsx bench/support-search.ts
//        (an existing database, e.g. bench/generate's at 100×: read only, nothing filled or dropped)
// Options: BENCH_COMPANIES, BENCH_USERS, BENCH_RUNS (queries per kind and concurrency, default 200),
// BENCH_CONCURRENCY (default "1,20"), BENCH_DB_NAME, BENCH_KEEP=1 (keep the filled database).
import { loadavg } from "node:os";
import postgres from "postgres";

const COMPANIES = Number(process.env.BENCH_COMPANIES ?? 44_000);
const USERS = Number(process.env.BENCH_USERS ?? 135_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const CONCURRENCY = (process.env.BENCH_CONCURRENCY ?? "1,20").split(",").map(Number);
const pglite = process.env.BENCH_PGLITE === "1";
const server = process.env.BENCH_SERVER ?? "postgres://postgres@127.0.0.1:5432";
const dbName = process.env.BENCH_DB_NAME ?? "conv_bench_support";
// An existing database (e.g. the 100× one of bench/generate) is only read: no fill, no drop.
const existing = pglite ? undefined : process.env.BENCH_DATABASE_URL;
const keep = process.env.BENCH_KEEP === "1";

process.env.APP_ENV = "test";
if (pglite) process.env.PGLITE_DIR = "memory://";
else if (existing) process.env.DATABASE_URL = existing;
else {
  const admin = postgres(`${server}/postgres`, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${dbName} with (force)`);
  await admin.unsafe(`create database ${dbName}`);
  await admin.end();
  process.env.DATABASE_URL = `${server}/${dbName}`;
}

const { sql } = await import("drizzle-orm");
const { closeDb, getDb } = await import("@/db/client");
const { runMigrations } = await import("@/db/migrate");
const { searchDirectory } = await import("@/lib/support/search");

const db = getDb();
// The search as the console runs it, with a support agent (searchDirectory checks the role only).
const agent = { id: "00000000-0000-0000-0000-000000000000", agencyRole: "support" } as unknown as Parameters<typeof searchDirectory>[0];

// Names drawn from word lists, so that prefixes and close matches have many candidates.
const A = [
  "Santé",
  "Médi",
  "Dossier",
  "Clinic",
  "Pharma",
  "Radio",
  "Bio",
  "Cardio",
  "Télé",
  "Ortho",
  "Kiné",
  "Dento",
  "Neuro",
  "Onco",
  "Pédia",
];
const B = [
  "Soft",
  "Logiciels",
  "Systèmes",
  "Data",
  "Connect",
  "Lab",
  "Care",
  "Solutions",
  "Numérique",
  "Services",
  "Informatique",
  "Édition",
];
const C = [
  "Alpha",
  "Horizon",
  "Azur",
  "Atlantique",
  "Alpes",
  "Provence",
  "Bretagne",
  "Loire",
  "Vallée",
  "Océan",
  "Nord",
  "Sud",
  "Est",
  "Ouest",
  "Centre",
  "Plus",
  "Pro",
  "Expert",
  "Conseil",
  "Groupe",
];
const FORMS = ["SAS", "SARL", "SA", "SCOP", "SASU"];
const CITIES = [
  "Paris",
  "Lyon",
  "Marseille",
  "Toulouse",
  "Nice",
  "Nantes",
  "Strasbourg",
  "Montpellier",
  "Bordeaux",
  "Lille",
  "Rennes",
  "Reims",
  "Saint-Étienne",
  "Le Havre",
  "Grenoble",
  "Dijon",
  "Angers",
  "Nîmes",
  "Clermont-Ferrand",
  "Besançon",
];
const FIRST = [
  "Camille",
  "Lucas",
  "Zoé",
  "Hugo",
  "Inès",
  "Léa",
  "Nora",
  "Jules",
  "Chloé",
  "Louis",
  "Emma",
  "Gabriel",
  "Jade",
  "Raphaël",
  "Louise",
  "Arthur",
  "Alice",
  "Adam",
  "Lina",
  "Noé",
  "Élodie",
  "Théo",
  "Manon",
  "Maël",
  "Anaïs",
  "Sacha",
  "Clément",
  "Margaux",
  "Étienne",
  "Océane",
];
const LAST = [
  "Martin",
  "Bernard",
  "Laurent",
  "Moreau",
  "Petit",
  "Haddad",
  "Durand",
  "Dubois",
  "Lefèvre",
  "Leroy",
  "Roux",
  "Fournier",
  "Girard",
  "Bonnet",
  "Dupont",
  "Lambert",
  "Fontaine",
  "Rousseau",
  "Vincent",
  "Muller",
  "Faure",
  "André",
  "Mercier",
  "Blanc",
  "Guérin",
  "Boyer",
  "Garnier",
  "Chevalier",
  "François",
  "Legrand",
  "Gauthier",
  "Perrin",
  "Robin",
  "Clément",
  "Morin",
  "Nicolas",
  "Henry",
  "Roussel",
  "Mathieu",
  "Gautier",
];
const arr = (xs: string[]) => sql.raw(`array[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(",")}]`);
const pick = (xs: string[], seed: string) => sql`(${arr(xs)})[1 + (abs(hashtext(${sql.raw(seed)})) % ${xs.length})]`;

async function fill(): Promise<void> {
  await runMigrations(db, !pglite);
  await db.execute(sql`
    insert into companies (siren, legal_name, address_line, postal_code, city)
    select lpad((100000000 + i)::text, 9, '0'),
      ${pick(A, "i || 'a'")} || ${pick(B, "i || 'b'")} || ' ' || ${pick(C, "i || 'c'")} || ' ' || ${pick(FORMS, "i || 'f'")},
      i || ' rue de la Santé', lpad((i % 95000)::text, 5, '0'), ${pick(CITIES, "i || 'v'")}
    from generate_series(1, ${COMPANIES}) as i`);
  // Users in batches of 15,000 (one statement each), spread over the companies.
  for (let start = 1; start <= USERS; start += 15_000) {
    const end = Math.min(USERS, start + 14_999);
    await db.execute(sql`
      with names as (
        select i, ${pick(FIRST, "i || 'p'")} as first_name, ${pick(LAST, "i || 'n'")} as last_name from generate_series(${start}::int, ${end}::int) as i
      ), ids as (select id, row_number() over (order by siren) as n from companies)
      insert into users (username, email, first_name, last_name, company_id, company_role, status)
      select lower(translate(first_name || '.' || last_name, 'éèëïÉçô', 'eeeiEco')) || i,
        lower(translate(first_name || '.' || last_name, 'éèëïÉçô', 'eeeiEco')) || i || '@editeur' || (i % 997) || '.example',
        first_name, last_name, ids.id, 'contributor', 'active'
      from names join ids on ids.n = 1 + (i % ${COMPANIES})`);
  }
  // A settled database, as in steady use: GIN pending lists merged, statistics current.
  await db.execute(sql`vacuum analyze companies`);
  await db.execute(sql`vacuum analyze users`);
}

const fillStart = performance.now();
if (!existing) await fill();
const fillSeconds = (performance.now() - fillStart) / 1000;
const counts = await db.execute(sql`select (select count(*) from companies) as companies, (select count(*) from users) as users`);
const row = (Array.isArray(counts) ? counts[0] : (counts as { rows: unknown[] }).rows[0]) as { companies: string; users: string };
console.log(
  `${pglite ? "PGlite" : existing ? `PostgreSQL (${existing.replace(/.*\//, "")}, read only)` : "PostgreSQL"}: ${row.companies} companies, ${row.users} users${existing ? "" : ` (filled in ${fillSeconds.toFixed(1)} s)`}`,
);

// Real values from the data, and their misspellings.
const sample = async <T>(query: ReturnType<typeof sql>): Promise<T[]> => {
  const r = await db.execute(query);
  return (Array.isArray(r) ? r : (r as { rows: T[] }).rows) as T[];
};
const companies = await sample<{ siren: string; legal_name: string; city: string }>(
  sql`select siren, legal_name, city from companies order by random() limit ${RUNS}`,
);
const people = await sample<{ username: string; email: string; last_name: string }>(
  sql`select username, email, last_name from users where company_id is not null order by random() limit ${RUNS}`,
);
// One typo: a letter dropped or two letters swapped, never in the first two letters.
const typo = (s: string, i: number) => {
  const at = 2 + (i % Math.max(1, s.length - 3));
  return i % 2 ? s.slice(0, at) + s.slice(at + 1) : s.slice(0, at) + s[at + 1] + s[at] + s.slice(at + 2);
};
const KINDS: Record<string, (i: number) => string> = {
  "exact SIREN": (i) => companies[i].siren,
  "exact username": (i) => people[i].username,
  "exact email": (i) => people[i].email,
  "name prefix": (i) => companies[i].legal_name.split(" ")[0].slice(0, 6),
  "misspelt name": (i) => typo(companies[i].legal_name.split(" ").slice(0, 2).join(" ").toLowerCase(), i),
  "misspelt username": (i) => typo(people[i].username, i),
  "last name": (i) => people[i].last_name,
  city: (i) => companies[i].city,
};

async function timed(q: string): Promise<{ ms: number; hits: number }> {
  const start = performance.now();
  const hits = await searchDirectory(agent, q);
  return { ms: performance.now() - start, hits: hits.length };
}

/** RUNS queries of one kind, shared among `callers` concurrent loops. */
async function measure(make: (i: number) => string, callers: number): Promise<{ times: number[]; found: number }> {
  const times: number[] = [];
  let found = 0;
  let next = 0;
  const loop = async () => {
    while (next < RUNS) {
      const { ms, hits } = await timed(make(next++));
      times.push(ms);
      if (hits > 0) found++;
    }
  };
  await Promise.all(Array.from({ length: callers }, loop));
  return { times: times.sort((a, b) => a - b), found };
}

for (const q of ["sante", "martin", "demo", "bench"]) await timed(q); // warm-up
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const ms = (x: number) => `${x.toFixed(1).padStart(6)} ms`;
const load = () => `load ${loadavg()[0].toFixed(1)}`;
for (const callers of CONCURRENCY) {
  console.log(`\n${callers} caller${callers > 1 ? "s" : ""} at a time, ${RUNS} queries per kind (${load()} at start)`);
  console.log(`${"query kind".padEnd(18)} ${"p50".padStart(9)} ${"p95".padStart(9)} ${"p99".padStart(9)}  found    load`);
  const all: number[] = [];
  for (const [kind, make] of Object.entries(KINDS)) {
    const { times, found } = await measure(make, callers);
    all.push(...times);
    console.log(
      `${kind.padEnd(18)} ${ms(pct(times, 0.5))} ${ms(pct(times, 0.95))} ${ms(pct(times, 0.99))}  ${`${found}/${RUNS}`.padEnd(8)} ${load()}`,
    );
  }
  all.sort((a, b) => a - b);
  console.log(`${"all".padEnd(18)} ${ms(pct(all, 0.5))} ${ms(pct(all, 0.95))} ${ms(pct(all, 0.99))}  (target p95 ≤ 30 ms)`);
}

await closeDb();
if (!pglite && !existing && !keep) {
  const admin = postgres(`${server}/postgres`, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${dbName} with (force)`);
  await admin.end();
}
