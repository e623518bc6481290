import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, productBases, products } from "@/db/schema";
import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { seedDemo } from "@/tests/integration/fixtures";
import { createProduct } from "./create";
import { archiveProduct, restoreProduct } from "./lifecycle";
import { baseInput, grant, productNamed, userNamed } from "./test-support";
import { setOptionBases, updateProduct } from "./update";

const statusOf = async (id: string) =>
  (await getDb().select({ status: products.status }).from(products).where(eq(products.id, id)))[0].status;
const basesOf = async (id: string) =>
  (await getDb().select().from(productBases).where(eq(productBases.optionId, id))).map((l) => l.baseId).sort();

describe("archiving and restoring", () => {
  beforeEach(seedDemo);

  it("keeps a base with active options until they are relinked or archived", async () => {
    const responsable = await userNamed("demo.responsable");
    const windows = await productNamed("Dossier Patient", "Windows");
    const ios = await productNamed("Dossier Patient", "iOS");
    const option = await productNamed("Module Télé-expertise");
    await expect(archiveProduct(responsable, windows.id)).rejects.toMatchObject({
      messageKey: "products.errors.hasActiveOptions",
      params: { count: 1 },
    });
    expect(await statusOf(windows.id)).toBe("active");

    // Relinked to the other base: the first one may go.
    await setOptionBases(responsable, option.id, [ios.id]);
    await archiveProduct(responsable, windows.id);
    expect(await statusOf(windows.id)).toBe("archived");

    // Archiving the option frees the second base too.
    await archiveProduct(responsable, option.id);
    await archiveProduct(responsable, ios.id);
    const actions = (await getDb().select().from(auditEvents)).map((e) => e.action);
    expect(actions.filter((a) => a === "product.archived")).toHaveLength(3);
    expect(actions).toContain("product.bases_changed");
  });

  it("restores an option only when one of its bases is active again", async () => {
    const responsable = await userNamed("demo.responsable");
    const windows = await productNamed("Dossier Patient", "Windows");
    const option = await productNamed("Module Télé-expertise");
    await archiveProduct(responsable, option.id);
    await archiveProduct(responsable, windows.id);
    await expect(restoreProduct(responsable, option.id)).rejects.toMatchObject({ messageKey: "products.errors.restoreNeedsActiveBase" });
    await restoreProduct(responsable, windows.id);
    await restoreProduct(responsable, option.id);
    expect(await statusOf(option.id)).toBe("active");
    await expect(restoreProduct(responsable, option.id)).rejects.toMatchObject({ messageKey: "products.errors.alreadyActive" });
  });

  it("leaves an archived product read-only until it is restored", async () => {
    const responsable = await userNamed("demo.responsable");
    const ios = await productNamed("Dossier Patient", "iOS");
    await archiveProduct(responsable, ios.id);
    await expect(updateProduct(responsable, ios.id, { ...baseInput(), name: "Renommé" })).rejects.toMatchObject({
      messageKey: "products.errors.archivedReadOnly",
    });
    await expect(archiveProduct(responsable, ios.id)).rejects.toMatchObject({ messageKey: "products.errors.alreadyArchived" });
  });
});

