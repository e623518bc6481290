import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, grants, products, users } from "@/db/schema";
import type { AppUser } from "@/lib/auth/types";
import { findActiveUserById } from "@/lib/auth/users-repo";
import { seedDemo } from "@/tests/integration/fixtures";

/** The actors of the permission matrix, one column each. */
export const ROLES = [
  "anonymous",
  "contributorNone",
  "contributorDraft",
  "contributorValidate",
  "responsable",
  "otherResponsable",
  "operator",
  "support",
  "admin",
] as const;
export type Role = (typeof ROLES)[number];

/**
 * The demo data plus what the matrix needs, all in company 812345676 ("A") unless said:
 * - contributorNone is demo.contributeur (no grant); contributorDraft and contributorValidate
 *   hold that level on `productId` and on the strategy questionnaire, nothing else;
 * - `otherProductId` is another product of A that no contributor holds;
 * - `foreignProductId` belongs to company 902158732 ("B"), whose Responsable is otherResponsable;
 * - members that actions can target without touching an actor: an active contributor with
 *   no rights (`spare`), an invited one (`invited`) and a disabled one (`disabled`) in A, and
 *   an active contributor of B (`foreign`).
 */
export type World = {
  companyId: string;
  otherCompanyId: string;
  productId: string;
  otherProductId: string;
  foreignProductId: string;
  actors: Record<Exclude<Role, "anonymous">, AppUser>;
  members: { spare: string; invited: string; disabled: string; foreign: string };
};

/** One case of the matrix: `run` performs the action or read as `actor`; `allowed` lists who may. */
export type MatrixCase = {
  area: string;
  name: string;
  run: (actor: AppUser | null, world: World) => Promise<unknown>;
  allowed: readonly Role[];
};

async function addContributor(companyId: string, username: string, status: "active" | "invited" | "disabled"): Promise<string> {
  const [row] = await getDb()
    .insert(users)
    .values({
      username,
      email: `${username}@matrix.example`,
      firstName: username,
      lastName: "Matrix",
      companyId,
      companyRole: "contributor",
      status,
      passwordHash: status === "invited" ? null : "not-a-real-hash",
    })
    .returning({ id: users.id });
  return row.id;
}

async function actor(username: string): Promise<AppUser> {
  const [row] = await getDb().select({ id: users.id }).from(users).where(eq(users.username, username));
  const user = row && (await findActiveUserById(getDb(), row.id));
  if (!user) throw new Error(`matrix world: no active user ${username}`);
  return user;
}

export async function buildWorld(): Promise<World> {
  await seedDemo();
  const db = getDb();
  const companyRows = await db
    .select({ id: companies.id, siren: companies.siren })
    .from(companies)
    .where(inArray(companies.siren, ["812345676", "902158732"]));
  const companyId = companyRows.find((c) => c.siren === "812345676")!.id;
  const otherCompanyId = companyRows.find((c) => c.siren === "902158732")!.id;
  const own = await db
    .select({ id: products.id, os: products.os, kind: products.kind })
    .from(products)
    .where(eq(products.companyId, companyId));
  const productId = own.find((p) => p.kind === "base" && p.os === "Windows")!.id;
  const otherProductId = own.find((p) => p.id !== productId)!.id;
  const [foreign] = await db.select({ id: products.id }).from(products).where(eq(products.companyId, otherCompanyId));

  const draftId = await addContributor(companyId, "matrix.draft", "active");
  const validateId = await addContributor(companyId, "matrix.validate", "active");
  for (const [userId, level] of [
    [draftId, "draft"],
    [validateId, "validate"],
  ] as const) {
    await db.insert(grants).values([
      { userId, companyId, kind: "product", productId, level },
      { userId, companyId, kind: "strategy", level },
    ]);
  }
  const members = {
    spare: await addContributor(companyId, "matrix.spare", "active"),
    invited: await addContributor(companyId, "matrix.invited", "invited"),
    disabled: await addContributor(companyId, "matrix.disabled", "disabled"),
    foreign: await addContributor(otherCompanyId, "matrix.foreign", "active"),
  };
  // The spare member holds one grant, so that revoking has something to revoke.
  await db.insert(grants).values({ userId: members.spare, companyId, kind: "product", productId: otherProductId, level: "draft" });

  const actors = {
    contributorNone: await actor("demo.contributeur"),
    contributorDraft: await actor("matrix.draft"),
    contributorValidate: await actor("matrix.validate"),
    responsable: await actor("demo.responsable"),
    otherResponsable: await actor("demo.medisoft"),
    operator: await actor("demo.operateur"),
    support: await actor("demo.support"),
    admin: await actor("demo.admin"),
  };
  // Sanity: the world is what the cases assume.
  const check = await db
    .select({ id: grants.id })
    .from(grants)
    .where(and(eq(grants.companyId, companyId), eq(grants.productId, productId)));
  if (check.length !== 2) throw new Error("matrix world: grants not as expected");
  return { companyId, otherCompanyId, productId, otherProductId, foreignProductId: foreign.id, actors, members };
}
