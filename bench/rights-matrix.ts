// The team rights pages at 200 products × 30 contributors (issue 12): builds that company in
// its own embedded database, then measures what the pages call and how much form each sends.
// - the summary (/team/rights): readRightsMatrix, one line per contributor;
// - one contributor's page (/team/rights/[id]): readMemberRights without and with a search,
//   and the HTML of its form, against the former grid (one select per product and person).
//
// Run: npx tsx bench/rights-matrix.ts      (BENCH_RUNS=50 by default)
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { createElement, type ComponentProps } from "react";
import { renderToString } from "react-dom/server";

process.env.APP_ENV ??= "development";
process.env.PGLITE_DIR = ".data/bench-rights";
rmSync(process.env.PGLITE_DIR, { recursive: true, force: true });
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const PRODUCTS = 200;
const CONTRIBUTORS = 30;

const { closeDb, getDb } = await import("@/db/client");
const { runMigrations } = await import("@/db/migrate");
const schema = await import("@/db/schema");
const { findActiveUserById } = await import("@/lib/auth/users-repo");
const { readMemberRights, readRightsMatrix } = await import("@/lib/team/grants");
const { MESSAGES } = await import("@/lib/i18n/messages");
const { NextIntlClientProvider } = await import("next-intl");
const { RightsForm } = await import("@/app/(portal)/team/_components/rights-form");

const db = getDb();
await runMigrations(db);
const companyId = randomUUID();
const responsableId = randomUUID();
await db
  .insert(schema.companies)
  .values({ id: companyId, siren: "732829320", legalName: "Bench Droits", addressLine: "1 rue", postalCode: "75001", city: "Paris" });
await db.insert(schema.users).values({
  id: responsableId,
  username: "bench.rights",
  email: "bench.rights@bench.example",
  firstName: "Rita",
  lastName: "Bench",
  companyId,
  companyRole: "responsable",
  status: "active",
  passwordHash: "bench",
});
const productIds = Array.from({ length: PRODUCTS }, () => randomUUID());
await db.insert(schema.products).values(
  productIds.map((id, i) => ({
    id,
    companyId,
    kind: "base" as const,
    name: `Produit ${String(i).padStart(3, "0")}`,
    version: "1.0",
    os: "Windows",
    device: "Desktop",
  })),
);
const contributorIds = Array.from({ length: CONTRIBUTORS }, () => randomUUID());
await db.insert(schema.users).values(
  contributorIds.map((id, i) => ({
    id,
    username: `bench.c${i}`,
    email: `bench.c${i}@bench.example`,
    firstName: "Carl",
    lastName: `Bench${i}`,
    companyId,
    companyRole: "contributor" as const,
    status: "active" as const,
    passwordHash: "bench",
  })),
);
// Each contributor holds a right on a fifth of the products.
await db.insert(schema.grants).values(
  contributorIds.flatMap((userId, c) =>
    productIds
      .filter((_, p) => (p + c) % 5 === 0)
      .map((productId, k) => ({
        userId,
        companyId,
        kind: "product" as const,
        productId,
        level: k % 2 ? ("validate" as const) : ("draft" as const),
      })),
  ),
);
const user = (await findActiveUserById(db, responsableId))!;

async function time(label: string, run: () => Promise<unknown>) {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const pct = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))].toFixed(1);
  console.log(`${label.padEnd(44)} median ${pct(0.5)} ms · p95 ${pct(0.95)} ms`);
}

console.log(`${PRODUCTS} products × ${CONTRIBUTORS} contributors, ${RUNS} runs each (embedded PGlite)`);
await time("summary: readRightsMatrix", () => readRightsMatrix(db, user));
await time("one contributor: readMemberRights", () => readMemberRights(db, user, contributorIds[7]));
await time('one contributor, search "Produit 17"', () => readMemberRights(db, user, contributorIds[7], "Produit 17"));

const view = await readMemberRights(db, user, contributorIds[7]);
const form = createElement(RightsForm, {
  contributor: view.contributor,
  products: view.products.map((p) => ({ id: p.id, label: p.name })),
  caption: "Droits",
});
const intl = { locale: "fr", messages: MESSAGES.fr, timeZone: "Europe/Paris" } as ComponentProps<typeof NextIntlClientProvider>;
const html = renderToString(createElement(NextIntlClientProvider, intl, form));
const selects = (html.match(/<select/g) ?? []).length;
console.log(
  `one contributor's form: ${selects} selects, ${(html.length / 1024).toFixed(0)} KB of HTML (${view.products.length} of ${view.matching} products shown)`,
);
console.log(`the former grid: ${PRODUCTS * CONTRIBUTORS + CONTRIBUTORS} selects in one form (one per product and contributor)`);
await closeDb();
