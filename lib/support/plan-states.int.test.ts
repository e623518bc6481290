import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { evaluations } from "@/db/schema";
import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { startEvaluation } from "@/lib/evaluations/start";
import { answer, answerQualifiers, level, productNamed, userNamed } from "@/lib/evaluations/test-support";
import { validateEvaluation } from "@/lib/evaluations/validate";
import { saveLine } from "@/lib/plans/save";
import { validatePlan } from "@/lib/plans/validate";
import { seedDemo } from "@/tests/integration/fixtures";
import { getCompanyFile } from "./company";
import { planStates } from "./plan-states";

const TODAY = "2026-12-02";
const NOTE = "Refonte prévue avec le prestataire Alpha, budget 40 k€";

/** Interoperability validated on the demo desktop product, then one commitment planned with a note. */
async function plannedProduct() {
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
  const saved = await saveLine(
    responsable,
    {
      subject: product.id,
      requirementId: "INT-CISIS-01",
      baseRevision: 0,
      plannedLevel: 3,
      plannedQuarter: "2027-T1",
      ownerId: null,
      note: NOTE,
    },
    TODAY,
  );
  return { responsable, product, planRevision: saved.planRevision };
}

describe("plan states on the support console", () => {
  beforeEach(seedDemo);

  it("shows none, then draft, then validated with its date, projected compliance and late commitments, never a line", async () => {
    const support = await userNamed("demo.support");
    const desktop = await productNamed("Dossier Patient", "Windows");
    const before = await planStates(support, desktop.companyId, TODAY);
    expect(before.find((p) => p.productId === desktop.id)).toMatchObject({ state: "none", validatedAt: null, themes: [] });

    const { responsable, product, planRevision } = await plannedProduct();
    const draft = (await planStates(support, product.companyId, TODAY)).find((p) => p.productId === product.id)!;
    expect(draft).toMatchObject({
      state: "draft",
      validatedAt: null,
      themes: [{ theme: "interoperability", compliantFrom: "2027-T1", late: 0 }],
    });

    await validatePlan(responsable, { subject: product.id, revision: planRevision }, {}, TODAY);
    // Months later the T1 2027 commitment has not been validated: it is late, the plan stays
    // validated, and the projection (which starts from the current quarter) now says T2 2027.
    const later = (await planStates(support, product.companyId, "2027-05-15")).find((p) => p.productId === product.id)!;
    expect(later.state).toBe("validated");
    expect(later.validatedAt).toBeInstanceOf(Date);
    expect(later.themes).toEqual([{ theme: "interoperability", compliantFrom: "2027-T2", late: 1 }]);

    // What the company page hands to the browser holds states and figures, no plan content.
    const file = JSON.stringify(await getCompanyFile(support, product.companyId));
    expect(file).toContain('"state":"validated"');
    for (const content of [NOTE, "INT-CISIS-01", "INT-TERM-01", "plannedLevel", "plannedQuarter"]) expect(file).not.toContain(content);
  });

  it("is for support only", async () => {
    const desktop = await productNamed("Dossier Patient", "Windows");
    await expect(planStates(await userNamed("demo.operateur"), desktop.companyId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(planStates(await userNamed("demo.responsable"), desktop.companyId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
