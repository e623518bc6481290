// Fills a database with BENCH_PRODUCTS products (default 10,000) spread over companies of 20
// products, each evaluated on every product theme (newest version, every item answered), half
// of them validated with a snapshot, plus one strategy evaluation per company. Used by
// bench/evaluation-speed.ts.
//
// Run (PostgreSQL, a database of its own, created if missing):
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/convergence_bench npx tsx bench/generate-evaluations.ts
// Run (PGlite): PGLITE_DIR=.data/bench npx tsx bench/generate-evaluations.ts
// Existing bench data is kept; pass --reset to drop it and start again.
import { randomUUID } from "node:crypto";
import postgres from "postgres";

process.env.APP_ENV ??= "development";
if (!process.env.DATABASE_URL) process.env.PGLITE_DIR ??= ".data/bench";

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 10_000);
const PER_COMPANY = 20;
const RESET = process.argv.includes("--reset");

async function ensureServerDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unexpected database name "${name}"`);
  const admin = postgres(Object.assign(new URL(url), { pathname: "/postgres" }).toString(), { max: 1, onnotice: () => {} });
  const exists = await admin`select 1 from pg_database where datname = ${name}`;
  if (exists.length === 0) await admin.unsafe(`create database ${name}`);
  await admin.end();
}

if (process.env.DATABASE_URL) await ensureServerDatabase(process.env.DATABASE_URL);

const { sql, like } = await import("drizzle-orm");
const { closeDb, getDb } = await import("@/db/client");
const { runMigrations } = await import("@/db/migrate");
const schema = await import("@/db/schema");
const { latestVersion, loadQuestionnaire } = await import("@/lib/questionnaires/load");
const { scoreQuestionnaire } = await import("@/lib/scoring/score");
const { snapshotAnswers, toScoringAnswers } = await import("@/lib/evaluations/model");
type StoredAnswer = import("@/lib/evaluations/model").StoredAnswer;
type Questionnaire = import("@/lib/questionnaires/schema").Questionnaire;

const db = getDb();
await runMigrations(db, Boolean(process.env.DATABASE_URL));

const existing = await db
  .select({ n: sql<number>`count(*)::int` })
  .from(schema.companies)
  .where(like(schema.companies.legalName, "Bench %"));
if (existing[0].n > 0 && !RESET) {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(schema.products);
  console.log(`Bench data already present (${existing[0].n} companies, ${n} products). Pass --reset to regenerate.`);
  await closeDb();
  process.exit(0);
}
if (RESET) {
  // Snapshots refuse deletion by trigger: lift triggers for this bench database only.
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(
      sql`truncate evaluation_snapshots, evaluation_positions, answers, evaluations, grants, product_bases, products, documents, audit_events, users, companies cascade`,
    );
  });
}

// A deterministic pseudo-random sequence, so that two runs produce comparable data.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];

const THEMES = ["interoperability", "security", "urbanisation"] as const;
const questionnaires = new Map<string, Questionnaire>(
  [...THEMES, "strategy" as const].map((theme) => [theme, loadQuestionnaire(theme, latestVersion(theme)!)]),
);

function answersFor(q: Questionnaire): StoredAnswer[] {
  const out: StoredAnswer[] = [];
  const now = new Date().toISOString();
  for (const section of q.sections) {
    for (const item of section.items) {
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
        revision: 1,
        updatedAt: now,
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

async function insertMany<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

const started = performance.now();
const companyCount = Math.ceil(PRODUCTS / PER_COMPANY);
let made = { products: 0, evaluations: 0, answers: 0, snapshots: 0 };

// One company at a time, in one transaction each: memory stays flat and progress shows.
for (let c = 0; c < companyCount; c++) {
  await db.transaction(async (tx) => {
    const companyId = randomUUID();
    await tx.insert(schema.companies).values({
      id: companyId,
      siren: String(700_000_000 + c),
      legalName: `Bench ${c}`,
      addressLine: "1 rue du Banc",
      postalCode: "75001",
      city: "Paris",
    });
    const responsableId = randomUUID();
    const contributorId = randomUUID();
    await tx.insert(schema.users).values([
      {
        id: responsableId,
        username: `bench.r${c}`,
        email: `bench.r${c}@bench.example`,
        firstName: "Rita",
        lastName: `Bench${c}`,
        companyId,
        companyRole: "responsable",
        status: "active",
        passwordHash: "bench",
      },
      {
        id: contributorId,
        username: `bench.c${c}`,
        email: `bench.c${c}@bench.example`,
        firstName: "Carl",
        lastName: `Bench${c}`,
        companyId,
        companyRole: "contributor",
        status: "active",
        passwordHash: "bench",
      },
    ]);
    const count = Math.min(PER_COMPANY, PRODUCTS - c * PER_COMPANY);
    const productIds = Array.from({ length: count }, () => randomUUID());
    await tx.insert(schema.products).values(
      productIds.map((id, p) => ({
        id,
        companyId,
        kind: "base" as const,
        name: `Produit ${p}`,
        version: "1.0",
        os: "Web",
        device: "Website",
        createdById: responsableId,
      })),
    );
    await tx.insert(schema.grants).values([
      ...productIds.map((productId, p) => ({
        userId: contributorId,
        companyId,
        kind: "product" as const,
        productId,
        level: p % 2 ? ("validate" as const) : ("draft" as const),
      })),
      { userId: contributorId, companyId, kind: "strategy" as const, level: "draft" as const },
    ]);

    const evaluationRows: (typeof schema.evaluations.$inferInsert)[] = [];
    const answerRows: (typeof schema.answers.$inferInsert)[] = [];
    const snapshotRows: (typeof schema.evaluationSnapshots.$inferInsert)[] = [];
    const subjects = [
      ...productIds.flatMap((productId) => THEMES.map((theme) => ({ productId: productId as string | null, theme: theme as string }))),
      { productId: null, theme: "strategy" },
    ];
    for (const subject of subjects) {
      const q = questionnaires.get(subject.theme)!;
      const id = randomUUID();
      const stored = answersFor(q);
      const validated = random() < 0.5;
      const at = new Date(Date.now() - Math.floor(random() * 300) * 86_400_000);
      evaluationRows.push({
        id,
        companyId,
        productId: subject.productId,
        theme: subject.theme,
        questionnaireVersion: q.version,
        status: validated ? "validated" : "draft",
        revision: stored.length + 1,
        startedById: contributorId,
        validatedById: validated ? responsableId : null,
        validatedAt: validated ? at : null,
      });
      for (const a of stored) {
        answerRows.push({
          evaluationId: id,
          itemId: a.itemId,
          value: a.value,
          level: a.level,
          notConcerned: a.notConcerned,
          justification: a.justification,
          plannedDate: a.plannedDate,
          comment: a.comment,
          evidenceUrl: a.evidenceUrl,
          updatedById: contributorId,
        });
      }
      if (validated) {
        const byId = Object.fromEntries(stored.map((a) => [a.itemId, a]));
        const result = scoreQuestionnaire(q, toScoringAnswers(q, byId));
        snapshotRows.push({
          evaluationId: id,
          companyId,
          productId: subject.productId,
          theme: subject.theme,
          questionnaireVersion: q.version,
          answers: snapshotAnswers(byId),
          result: result as unknown as Record<string, unknown>,
          score: result.score,
          maturity: result.maturity?.id ?? null,
          compliant: result.compliant,
          validatedById: responsableId,
          validatedAt: at,
        });
      }
    }
    await insertMany(evaluationRows, 500, (chunk) => tx.insert(schema.evaluations).values(chunk));
    await insertMany(answerRows, 1000, (chunk) => tx.insert(schema.answers).values(chunk));
    await insertMany(snapshotRows, 100, (chunk) => tx.insert(schema.evaluationSnapshots).values(chunk));
    made = {
      products: made.products + count,
      evaluations: made.evaluations + evaluationRows.length,
      answers: made.answers + answerRows.length,
      snapshots: made.snapshots + snapshotRows.length,
    };
  });
  if ((c + 1) % 50 === 0 || c === companyCount - 1) {
    console.log(
      `${c + 1}/${companyCount} companies — ${made.products} products, ${made.evaluations} evaluations, ${made.answers} answers, ${made.snapshots} snapshots (${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
}
await db.execute(sql`analyze`);
console.log(
  `Done in ${((performance.now() - started) / 1000).toFixed(0)} s on ${process.env.DATABASE_URL ? "PostgreSQL" : `PGlite (${process.env.PGLITE_DIR})`}.`,
);
await closeDb();
