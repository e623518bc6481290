import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, grants, products } from "@/db/schema";
import { ActionError, ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { listAccessibleProducts } from "@/lib/rights/accessible-products";
import { assertProductAccess } from "@/lib/rights/rights";
import { buildWorld, type World } from "@/tests/integration/permission-matrix/world";
import { grantCreatorDraft } from "./creator-grant";
import { readMemberRights, readRightsMatrix, saveRights, setGrant } from "./grants";
import { listMembers, parseMemberQuery } from "./members";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

describe("rights editing", () => {
  it("applies only what changed, one audit event per change, and the matrix shows it", async () => {
    const spare = w.members.spare;
    const result = await saveRights(getDb(), w.actors.responsable, [
      {
        userId: spare,
        cells: [
          { kind: "create_users", enabled: false },
          { kind: "create_products", enabled: true },
          { kind: "strategy", level: "draft" },
          { kind: "product", productId: w.productId, level: "validate" },
          { kind: "product", productId: w.otherProductId, level: null },
        ],
      },
    ]);
    expect(result).toEqual({ changed: 4 });
    const audit = await getDb().select().from(auditEvents).where(eq(auditEvents.entityId, spare));
    expect(audit.map((a) => `${a.action}:${(a.data as { kind: string }).kind}`).sort()).toEqual([
      "team.grant_revoked:product",
      "team.grant_set:create_products",
      "team.grant_set:product",
      "team.grant_set:strategy",
    ]);
    const matrix = await readRightsMatrix(getDb(), w.actors.responsable);
    expect(matrix.contributors.find((c) => c.id === spare)).toMatchObject({
      createUsers: false,
      createProducts: true,
      strategy: "draft",
      products: { [w.productId]: "validate" },
    });
    expect(matrix.products.map((p) => p.id)).toContain(w.productId);
    // Saving the same thing again changes nothing.
    expect(await setGrant(getDb(), w.actors.responsable, spare, { kind: "strategy", level: "draft" })).toEqual({ changed: 0 });
  });

  it("a revoked right takes effect at the next call, even for a user already signed in", async () => {
    const draft = w.actors.contributorDraft;
    expect((await listAccessibleProducts(getDb(), draft)).map((p) => p.id)).toEqual([w.productId]);
    await assertProductAccess(getDb(), draft, w.productId, "draft");
    await setGrant(getDb(), w.actors.responsable, draft.id, { kind: "product", productId: w.productId, level: null });
    expect(await listAccessibleProducts(getDb(), draft)).toEqual([]);
    await expect(assertProductAccess(getDb(), draft, w.productId, "read")).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses the Responsable as a target, archived and foreign products", async () => {
    await expect(
      setGrant(getDb(), w.actors.responsable, w.actors.responsable.id, { kind: "create_users", enabled: true }),
    ).rejects.toMatchObject({ messageKey: "team.errors.notAContributor" });
    await expect(
      setGrant(getDb(), w.actors.responsable, w.members.foreign, { kind: "create_users", enabled: true }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      setGrant(getDb(), w.actors.responsable, w.members.spare, { kind: "product", productId: w.foreignProductId, level: "draft" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await getDb().update(products).set({ status: "archived" }).where(eq(products.id, w.productId));
    await expect(
      setGrant(getDb(), w.actors.responsable, w.members.spare, { kind: "product", productId: w.productId, level: "draft" }),
    ).rejects.toBeInstanceOf(ActionError);
    // Revoking on an archived product still works.
    expect(
      await setGrant(getDb(), w.actors.responsable, w.actors.contributorDraft.id, { kind: "product", productId: w.productId, level: null }),
    ).toEqual({ changed: 1 });
  });

  it("is one transaction: a refused cell leaves the earlier cells unapplied", async () => {
    const attempt = saveRights(getDb(), w.actors.responsable, [
      { userId: w.members.spare, cells: [{ kind: "create_users", enabled: true }] },
      { userId: w.actors.responsable.id, cells: [{ kind: "create_users", enabled: true }] },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(ActionError);
    expect(await getDb().select().from(grants).where(eq(grants.kind, "create_users"))).toEqual([]);
  });

  it("a contributor never grants, even one who may create accounts", async () => {
    const me = w.actors.contributorValidate;
    await getDb().insert(grants).values({ userId: me.id, companyId: w.companyId, kind: "create_users" });
    await expect(
      setGrant(getDb(), me, w.members.spare, { kind: "product", productId: w.productId, level: "draft" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("grantCreatorDraft", () => {
  it("gives a contributor draft on the product they created, and nothing to the Responsable", async () => {
    const me = w.actors.contributorNone;
    await getDb().transaction((tx) => grantCreatorDraft(tx, me, w.otherProductId));
    await getDb().transaction((tx) => grantCreatorDraft(tx, me, w.otherProductId));
    expect((await listAccessibleProducts(getDb(), me)).map((p) => [p.id, p.level])).toEqual([[w.otherProductId, "draft"]]);
    await getDb().transaction((tx) => grantCreatorDraft(tx, w.actors.responsable, w.otherProductId));
    expect(await getDb().select().from(grants).where(eq(grants.userId, w.actors.responsable.id))).toEqual([]);
  });
});

describe("listMembers", () => {
  it("lists the company's members with a summary of their rights, filtered and sorted in SQL", async () => {
    const all = await listMembers(getDb(), w.actors.contributorNone, parseMemberQuery({}));
    expect(all.total).toBe(8); // the three demo members of the company and the world's five contributors
    expect(all.permissions).toEqual({ canAdd: false, canManage: false });
    const byName = new Map(all.rows.map((r) => [r.username, r]));
    expect(byName.get("demo.responsable")?.rights).toEqual({ responsable: true });
    expect(byName.get("matrix.validate")?.rights).toEqual({
      responsable: false,
      createUsers: false,
      createProducts: false,
      draftProducts: 0,
      validateProducts: 1,
      strategy: "validate",
    });
    expect(byName.has("matrix.foreign")).toBe(false);

    const invited = await listMembers(getDb(), w.actors.responsable, parseMemberQuery({ status: "invited" }));
    expect(invited.rows.map((r) => r.username)).toEqual(["matrix.invited"]);
    const search = await listMembers(getDb(), w.actors.responsable, parseMemberQuery({ q: "camille mar" }));
    expect(search.rows.map((r) => r.username)).toEqual(["demo.responsable"]);
    const paged = await listMembers(getDb(), w.actors.responsable, parseMemberQuery({ sort: "role", dir: "asc", size: "10", page: "1" }));
    // Roles sort in the order they are declared: the Responsable first.
    expect(paged.rows.map((r) => r.companyRole)).toEqual(["responsable", ...Array(7).fill("contributor")]);
    expect(paged.permissions).toEqual({ canAdd: true, canManage: true });
  });
});

describe("one contributor's rights page", () => {
  it("lists the contributor's rights and the active products matching the search, counted in the database", async () => {
    const all = await readMemberRights(getDb(), w.actors.responsable, w.members.spare);
    expect(all.contributor.products).toEqual({ [w.otherProductId]: "draft" });
    expect(all.total).toBe(all.matching);
    expect(all.products.length).toBe(all.total);
    const found = await readMemberRights(getDb(), w.actors.responsable, w.members.spare, "télé-exp");
    expect(found.products.map((p) => p.name)).toEqual(["Module Télé-expertise"]);
    expect(found.matching).toBe(1);
    expect((await readMemberRights(getDb(), w.actors.responsable, w.members.spare, "100%_")).matching).toBe(0);
  });

  it.each(["contributorNone", "contributorDraft", "contributorValidate", "operator", "support"] as const)(
    "is refused to %s",
    async (role) => {
      await expect(readMemberRights(getDb(), w.actors[role], w.members.spare)).rejects.toBeInstanceOf(ForbiddenError);
    },
  );

  it("does not find a member of another company, the Responsable, or an id that is not one", async () => {
    await expect(readMemberRights(getDb(), w.actors.responsable, w.members.foreign)).rejects.toBeInstanceOf(NotFoundError);
    await expect(readMemberRights(getDb(), w.actors.otherResponsable, w.members.spare)).rejects.toBeInstanceOf(NotFoundError);
    await expect(readMemberRights(getDb(), w.actors.responsable, w.actors.responsable.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(readMemberRights(getDb(), w.actors.responsable, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });
});
