import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { seedDemo } from "@/tests/integration/fixtures";
import { grantProduct, productNamed, userNamed } from "./test-support";
import { listValidators } from "./validators";

describe("listValidators", () => {
  beforeEach(seedDemo);

  async function setting() {
    const contributor = await userNamed("demo.contributeur");
    const redactrice = await userNamed("demo.redactrice");
    const windows = await productNamed("Dossier Patient", "Windows");
    const ios = await productNamed("Dossier Patient", "iOS");
    const subject = { companyId: contributor.companyId!, productId: windows.id, theme: "interoperability" as const };
    return { contributor, redactrice, windows, ios, subject };
  }

  it("names the Responsable, then the contributors holding the validate right on that very product", async () => {
    const { contributor, redactrice, windows, ios, subject } = await setting();
    await grantProduct(contributor, windows.id, "draft");
    expect(await listValidators(getDb(), contributor, subject)).toEqual([{ name: "Camille Martin", role: "responsable" }]);

    await grantProduct(redactrice, ios.id, "validate"); // another product's right does not count
    expect(await listValidators(getDb(), contributor, subject)).toEqual([{ name: "Camille Martin", role: "responsable" }]);

    await grantProduct(redactrice, windows.id, "validate");
    expect(await listValidators(getDb(), contributor, subject)).toEqual([
      { name: "Camille Martin", role: "responsable" },
      { name: "Zoé Laurent", role: "contributor" },
    ]);
  });

  it("is refused without the draft right, and another company's subject is not found", async () => {
    const { contributor, subject } = await setting();
    await expect(listValidators(getDb(), contributor, subject)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listValidators(getDb(), await userNamed("demo.medisoft"), subject)).rejects.toBeInstanceOf(NotFoundError);
  });
});
