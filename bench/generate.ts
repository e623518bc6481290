// A realistic data set at a chosen scale, loaded with COPY. Scale 100 is 100 times the real
// platform: 44,000 companies, 135,000 users, 70,000 products with their evaluations, answers
// and snapshots, 100,000 account requests. Used by bench/run.ts.
//
// Run (PostgreSQL only; the database is created if missing, and emptied first):
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/conv_bench100 npx tsx bench/generate.ts --scale 100
//
// Every bench user signs in with BENCH_PASSWORD (bench/bench-data.ts): bench.r<n> is the
// Responsable of company n, bench.c<n>.<k> its contributors, bench.op0 an operator.
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import postgres from "postgres";
import { BENCH_PASSWORD, ensureDatabase, scaleArg } from "./bench-data";

process.env.APP_ENV ??= "development";
const url = process.env.DATABASE_URL;
if (!url) throw new Error("Set DATABASE_URL to a PostgreSQL database of its own (e.g. conv_bench100).");
const SCALE = scaleArg();
await ensureDatabase(url);

const { closeDb, getDb } = await import("@/db/client");
const { runMigrations } = await import("@/db/migrate");
const { hashPassword } = await import("@/lib/auth/password");
const { latestVersion, loadQuestionnaire } = await import("@/lib/questionnaires/load");
const { scoreQuestionnaire } = await import("@/lib/scoring/score");
const { snapshotAnswers, toScoringAnswers } = await import("@/lib/evaluations/model");
const { CURRENT_TERMS_VERSION } = await import("@/lib/terms/version");
type StoredAnswer = import("@/lib/evaluations/model").StoredAnswer;
type Questionnaire = import("@/lib/questionnaires/schema").Questionnaire;

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
await runMigrations(getDb(), true);
await closeDb();

const COMPANIES = Math.round(440 * SCALE);
const PRODUCTS = Math.round(700 * SCALE);
const REQUESTS = Math.round(1000 * SCALE);
const sql = postgres(url, { max: 1, onnotice: () => {} });
// Foreign-key and immutability triggers off for this loading session only: the generator
// writes consistent rows, and checking 3 million foreign keys one by one takes minutes.
await sql`set session_replication_role = replica`;
await sql.unsafe(`truncate account_request_events, account_requests, evaluation_snapshots, evaluation_positions, answers, evaluations,
  grants, product_bases, products, documents, audit_events, email_outbox, tokens, login_throttle, users, companies cascade`);
console.log(`Scale ${SCALE}: emptied and migrated (${elapsed()})`);

// Deterministic pseudo-random numbers: two runs at the same scale make the same data.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];

