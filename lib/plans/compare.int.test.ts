import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { evaluations } from "@/db/schema";
import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { startEvaluation } from "@/lib/evaluations/start";
import { answer, answerQualifiers, grantProduct, level, productNamed, userNamed } from "@/lib/evaluations/test-support";
import { validateEvaluation } from "@/lib/evaluations/validate";
import { seedDemo } from "@/tests/integration/fixtures";
import { getPlanComparison } from "./compare-load";
import { saveLine } from "./save";
import { validatePlan } from "./validate";

const TODAY = "2026-12-02";

/**
 * A product whose plan was validated twice: first with the defaults (both commitments in
 * 2027-T1), then with INT-CISIS-01 moved to 2027-T3 and INT-TERM-01 lowered to level 2.
 */
async function twiceValidatedPlan() {
  const responsable = await userNamed("demo.responsable");
  const product = await productNamed("Dossier Patient", "Windows");
  const { id } = await startEvaluation(responsable, { theme: "interoperability", productId: product.id, version: "2025.1" });
  await answerQualifiers(responsable, id);
  await answer(responsable, id, "INT-CISIS-01", level("1", { plannedDate: "2027-03-01" }));
  await answer(responsable, id, "INT-FHIR-01", level("3"));
  await answer(responsable, id, "INT-TERM-01", level("0"));
  await answer(responsable, id, "INT-EXP-01", level("4"));
  const [{ revision }] = await getDb().select({ revision: evaluations.revision }).from(evaluations).where(eq(evaluations.id, id));
  await validateEvaluation(responsable, { evaluationId: id, revision });

  const first = await validatePlan(responsable, { subject: product.id, revision: 0 }, {}, TODAY);
  const base = { subject: product.id, baseRevision: 0, ownerId: null, note: "" };
  await saveLine(responsable, { ...base, requirementId: "INT-CISIS-01", plannedLevel: 3, plannedQuarter: "2027-T3" }, TODAY);
  const saved = await saveLine(responsable, { ...base, requirementId: "INT-TERM-01", plannedLevel: 2, plannedQuarter: "2027-T1" }, TODAY);
  const second = await validatePlan(responsable, { subject: product.id, revision: saved.planRevision }, {}, TODAY);
  return { responsable, product, first: first.snapshotId, second: second.snapshotId };
}

describe("comparing two validated versions of a plan", () => {
  beforeEach(seedDemo);

  it("compares the latest version with the one before by default, or the pair asked for", async () => {
    const { responsable, product, first, second } = await twiceValidatedPlan();
    const view = await getPlanComparison(getDb(), responsable, { productId: product.id }, {});
    expect(view.history.map((h) => h.id)).toEqual([second, first]);
    expect(view.pair).toMatchObject({ from: { id: first }, to: { id: second } });
    const interop = view.pair!.comparison.themes.find((t) => t.theme === "interoperability")!;
    expect(interop.slipped.map((c) => [c.requirementId, c.from.plannedQuarter, c.to.plannedQuarter])).toEqual([
      ["INT-CISIS-01", "2027-T1", "2027-T3"],
    ]);
    expect(interop.levelChanged.map((c) => [c.requirementId, c.from.plannedLevel, c.to.plannedLevel])).toEqual([["INT-TERM-01", 3, 2]]);

    // Asked the other way round: what slipped has moved forward.
    const reversed = await getPlanComparison(getDb(), responsable, { productId: product.id }, { from: second, to: first });
    expect(reversed.pair!.comparison.themes[0].movedForward.map((c) => c.requirementId)).toEqual(["INT-CISIS-01"]);
  });

  it("has nothing to compare below two versions", async () => {
    const responsable = await userNamed("demo.responsable");
    const product = await productNamed("Dossier Patient", "Windows");
    expect((await getPlanComparison(getDb(), responsable, { productId: product.id }, {})).pair).toBeNull();
  });

  it("reads with the plan's read right: another company gets not found, agency staff and a contributor without a grant are refused", async () => {
    const { product, first, second } = await twiceValidatedPlan();
    const pair = { from: first, to: second };
    await expect(getPlanComparison(getDb(), await userNamed("demo.medisoft"), { productId: product.id }, pair)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    for (const agency of ["demo.operateur", "demo.support", "demo.admin"]) {
      await expect(getPlanComparison(getDb(), await userNamed(agency), { productId: product.id }, pair)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    const contributor = await userNamed("demo.contributeur");
    await expect(getPlanComparison(getDb(), contributor, { productId: product.id }, pair)).rejects.toBeInstanceOf(ForbiddenError);
    await grantProduct(contributor, product.id, "draft");
    expect((await getPlanComparison(getDb(), contributor, { productId: product.id }, pair)).pair?.comparison.changedCount).toBe(2);
  });

  it("treats a version of another plan, or an id that is none, as not found", async () => {
    const { responsable, product, first, second } = await twiceValidatedPlan();
    // The company's strategy plan does not hold the product's versions.
    await expect(getPlanComparison(getDb(), responsable, { productId: null }, { from: first, to: second })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getPlanComparison(getDb(), responsable, { productId: product.id }, { from: "nope", to: second })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getPlanComparison(getDb(), responsable, { productId: product.id }, { to: second })).rejects.toBeInstanceOf(NotFoundError);
  });
});
