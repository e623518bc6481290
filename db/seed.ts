import { fileURLToPath } from "node:url";
import { and, eq, inArray, sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { env } from "@/lib/env";
import { closeDb, getDb, type Db } from "./client";
import { companies, productBases, products, users } from "./schema";
import { DEMO_COMPANIES, DEMO_PASSWORD, DEMO_PRODUCTS, DEMO_USERS } from "./seed-data";

export const TERMS_VERSION_SEEDED = "2026-01";

/** Inserts the demo data; rows that already exist (by their unique keys) are left alone. */
export async function seed(db: Db = getDb()): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await tx
      .insert(companies)
      .values([...DEMO_COMPANIES])
      .onConflictDoNothing();
    const companyRows = await tx
      .select({ id: companies.id, siren: companies.siren })
      .from(companies)
      .where(
        inArray(
          companies.siren,
          DEMO_COMPANIES.map((c) => c.siren),
        ),
      );
    const companyId = new Map(companyRows.map((c) => [c.siren, c.id]));

    await tx
      .insert(users)
      .values(
        DEMO_USERS.map((u) => ({
          username: u.username,
          email: u.email,
          firstName: u.firstName,
          lastName: u.lastName,
          companyId: u.company ? companyId.get(u.company)! : null,
          companyRole: u.companyRole ?? null,
          agencyRole: u.agencyRole ?? null,
          status: "active" as const,
          passwordHash,
          termsVersion: TERMS_VERSION_SEEDED,
          termsAcceptedAt: new Date(),
        })),
      )
      .onConflictDoNothing();

    for (const p of DEMO_PRODUCTS) {
      const cid = companyId.get(p.company)!;
      await tx
        .insert(products)
        .values({ ...p, companyId: cid, commercialName: p.commercialName ?? null })
        .onConflictDoNothing();
    }
    // The demo option extends the company's desktop base product.
    const [option] = await tx
      .select({ id: products.id })
      .from(products)
      .where(and(eq(products.kind, "option"), eq(products.companyId, companyId.get("812345676")!)));
    const [base] = await tx
      .select({ id: products.id })
      .from(products)
      .where(and(eq(products.companyId, companyId.get("812345676")!), eq(products.kind, "base"), sql`lower(${products.os}) = 'windows'`));
    if (option && base) await tx.insert(productBases).values({ optionId: option.id, baseId: base.id }).onConflictDoNothing();
  });
}

async function main() {
  if (env().APP_ENV === "production") {
    console.error("Refusing to load demo data into a production environment (APP_ENV=production).");
    process.exit(1);
  }
  await seed();
  console.log("Demo data loaded (existing rows left untouched).");
  await closeDb();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
