import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { grants, products, users } from "@/db/schema";
import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { findActiveUserById } from "@/lib/auth/users-repo";
import type { AppUser } from "@/lib/auth/types";
import { seedDemo } from "@/tests/integration/fixtures";
import { assertCapability, assertProductAccess, assertStrategyAccess, hasCapability, loadRights } from "./rights";

async function user(username: string): Promise<AppUser> {
  const [row] = await getDb().select({ id: users.id }).from(users).where(eq(users.username, username));
  return (await findActiveUserById(getDb(), row.id))!;
}

async function productOf(companyOwner: string, name: string) {
  const owner = await user(companyOwner);
  const rows = await getDb().select().from(products).where(eq(products.companyId, owner.companyId!));
  return rows.find((p) => p.name === name)!;
}

describe("rights", () => {
  beforeEach(seedDemo);

  it("give the Responsable everything in their company and nothing in another", async () => {
    const responsable = await user("demo.responsable");
    const own = await productOf("demo.responsable", "Dossier Patient");
    const other = await productOf("demo.medisoft", "Agenda Santé");
    const rights = await assertProductAccess(getDb(), responsable, own.id, "validate");
    expect(hasCapability(rights, "create_users")).toBe(true);
    expect(() => assertStrategyAccess(rights, "validate")).not.toThrow();
    await expect(assertProductAccess(getDb(), responsable, other.id, "read")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("give a contributor only what was granted, and take it back at once", async () => {
    const contributor = await user("demo.contributeur");
    const product = await productOf("demo.responsable", "Dossier Patient");
    const rights = await loadRights(getDb(), contributor);
    expect(() => assertCapability(rights, "create_products")).toThrow(ForbiddenError);
    await expect(assertProductAccess(getDb(), contributor, product.id, "read")).rejects.toBeInstanceOf(ForbiddenError);

    await getDb()
      .insert(grants)
      .values({ userId: contributor.id, companyId: contributor.companyId!, kind: "product", productId: product.id, level: "draft" });
    await expect(assertProductAccess(getDb(), contributor, product.id, "draft")).resolves.toBeTruthy();
    await expect(assertProductAccess(getDb(), contributor, product.id, "validate")).rejects.toBeInstanceOf(ForbiddenError);

    await getDb().delete(grants).where(eq(grants.userId, contributor.id));
    await expect(assertProductAccess(getDb(), contributor, product.id, "read")).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuse agency staff any company right", async () => {
    await expect(loadRights(getDb(), await user("demo.operateur"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(loadRights(getDb(), await user("demo.support"))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("are shaped by the database: a product grant needs a product and a level", async () => {
    const contributor = await user("demo.contributeur");
    await expect(
      getDb().insert(grants).values({ userId: contributor.id, companyId: contributor.companyId!, kind: "product", level: "draft" }),
    ).rejects.toThrow();
    await expect(
      getDb().insert(grants).values({ userId: contributor.id, companyId: contributor.companyId!, kind: "create_users", level: "draft" }),
    ).rejects.toThrow();
  });

  it("allow one active Responsable per company only", async () => {
    await expect(
      getDb().update(users).set({ companyRole: "responsable" }).where(eq(users.username, "demo.contributeur")),
    ).rejects.toThrow();
  });
});
