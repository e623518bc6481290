import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { parseTableQuery } from "@/lib/tables/query";
import { seedDemo } from "@/tests/integration/fixtures";
import { createProduct, duplicateAsOption } from "./create";
import { evaluationStatusByTheme } from "@/lib/evaluations/status";
import { archiveProduct } from "./lifecycle";
import { getProduct, listBaseChoices, listProducts, PRODUCT_SORTS } from "./queries";
import { baseInput, grant, productNamed, userNamed } from "./test-support";

const query = (params: Record<string, string> = {}) => parseTableQuery(params, { sortable: PRODUCT_SORTS, defaultSort: "name" });
const names = (rows: { name: string; os: string }[]) => rows.map((r) => `${r.name} ${r.os}`);

describe("the product list", () => {
  beforeEach(seedDemo);

  it("shows the Responsable every product of the company and none of another", async () => {
    const { rows, total } = await listProducts(getDb(), await userNamed("demo.responsable"), query(), { kind: "", status: "" });
    expect(total).toBe(3);
    expect(names(rows)).toEqual(["Dossier Patient iOS", "Dossier Patient Windows", "Module Télé-expertise Web"]);
  });

  it("shows a contributor only the products granted to them", async () => {
    const contributor = await userNamed("demo.contributeur");
    expect(await listProducts(getDb(), contributor, query(), { kind: "", status: "" })).toEqual({ rows: [], total: 0 });
    await grant(contributor, "product", (await productNamed("Dossier Patient", "iOS")).id);
    expect(names((await listProducts(getDb(), contributor, query(), { kind: "", status: "" })).rows)).toEqual(["Dossier Patient iOS"]);
    expect((await listBaseChoices(getDb(), contributor)).map((b) => b.os)).toEqual(["iOS"]);
  });

  it("searches name, commercial name and version; filters kind and status; sorts and pages", async () => {
    const responsable = await userNamed("demo.responsable");
    expect(names((await listProducts(getDb(), responsable, query({ q: "mobile" }), { kind: "", status: "" })).rows)).toEqual([
      "Dossier Patient iOS",
    ]);
    expect(names((await listProducts(getDb(), responsable, query({ q: "5.2" }), { kind: "", status: "" })).rows)).toHaveLength(2);
    expect(names((await listProducts(getDb(), responsable, query({ q: "%" }), { kind: "", status: "" })).rows)).toEqual([]);
    expect(names((await listProducts(getDb(), responsable, query(), { kind: "option", status: "" })).rows)).toEqual([
      "Module Télé-expertise Web",
    ]);
    await archiveProduct(responsable, (await productNamed("Dossier Patient", "iOS")).id);
    expect(names((await listProducts(getDb(), responsable, query(), { kind: "", status: "archived" })).rows)).toEqual([
      "Dossier Patient iOS",
    ]);
    const page2 = await listProducts(getDb(), responsable, query({ sort: "os", dir: "desc", size: "10", page: "1" }), {
      kind: "",
      status: "",
    });
    expect(names(page2.rows)).toEqual(["Dossier Patient Windows", "Module Télé-expertise Web", "Dossier Patient iOS"]);
  });

  it("is closed to agency staff", async () => {
    await expect(listProducts(getDb(), await userNamed("demo.support"), query(), { kind: "", status: "" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});

describe("the product page", () => {
  beforeEach(seedDemo);

  it("shows the options of a base, who created it, its origin, and what the user may do", async () => {
    const responsable = await userNamed("demo.responsable");
    const base = await productNamed("Dossier Patient", "Windows");
    const { id } = await duplicateAsOption(
      responsable,
      base.id,
      baseInput({ name: "Export", os: "Windows", device: "Desktop", baseIds: [base.id] }),
    );
    const option = await getProduct(getDb(), responsable, id);
    expect(option).toMatchObject({
      kind: "option",
      createdBy: { firstName: "Camille", lastName: "Martin" },
      derivedFrom: { id: base.id },
      hiddenLinks: 0,
    });
    expect(option.links.map((l) => l.id)).toEqual([base.id]);
    expect(option.can).toEqual({ edit: true, linkBases: true, duplicate: true, duplicateAsOption: false, archive: true, restore: false });
    const detail = await getProduct(getDb(), responsable, base.id);
    expect(detail.links.map((l) => l.name)).toEqual(["Export", "Module Télé-expertise"]);
    expect(detail.activeOptions).toBe(2);
  });

  it("names only the linked products a contributor may see", async () => {
    const contributor = await userNamed("demo.contributeur");
    const base = await productNamed("Dossier Patient", "Windows");
    await grant(contributor, "product", base.id);
    const detail = await getProduct(getDb(), contributor, base.id);
    expect(detail).toMatchObject({ links: [], hiddenLinks: 1, activeOptions: 1, createdBy: null });
    expect(detail.can).toEqual({ edit: true, linkBases: false, duplicate: false, duplicateAsOption: false, archive: true, restore: false });
  });

  it("is not found for another company, or for an id that is not one", async () => {
    const medisoft = await userNamed("demo.medisoft");
    await expect(getProduct(getDb(), medisoft, (await productNamed("Dossier Patient", "iOS")).id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getProduct(getDb(), medisoft, "../etc")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists the three product themes, none started before evaluations exist", async () => {
    const responsable = await userNamed("demo.responsable");
    const { id } = await createProduct(responsable, baseInput());
    expect(await evaluationStatusByTheme(getDb(), responsable, id)).toEqual([
      { theme: "interoperability", status: "not_started", score: null, evaluationId: null },
      { theme: "security", status: "not_started", score: null, evaluationId: null },
      { theme: "urbanisation", status: "not_started", score: null, evaluationId: null },
    ]);
    await expect(evaluationStatusByTheme(getDb(), await userNamed("demo.contributeur"), id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
