import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, grants, productBases, products } from "@/db/schema";
import { ActionError, ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { seedDemo } from "@/tests/integration/fixtures";
import { createProduct, duplicateAsOption, duplicateProduct } from "./create";
import { baseInput, grant, productNamed, userNamed } from "./test-support";

async function fieldError(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ActionError);
  return (error as ActionError).fieldErrors;
}

describe("creating products", () => {
  beforeEach(seedDemo);

  it("creates a base product for the Responsable's company, with its audit event", async () => {
    const responsable = await userNamed("demo.responsable");
    const { id } = await createProduct(responsable, baseInput(), { ip: "203.0.113.7" });
    const [row] = await getDb().select().from(products).where(eq(products.id, id));
    expect(row).toMatchObject({
      companyId: responsable.companyId,
      kind: "base",
      name: "Agenda Cabinet",
      status: "active",
      createdById: responsable.id,
      derivedFromId: null,
    });
    const [event] = await getDb().select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(event).toMatchObject({
      action: "product.created",
      actorUserId: responsable.id,
      companyId: responsable.companyId,
      ip: "203.0.113.7",
    });
  });

  it("refuses a second product with the same name, version, OS and device whatever the case", async () => {
    const responsable = await userNamed("demo.responsable");
    await createProduct(responsable, baseInput());
    const errors = await fieldError(
      createProduct(responsable, baseInput({ name: "AGENDA cabinet", os: "android", device: "MOBILE", edition: "Pro" })),
    );
    expect(errors).toEqual({ name: ["products.errors.identityTaken"] });
    // Another company may use the same identity; another version is another product.
    await expect(createProduct(await userNamed("demo.medisoft"), baseInput())).resolves.toBeTruthy();
    await expect(createProduct(responsable, baseInput({ version: "2.1" }))).resolves.toBeTruthy();
  });

  it("enforces the identity in the database itself, not only in the code", async () => {
    const responsable = await userNamed("demo.responsable");
    const row = { companyId: responsable.companyId!, kind: "base" as const, name: "X", version: "1", os: "Web", device: "Website" };
    await getDb().insert(products).values(row);
    await expect(
      getDb()
        .insert(products)
        .values({ ...row, name: "x", os: "WEB" }),
    ).rejects.toThrow();
  });

  it("links an option to one or more active bases of the same company, and to nothing else", async () => {
    const responsable = await userNamed("demo.responsable");
    const windows = await productNamed("Dossier Patient", "Windows");
    const ios = await productNamed("Dossier Patient", "iOS");
    const { id } = await createProduct(
      responsable,
      baseInput({ kind: "option", name: "Module Ordonnance", baseIds: [windows.id, ios.id] }),
    );
    const links = await getDb().select().from(productBases).where(eq(productBases.optionId, id));
    expect(links.map((l) => l.baseId).sort()).toEqual([windows.id, ios.id].sort());

    expect(await fieldError(createProduct(responsable, baseInput({ kind: "option", name: "Sans socle", baseIds: [] })))).toEqual({
      baseIds: ["products.errors.baseRequired"],
    });
    const foreign = await productNamed("Agenda Santé");
    await expect(createProduct(responsable, baseInput({ kind: "option", name: "Ailleurs", baseIds: [foreign.id] }))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const option = await productNamed("Module Télé-expertise");
    expect(await fieldError(createProduct(responsable, baseInput({ kind: "option", name: "Sur option", baseIds: [option.id] })))).toEqual({
      baseIds: ["products.errors.baseInvalid"],
    });
    expect(await fieldError(createProduct(responsable, baseInput({ kind: "base", name: "Socle lié", baseIds: [windows.id] })))).toEqual({
      baseIds: ["products.errors.baseMustNotLink"],
    });

    await getDb().update(products).set({ status: "archived" }).where(eq(products.id, ios.id));
    expect(await fieldError(createProduct(responsable, baseInput({ kind: "option", name: "Sur archivé", baseIds: [ios.id] })))).toEqual({
      baseIds: ["products.errors.baseInvalid"],
    });
    expect(await getDb().select().from(products).where(eq(products.name, "Sur archivé"))).toEqual([]);
  });

  it("needs the create-products right; a contributor who creates keeps access to the product", async () => {
    const contributor = await userNamed("demo.contributeur");
    await expect(createProduct(contributor, baseInput())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createProduct(await userNamed("demo.operateur"), baseInput())).rejects.toBeInstanceOf(ForbiddenError);

    await grant(contributor, "create_products");
    const { id } = await createProduct(contributor, baseInput());
    const [own] = await getDb().select().from(grants).where(eq(grants.productId, id));
    expect(own).toMatchObject({ userId: contributor.id, kind: "product", level: "draft" });
  });

  it("a contributor may only link an option to bases they can see", async () => {
    const contributor = await userNamed("demo.contributeur");
    await grant(contributor, "create_products");
    const windows = await productNamed("Dossier Patient", "Windows");
    await expect(createProduct(contributor, baseInput({ kind: "option", name: "Caché", baseIds: [windows.id] }))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await grant(contributor, "product", windows.id);
    await expect(createProduct(contributor, baseInput({ kind: "option", name: "Visible", baseIds: [windows.id] }))).resolves.toBeTruthy();
  });
});

describe("duplicating products", () => {
  beforeEach(seedDemo);

  it("duplicate-and-convert makes an option from a base, records its origin, leaves the base unchanged", async () => {
    const responsable = await userNamed("demo.responsable");
    const base = await productNamed("Dossier Patient", "Windows");
    const { id } = await duplicateAsOption(
      responsable,
      base.id,
      baseInput({ kind: "base", name: "Dossier Patient – option", os: base.os, device: base.device, baseIds: [base.id] }),
    );
    const [option] = await getDb().select().from(products).where(eq(products.id, id));
    expect(option).toMatchObject({ kind: "option", derivedFromId: base.id, status: "active" });
    expect(await getDb().select().from(productBases).where(eq(productBases.optionId, id))).toEqual([{ optionId: id, baseId: base.id }]);
    const [after] = await getDb().select().from(products).where(eq(products.id, base.id));
    expect(after).toEqual(base);
    const [event] = await getDb().select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(event.action).toBe("product.duplicated_as_option");
  });

  it("only converts active base products", async () => {
    const responsable = await userNamed("demo.responsable");
    const option = await productNamed("Module Télé-expertise");
    const windows = await productNamed("Dossier Patient", "Windows");
    await expect(duplicateAsOption(responsable, option.id, baseInput({ baseIds: [windows.id] }))).rejects.toMatchObject({
      messageKey: "products.errors.convertNeedsActiveBase",
    });
  });

  it("a plain duplicate makes a new version; the same identity is refused", async () => {
    const responsable = await userNamed("demo.responsable");
    const base = await productNamed("Dossier Patient", "Windows");
    const copy = { ...baseInput(), name: base.name, os: base.os, device: base.device };
    expect(await fieldError(duplicateProduct(responsable, base.id, { ...copy, version: base.version }))).toEqual({
      name: ["products.errors.identityTaken"],
    });
    const { id } = await duplicateProduct(responsable, base.id, { ...copy, version: "6.0" });
    const [row] = await getDb().select().from(products).where(eq(products.id, id));
    expect(row).toMatchObject({ kind: "base", version: "6.0", derivedFromId: base.id });
  });

  it("another company's product cannot be duplicated: it does not exist for them", async () => {
    const medisoft = await userNamed("demo.medisoft");
    const base = await productNamed("Dossier Patient", "Windows");
    await expect(duplicateProduct(medisoft, base.id, baseInput())).rejects.toBeInstanceOf(NotFoundError);
    await expect(duplicateAsOption(medisoft, base.id, baseInput())).rejects.toBeInstanceOf(NotFoundError);
    await expect(duplicateProduct(medisoft, "not-a-uuid", baseInput())).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("product names that only look different", () => {
  beforeEach(seedDemo);

  it("refuses a zero-width space, a doubled space or full-width letters as a new identity", async () => {
    const responsable = await userNamed("demo.responsable");
    await createProduct(responsable, baseInput({ name: "Agenda Cabinet" }));
    for (const name of ["Agenda\u200b Cabinet", "Agenda  Cabinet", "Ａｇｅｎｄａ Cabinet", " Agenda Cabinet\u2060"]) {
      expect(await fieldError(createProduct(responsable, baseInput({ name })))).toEqual({ name: ["products.errors.identityTaken"] });
    }
  });
});