type Cell = string | number | boolean | null | object;
function csvCell(v: Cell): string {
  if (v === null) return "";
  const s = typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v instanceof Date ? v.toISOString() : String(v);
  return /[",\n\r]/.test(s) || s === "" ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Streams rows into one table with COPY … CSV, in writes of about 1 MB. */
async function copy(table: string, columns: string[], rows: Iterable<Cell[]>): Promise<number> {
  const stream = await sql.unsafe(`copy ${table} (${columns.join(", ")}) from stdin with (format csv)`).writable();
  let n = 0;
  function* chunks() {
    let buffer = "";
    for (const row of rows) {
      buffer += row.map(csvCell).join(",") + "\n";
      n++;
      if (buffer.length > 1 << 20) {
        yield buffer;
        buffer = "";
      }
    }
    if (buffer) yield buffer;
  }
  await pipeline(Readable.from(chunks()), stream);
  console.log(`  ${table}: ${n.toLocaleString("en")} rows (${elapsed()})`);
  return n;
}

const now = new Date();
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const passwordHash = await hashPassword(BENCH_PASSWORD);
const CITIES = [
  ["75001", "Paris"],
  ["69002", "Lyon"],
  ["13001", "Marseille"],
  ["31000", "Toulouse"],
  ["33000", "Bordeaux"],
  ["59000", "Lille"],
  ["44000", "Nantes"],
  ["67000", "Strasbourg"],
] as const;
const NAMES = ["Santé", "Médical", "Soins", "Clinique", "Hôpital", "Dossier", "Patient", "Imagerie", "Officine", "Télé"];

// Companies: the SIREN is 9 digits made unique by the index.
const companyIds = Array.from({ length: COMPANIES }, () => randomUUID());
await copy(
  "companies",
  ["id", "siren", "legal_name", "address_line", "postal_code", "city", "status", "created_at"],
  companyIds.map((id, c) => {
    const [postal, city] = pick(CITIES);
    return [
      id,
      String(300_000_000 + c),
      `Bench ${pick(NAMES)} ${c}`,
      `${1 + (c % 120)} rue du Banc`,
      postal,
      city,
      c % 97 === 0 ? "disabled" : "active",
      daysAgo(Math.floor(random() * 1500)),
    ];
  }),
);

// Users: one Responsable per company and about two contributors (135,000 at scale 100),
// plus agency staff.
type UserRow = { id: string; companyIndex: number; role: "responsable" | "contributor"; k: number };
const userRows: UserRow[] = [];
companyIds.forEach((_, c) => {
  userRows.push({ id: randomUUID(), companyIndex: c, role: "responsable", k: 0 });
  const contributors = c % 100 < 7 ? 3 : 2;
  for (let k = 1; k <= contributors; k++) userRows.push({ id: randomUUID(), companyIndex: c, role: "contributor", k });
});
const operatorId = randomUUID();
const terms = CURRENT_TERMS_VERSION;
await copy(
  "users",
  [
    "id",
    "username",
    "email",
    "first_name",
    "last_name",
    "company_id",
    "company_role",
    "agency_role",
    "status",
    "password_hash",
    "terms_version",
    "terms_accepted_at",
    "locale",
    "created_at",
  ],
  (function* () {
    for (const u of userRows) {
      const name = u.role === "responsable" ? `bench.r${u.companyIndex}` : `bench.c${u.companyIndex}.${u.k}`;
      const status = u.k === 3 ? "invited" : u.companyIndex % 53 === 0 && u.k > 0 ? "disabled" : "active";
      yield [
        u.id,
        name,
        `${name}@bench.example`,
        pick(["Rita", "Carl", "Inès", "Marc", "Léa"]),
        `Bench${u.companyIndex}`,
        companyIds[u.companyIndex],
        u.role,
        null,
        status,
        passwordHash,
        terms,
        now,
        u.companyIndex % 10 === 0 ? "en" : "fr",
        daysAgo(100),
      ];
    }
    for (let i = 0; i < 5; i++)
      yield [
        i === 0 ? operatorId : randomUUID(),
        `bench.op${i}`,
        `bench.op${i}@bench.example`,
        "Olga",
        "Operator",
        null,
        null,
        "operator",
        "active",
        passwordHash,
        terms,
        now,
        "fr",
        daysAgo(400),
      ];
    for (let i = 0; i < 5; i++)
      yield [
        randomUUID(),
        `bench.sup${i}`,
        `bench.sup${i}@bench.example`,
        "Sam",
        "Support",
        null,
        null,
        "support",
        "active",
        passwordHash,
        terms,
        now,
        "fr",
        daysAgo(400),
      ];
  })(),
);
const responsables = userRows.filter((u) => u.role === "responsable");
const contributorsByCompany = new Map<number, UserRow[]>();
for (const u of userRows)
  if (u.role === "contributor") contributorsByCompany.set(u.companyIndex, [...(contributorsByCompany.get(u.companyIndex) ?? []), u]);

// Products: skewed like the real catalogue (most companies have one or two, a few dozens).
// Company 0..COMPANIES-1 each get one; the rest go to companies drawn with a power law.
type ProductRow = { id: string; companyIndex: number; n: number; kind: "base" | "option" };
const productRows: ProductRow[] = [];
for (let p = 0; p < PRODUCTS; p++) {
  const companyIndex = p < COMPANIES ? p : Math.floor(COMPANIES * random() ** 3);
  productRows.push({ id: randomUUID(), companyIndex, n: p, kind: p % 9 === 8 ? "option" : "base" });
}
const DEVICES = ["Website", "Mobile", "Desktop"];
await copy(
  "products",
  [
    "id",
    "company_id",
    "kind",
    "name",
    "version",
    "os",
    "device",
    "commercial_name",
    "in_catalogue",
    "status",
    "created_by_id",
    "created_at",
  ],
  productRows.map((p) => [
    p.id,
    companyIds[p.companyIndex],
    p.kind,
    `Logiciel ${pick(NAMES)} ${p.n}`,
    `${1 + (p.n % 5)}.${p.n % 10}`,
    pick(["Web", "Windows", "Android", "iOS"]),
    pick(DEVICES),
    random() < 0.4 ? `${pick(NAMES)} Connect ${p.n}` : null,
    random() < 0.3,
    p.n % 23 === 0 ? "archived" : "active",
    responsables[p.companyIndex].id,
    daysAgo(Math.floor(random() * 900)),
  ]),
);

// Contributors: draft or validate rights on their company's products, and on the strategy.
await copy(
  "grants",
  ["id", "user_id", "company_id", "kind", "product_id", "level"],
  (function* () {
    for (const p of productRows)
      for (const u of contributorsByCompany.get(p.companyIndex) ?? [])
        yield [randomUUID(), u.id, companyIds[p.companyIndex], "product", p.id, u.k === 1 ? "validate" : "draft"];
    for (const [c, list] of contributorsByCompany)
      for (const u of list) yield [randomUUID(), u.id, companyIds[c], "strategy", null, u.k === 1 ? "validate" : "draft"];
  })(),
);

// Evaluations: each product on some themes, each company on the strategy questionnaire for
// half of them; 45 % validated (with a snapshot), the drafts partly answered.
const THEMES = ["interoperability", "security", "urbanisation"] as const;
const THEME_SHARE = { interoperability: 0.7, security: 0.55, urbanisation: 0.4, strategy: 0.5 };
const questionnaires = new Map<string, Questionnaire>(
  [...THEMES, "strategy" as const].map((theme) => [theme, loadQuestionnaire(theme, latestVersion(theme)!)]),
);

function answersFor(q: Questionnaire, share: number, at: string): StoredAnswer[] {
  const out: StoredAnswer[] = [];
  for (const section of q.sections) {
    for (const item of section.items) {
      if (random() > share) continue;
      const base = {
        itemId: item.id,
        value: null,
        level: null,
        notConcerned: false,
        justification: null,
        plannedDate: null,
        comment: null,
        evidenceDocumentId: null,
        evidenceName: null,
        evidenceUrl: null,
        revision: 1 + Math.floor(random() * 3),
        updatedAt: at,
        updatedBy: null,
      };
      if (item.kind === "qualifier") {
        const value =
          item.type === "boolean"
            ? random() < 0.6
            : item.type === "single"
              ? pick(item.options).value
              : item.options.filter(() => random() < 0.4).map((o) => o.value);
        out.push({ ...base, value });
      } else if (random() < 0.05) {
        out.push({ ...base, notConcerned: true, justification: "Hors périmètre du produit" });
      } else {
        const level = pick([0, 1, 2, 3, 3, 4] as const);
        out.push({
          ...base,
          level,
          plannedDate: level === 1 || level === 2 ? "2027-06-30" : null,
          comment: random() < 0.3 ? "Commentaire de suivi, avec quelques précisions." : null,
          evidenceUrl: random() < 0.2 ? "https://www.exemple.fr/preuve" : null,
        });
      }
    }
  }
  return out;
}

type Evaluation = {
  id: string;
  companyIndex: number;
  productId: string | null;
  theme: string;
  validated: boolean;
  at: Date;
  answers: StoredAnswer[];
  updatedBy: string;
};
const evaluations: Evaluation[] = [];
const subjects = [
  ...productRows.flatMap((p) =>
    THEMES.filter((t) => random() < THEME_SHARE[t]).map((theme) => ({
      companyIndex: p.companyIndex,
      productId: p.id as string | null,
      theme: theme as string,
    })),
  ),
  ...companyIds.flatMap((_, c) => (random() < THEME_SHARE.strategy ? [{ companyIndex: c, productId: null, theme: "strategy" }] : [])),
];
for (const s of subjects) {
  const validated = random() < 0.45;
  const at = daysAgo(Math.floor(random() * 300));
  const editor = contributorsByCompany.get(s.companyIndex)?.[0]?.id ?? responsables[s.companyIndex].id;
  evaluations.push({
    id: randomUUID(),
    ...s,
    validated,
    at,
    answers: answersFor(questionnaires.get(s.theme)!, validated ? 1 : 0.3 + random() * 0.7, at.toISOString()),
    updatedBy: editor,
  });
}
await copy(
  "evaluations",
  [
    "id",
    "company_id",
    "product_id",
    "theme",
    "questionnaire_version",
    "status",
    "revision",
    "started_by_id",
    "validated_by_id",
    "validated_at",
    "created_at",
    "updated_at",
  ],
  evaluations.map((e) => [
    e.id,
    companyIds[e.companyIndex],
    e.productId,
    e.theme,
    questionnaires.get(e.theme)!.version,
    e.validated ? "validated" : "draft",
    e.answers.length + 1,
    e.updatedBy,
    e.validated ? responsables[e.companyIndex].id : null,
    e.validated ? e.at : null,
    e.at,
    e.at,
  ]),
);
await copy(
  "answers",
  [
    "evaluation_id",
    "item_id",
    "value",
    "level",
    "not_concerned",
    "justification",
    "planned_date",
    "comment",
    "evidence_url",
    "revision",
    "updated_by_id",
    "updated_at",
  ],
  (function* () {
    for (const e of evaluations)
      for (const a of e.answers)
        yield [
          e.id,
          a.itemId,
          a.value === null ? null : JSON.stringify(a.value),
          a.level,
          a.notConcerned,
          a.justification,
          a.plannedDate,
          a.comment,
          a.evidenceUrl,
          a.revision,
          e.updatedBy,
          e.at,
        ];
  })(),
);
await copy(
  "evaluation_snapshots",
  [
    "id",
    "evaluation_id",
    "company_id",
    "product_id",
    "theme",
    "questionnaire_version",
    "answers",
    "result",
    "score",
    "maturity",
    "compliant",
    "validated_by_id",
    "validated_at",
  ],
  (function* () {
    for (const e of evaluations) {
      if (!e.validated) continue;
      const q = questionnaires.get(e.theme)!;
      const byId = Object.fromEntries(e.answers.map((a) => [a.itemId, a]));
      const result = scoreQuestionnaire(q, toScoringAnswers(q, byId));
      yield [
        randomUUID(),
        e.id,
        companyIds[e.companyIndex],
        e.productId,
        e.theme,
        q.version,
        snapshotAnswers(byId),
        result,
        result.score,
        result.maturity?.id ?? null,
        result.compliant,
        responsables[e.companyIndex].id,
        e.at,
      ];
    }
  })(),
);

// Account requests: one approved per company, the rest spread over the other states.
const year = now.getUTCFullYear();
const requestIds: string[] = [];
await copy(
  "account_requests",
  [
    "id",
    "reference",
    "status",
    "siren",
    "legal_name",
    "address_line",
    "postal_code",
    "city",
    "first_name",
    "last_name",
    "email",
    "phone",
    "job_title",
    "is_legal_representative",
    "locale",
    "terms_version",
    "terms_accepted_at",
    "decision_reason",
    "company_id",
    "user_id",
    "decided_by_id",
    "decided_at",
    "created_at",
    "updated_at",
  ],
  (function* () {
    for (let r = 0; r < REQUESTS; r++) {
      const approved = r < COMPANIES;
      const roll = random();
      const status = approved ? "approved" : roll < 0.35 ? "pending" : roll < 0.5 ? "info_requested" : "rejected";
      const created = daysAgo(approved ? 200 + Math.floor(random() * 1300) : Math.floor(random() * 400));
      const id = randomUUID();
      requestIds.push(id);
      const [postal, city] = pick(CITIES);
      yield [
        id,
        `DEM-${year}-${String(r + 1).padStart(6, "0")}`,
        status,
        String(approved ? 300_000_000 + r : 600_000_000 + r),
        `${pick(NAMES)} ${approved ? `Bench ${r}` : `Demande ${r}`}`,
        "2 avenue des Tests",
        postal,
        city,
        pick(["Anne", "Paul", "Zoé"]),
        `Demandeur${r}`,
        `demande${r}@bench.example`,
        "0102030405",
        "Directrice technique",
        random() < 0.7,
        "fr",
        terms,
        created,
        status === "rejected" ? "Entreprise déjà inscrite" : null,
        approved ? companyIds[r] : null,
        approved ? responsables[r].id : null,
        status === "pending" ? null : operatorId,
        status === "pending" ? null : created,
        created,
        created,
      ];
    }
  })(),
);
await copy(
  "account_request_events",
  ["id", "request_id", "kind", "actor_id", "at"],
  requestIds.map((id, r) => [randomUUID(), id, "submitted", null, daysAgo(r < COMPANIES ? 200 : 0)]),
);
await sql`select setval('account_request_number_seq', ${REQUESTS + 1})`;
// As autovacuum would have by now on a live database: index-only scans need the visibility map.
await sql`vacuum analyze`;
await sql.end();
console.log(`Done: scale ${SCALE} in ${elapsed()}.`);
