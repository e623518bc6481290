export {}; // a module, so that top-level await is allowed
// Support search at 100× the demo scale (44,000 companies, 135,000 users): fills a
// throw-away database, then prints p50/p95/max of the search statement per kind of query.
// Run: npx tsx bench/support-search.ts            (PostgreSQL server: postgres://postgres@127.0.0.1:5432)
//      BENCH_PGLITE=1 npx tsx bench/support-search.ts   (embedded PGlite, in memory)
// Options: BENCH_COMPANIES, BENCH_USERS, BENCH_RUNS (queries per kind, default 200).
import postgres from "postgres";

const COMPANIES = Number(process.env.BENCH_COMPANIES ?? 44_000);
const USERS = Number(process.env.BENCH_USERS ?? 135_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const pglite = process.env.BENCH_PGLITE === "1";
const server = process.env.BENCH_SERVER ?? "postgres://postgres@127.0.0.1:5432";
const dbName = "conv_bench_support";

process.env.APP_ENV = "test";
if (pglite) process.env.PGLITE_DIR = "memory://";
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
const { runSearch, SIMILARITY_THRESHOLD } = await import("@/lib/support/search");

const db = getDb();
await runMigrations(db, !pglite);

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

const fillStart = performance.now();
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
const fillSeconds = (performance.now() - fillStart) / 1000;
const counts = await db.execute(sql`select (select count(*) from companies) as companies, (select count(*) from users) as users`);
const row = (Array.isArray(counts) ? counts[0] : (counts as { rows: unknown[] }).rows[0]) as { companies: string; users: string };
console.log(`${pglite ? "PGlite" : "PostgreSQL"}: ${row.companies} companies, ${row.users} users (filled in ${fillSeconds.toFixed(1)} s)`);

// Real values from the data, and their misspellings.
const sample = async <T>(query: ReturnType<typeof sql>): Promise<T[]> => {
  const r = await db.execute(query);
  return (Array.isArray(r) ? r : (r as { rows: T[] }).rows) as T[];
};
const companies = await sample<{ siren: string; legal_name: string; city: string }>(
  sql`select siren, legal_name, city from companies order by random() limit ${RUNS}`,
);
const people = await sample<{ username: string; email: string; last_name: string }>(
  sql`select username, email, last_name from users order by random() limit ${RUNS}`,
);
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
  // What searchDirectory runs (minus the role check): the threshold, then the one statement.
  const hits = await db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(SIMILARITY_THRESHOLD)}, true)`);
    return runSearch(tx, q);
  });
  return { ms: performance.now() - start, hits: hits.length };
}

for (const q of ["sante", "martin", "demo"]) await timed(q); // warm-up
const all: number[] = [];
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))];
console.log(`${"query kind".padEnd(18)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"max".padStart(8)}  found`);
for (const [kind, make] of Object.entries(KINDS)) {
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < RUNS; i++) {
    const { ms, hits } = await timed(make(i));
    times.push(ms);
    if (hits > 0) found++;
  }
  times.sort((a, b) => a - b);
  all.push(...times);
  console.log(
    `${kind.padEnd(18)} ${pct(times, 0.5).toFixed(1).padStart(6)} ms ${pct(times, 0.95).toFixed(1).padStart(6)} ms ${times[times.length - 1].toFixed(1).padStart(6)} ms  ${found}/${RUNS}`,
  );
}
all.sort((a, b) => a - b);
console.log(
  `${"all".padEnd(18)} ${pct(all, 0.5).toFixed(1).padStart(6)} ms ${pct(all, 0.95).toFixed(1).padStart(6)} ms ${all[all.length - 1].toFixed(1).padStart(6)} ms  (target p95 ≤ 30 ms)`,
);

await closeDb();
if (!pglite) {
  const admin = postgres(`${server}/postgres`, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${dbName} with (force)`);
  await admin.end();
}