describe("editing", () => {
  beforeEach(seedDemo);

  it("records what changed, and refuses an identity already taken", async () => {
    const responsable = await userNamed("demo.responsable");
    const ios = await productNamed("Dossier Patient", "iOS");
    const fields = {
      name: ios.name,
      version: ios.version,
      edition: null,
      os: ios.os,
      device: ios.device,
      commercialName: "DP Mobile",
      inCatalogue: true,
      description: null,
    };
    await updateProduct(responsable, ios.id, fields);
    const [event] = await getDb().select().from(auditEvents).where(eq(auditEvents.action, "product.updated"));
    expect(event.data).toEqual({
      changed: { commercialName: { from: "DossierPatient Mobile", to: "DP Mobile" }, inCatalogue: { from: false, to: true } },
    });

    await expect(updateProduct(responsable, ios.id, { ...fields, os: "windows", device: "desktop" })).rejects.toMatchObject({
      fieldErrors: { name: ["products.errors.identityTaken"] },
    });
  });

  it("lets a contributor change only the products granted to them", async () => {
    const contributor = await userNamed("demo.contributeur");
    const ios = await productNamed("Dossier Patient", "iOS");
    const fields = { ...baseInput(), name: "Renommé" };
    await expect(updateProduct(contributor, ios.id, fields)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(archiveProduct(contributor, ios.id)).rejects.toBeInstanceOf(ForbiddenError);
    await grant(contributor, "product", ios.id);
    await updateProduct(contributor, ios.id, fields);
    await archiveProduct(contributor, ios.id);
    expect(await statusOf(ios.id)).toBe("archived");
    // Another company's product does not exist for them.
    const foreign = await productNamed("Agenda Santé");
    await expect(updateProduct(contributor, foreign.id, fields)).rejects.toBeInstanceOf(NotFoundError);
    await expect(archiveProduct(await userNamed("demo.medisoft"), ios.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("linking an option to its bases", () => {
  beforeEach(seedDemo);

  it("replaces the links, keeping at least one base", async () => {
    const responsable = await userNamed("demo.responsable");
    const windows = await productNamed("Dossier Patient", "Windows");
    const ios = await productNamed("Dossier Patient", "iOS");
    const option = await productNamed("Module Télé-expertise");
    await setOptionBases(responsable, option.id, [windows.id, ios.id]);
    expect(await basesOf(option.id)).toEqual([windows.id, ios.id].sort());
    await expect(setOptionBases(responsable, option.id, [])).rejects.toMatchObject({
      fieldErrors: { baseIds: ["products.errors.baseRequired"] },
    });
    const foreign = await productNamed("Agenda Santé");
    await expect(setOptionBases(responsable, option.id, [foreign.id])).rejects.toBeInstanceOf(NotFoundError);
    await expect(setOptionBases(responsable, option.id, [option.id])).rejects.toMatchObject({
      fieldErrors: { baseIds: ["products.errors.baseInvalid"] },
    });
    await expect(setOptionBases(responsable, windows.id, [ios.id])).rejects.toMatchObject({
      messageKey: "products.errors.basesOnlyForOptions",
    });
    expect(await basesOf(option.id)).toEqual([windows.id, ios.id].sort());
  });

  it("keeps the links a contributor cannot see", async () => {
    const contributor = await userNamed("demo.contributeur");
    const windows = await productNamed("Dossier Patient", "Windows");
    const ios = await productNamed("Dossier Patient", "iOS");
    const option = await productNamed("Module Télé-expertise");
    await grant(contributor, "product", option.id);
    await grant(contributor, "product", ios.id);
    await setOptionBases(contributor, option.id, [ios.id]);
    expect(await basesOf(option.id)).toEqual([windows.id, ios.id].sort());
    await setOptionBases(contributor, option.id, []);
    expect(await basesOf(option.id)).toEqual([windows.id]);
    await expect(setOptionBases(contributor, option.id, [windows.id])).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("keeps a link to an archived base but refuses a new one", async () => {
    const responsable = await userNamed("demo.responsable");
    const windows = await productNamed("Dossier Patient", "Windows");
    const ios = await productNamed("Dossier Patient", "iOS");
    const { id } = await createProduct(responsable, baseInput({ kind: "option", name: "Double", baseIds: [windows.id, ios.id] }));
    const option = await productNamed("Module Télé-expertise");
    await setOptionBases(responsable, option.id, [windows.id, ios.id]);
    await archiveProduct(responsable, option.id);
    await archiveProduct(responsable, id);
    await archiveProduct(responsable, ios.id);
    await restoreProduct(responsable, option.id);
    await setOptionBases(responsable, option.id, [windows.id, ios.id]);
    expect(await basesOf(option.id)).toEqual([windows.id, ios.id].sort());
    await setOptionBases(responsable, option.id, [windows.id]);
    await expect(setOptionBases(responsable, option.id, [windows.id, ios.id])).rejects.toMatchObject({
      fieldErrors: { baseIds: ["products.errors.baseInvalid"] },
    });
  });
});
