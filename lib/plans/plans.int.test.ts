import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { emailOutbox, grants, planSnapshots } from "@/db/schema";
import { ActionError, ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { startEvaluation } from "@/lib/evaluations/start";
import { answer, answerQualifiers, grantProduct, level, productNamed, userNamed } from "@/lib/evaluations/test-support";
import { reopenEvaluation, validateEvaluation } from "@/lib/evaluations/validate";
import { evaluations } from "@/db/schema";
import { seedDemo } from "@/tests/integration/fixtures";
import { getPlan } from "./load";
import { bulkUpdate, saveLine } from "./save";
import { validatePlan } from "./validate";

const TODAY = "2026-12-02";

/** Interoperability 2025.1 validated with four applicable requirements (every deadline 2025-12-31, target 3). */
async function validatedProduct() {
  const responsable = await userNamed("demo.responsable");
  const product = await productNamed("Dossier Patient", "Windows");
  const { id } = await startEvaluation(responsable, { theme: "interoperability", productId: product.id, version: "2025.1" });
  await answerQualifiers(responsable, id);
  await answer(responsable, id, "INT-CISIS-01", level("1", { plannedDate: "2027-03-01" }));
  await answer(responsable, id, "INT-FHIR-01", level("3"));
  await answer(responsable, id, "INT-TERM-01", level("0"));
  await answer(responsable, id, "INT-EXP-01", level("4"));
  await validateEvaluation(responsable, { evaluationId: id, revision: await evaluationRevision(id) });
  return { responsable, product, evaluationId: id };
}

const evaluationRevision = async (id: string) =>
  (await getDb().select({ r: evaluations.revision }).from(evaluations).where(eq(evaluations.id, id)))[0].r;

const line = (plan: Awaited<ReturnType<typeof getPlan>>, id: string) =>
  plan.themes.flatMap((t) => t.lines).find((l) => l.requirementId === id)!;

function edit(
  productId: string,
  requirementId: string,
  baseRevision: number,
  values: Partial<{ plannedLevel: number; plannedQuarter: string; ownerId: string | null; note: string }> = {},
) {
  return {
    subject: productId,
    requirementId,
    baseRevision,
    plannedLevel: 3,
    plannedQuarter: "2027-T1",
    ownerId: null,
    note: "",
    ...values,
  };
}

describe("the plan of a product", () => {
  beforeEach(seedDemo);

  it("starts from the validated evaluation: commitments below target with defaults, those at target counted, unevaluated themes listed", async () => {
    const { responsable, product } = await validatedProduct();
    const plan = await getPlan(getDb(), responsable, { productId: product.id }, TODAY);
    const interop = plan.themes.find((t) => t.theme === "interoperability")!;
    expect(interop.source).toBe("validated");
    expect(interop.lines.map((l) => [l.requirementId, l.mandatory, l.currentLevel, l.plannedLevel, l.plannedQuarter, l.state])).toEqual([
      // Deadlines have passed: the next quarter after today, and the Doctrine's deadline is behind.
      ["INT-CISIS-01", true, 1, 3, "2027-T1", "after-deadline"],
      ["INT-TERM-01", false, 0, 3, "2027-T1", "after-deadline"],
    ]);
    expect(interop.atTarget).toBe(2);
    expect(interop.compliantFrom).toBe("2027-T1");
    expect(plan.missing).toEqual(expect.arrayContaining(["security", "urbanisation"]));
    expect(plan.compliantFrom).toBeUndefined();
    expect(plan.can).toEqual({ edit: true, validate: true });
  });

  it("gives rights by role: draft edits but cannot validate, validate does both, no grant is forbidden, another company is not found", async () => {
    const { product } = await validatedProduct();
    const drafter = await userNamed("demo.contributeur");
    const validator = await userNamed("demo.redactrice");
    const stranger = await userNamed("demo.medisoft");
    await expect(getPlan(getDb(), drafter, { productId: product.id }, TODAY)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveLine(drafter, edit(product.id, "INT-CISIS-01", 0), TODAY)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getPlan(getDb(), stranger, { productId: product.id }, TODAY)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveLine(stranger, edit(product.id, "INT-CISIS-01", 0), TODAY)).rejects.toBeInstanceOf(NotFoundError);
    await expect(validatePlan(stranger, { subject: product.id, revision: 0 }, {}, TODAY)).rejects.toBeInstanceOf(NotFoundError);

    await grantProduct(drafter, product.id, "draft");
    await grantProduct(validator, product.id, "validate");
    expect((await getPlan(getDb(), drafter, { productId: product.id }, TODAY)).can).toEqual({ edit: true, validate: false });
    const saved = await saveLine(drafter, edit(product.id, "INT-CISIS-01", 0, { plannedQuarter: "2027-T2" }), TODAY);
    expect(saved).toMatchObject({ status: "saved", line: { plannedQuarter: "2027-T2", revision: 1 } });
    await expect(validatePlan(drafter, { subject: product.id, revision: saved.planRevision }, {}, TODAY)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(validatePlan(validator, { subject: product.id, revision: saved.planRevision }, {}, TODAY)).resolves.toHaveProperty(
      "snapshotId",
    );
  });

  it("the strategy plan needs the strategy grant", async () => {
    const drafter = await userNamed("demo.contributeur");
    await expect(getPlan(getDb(), drafter, { productId: null }, TODAY)).rejects.toBeInstanceOf(ForbiddenError);
    await getDb().insert(grants).values({ userId: drafter.id, companyId: drafter.companyId!, kind: "strategy", level: "draft" });
    const plan = await getPlan(getDb(), drafter, { productId: null }, TODAY);
    expect(plan.missing).toEqual(["strategy"]);
    expect(plan.can).toEqual({ edit: true, validate: false });
  });

  it("refuses a save based on a revision someone changed since, returning their values", async () => {
    const { responsable, product } = await validatedProduct();
    const drafter = await userNamed("demo.contributeur");
    await grantProduct(drafter, product.id, "draft");
    await saveLine(responsable, edit(product.id, "INT-TERM-01", 0, { plannedQuarter: "2027-T3", note: "Camille" }), TODAY);
    const conflict = await saveLine(drafter, edit(product.id, "INT-TERM-01", 0, { plannedQuarter: "2027-T4", note: "Lucas" }), TODAY);
    expect(conflict).toMatchObject({ status: "conflict", current: { plannedQuarter: "2027-T3", note: "Camille", revision: 1 } });
    const plan = await getPlan(getDb(), responsable, { productId: product.id }, TODAY);
    expect(line(plan, "INT-TERM-01")).toMatchObject({ plannedQuarter: "2027-T3", note: "Camille" });
    // Saved again from the revision now known, it goes through.
    expect(await saveLine(drafter, edit(product.id, "INT-TERM-01", 1, { plannedQuarter: "2027-T4", note: "Lucas" }), TODAY)).toMatchObject({
      status: "saved",
      othersSaved: false,
    });
  });

  it("refuses a level below today's, an owner without access, and a requirement outside the plan", async () => {
    const { responsable, product } = await validatedProduct();
    const outsider = await userNamed("demo.contributeur");
    await expect(saveLine(responsable, edit(product.id, "INT-CISIS-01", 0, { plannedLevel: 0 }), TODAY)).rejects.toMatchObject({
      fieldErrors: { plannedLevel: ["plans.errors.levelBelowCurrent"] },
    });
    await expect(saveLine(responsable, edit(product.id, "INT-CISIS-01", 0, { ownerId: outsider.id }), TODAY)).rejects.toMatchObject({
      fieldErrors: { ownerId: ["plans.errors.owner"] },
    });
    await expect(saveLine(responsable, edit(product.id, "INT-NOPE-99", 0), TODAY)).rejects.toBeInstanceOf(NotFoundError);
    await grantProduct(outsider, product.id, "draft");
    await expect(saveLine(responsable, edit(product.id, "INT-CISIS-01", 0, { ownerId: outsider.id }), TODAY)).resolves.toMatchObject({
      status: "saved",
    });
  });

  it("sets the quarter or owner of several lines at once, skipping lines changed meanwhile", async () => {
    const { responsable, product } = await validatedProduct();
    await saveLine(responsable, edit(product.id, "INT-TERM-01", 0, { plannedQuarter: "2027-T2" }), TODAY);
    const result = await bulkUpdate(
      responsable,
      {
        subject: product.id,
        lines: [
          { requirementId: "INT-CISIS-01", baseRevision: 0 },
          { requirementId: "INT-TERM-01", baseRevision: 0 },
        ],
        plannedQuarter: "2028-T1",
        ownerId: responsable.id,
      },
      {},
      TODAY,
    );
    expect(result).toMatchObject({ updated: ["INT-CISIS-01"], conflicts: ["INT-TERM-01"] });
    const plan = await getPlan(getDb(), responsable, { productId: product.id }, TODAY);
    expect(line(plan, "INT-CISIS-01")).toMatchObject({ plannedQuarter: "2028-T1", ownerId: responsable.id });
    expect(line(plan, "INT-TERM-01").plannedQuarter).toBe("2027-T2");
  });
});

describe("validating a plan", () => {
  beforeEach(seedDemo);

  it("freezes a snapshot signed by name, emails the Responsable, and refuses a stale revision", async () => {
    const { responsable, product } = await validatedProduct();
    const saved = await saveLine(responsable, edit(product.id, "INT-CISIS-01", 0, { plannedQuarter: "2027-T3" }), TODAY);
    await expect(validatePlan(responsable, { subject: product.id, revision: saved.planRevision - 1 }, {}, TODAY)).rejects.toMatchObject({
      messageKey: "plans.errors.staleValidation",
    });
    const { snapshotId } = await validatePlan(responsable, { subject: product.id, revision: saved.planRevision }, {}, TODAY);
    const [snapshot] = await getDb().select().from(planSnapshots).where(eq(planSnapshots.id, snapshotId));
    expect(snapshot).toMatchObject({ validatedByName: "Camille Martin", compliantFrom: "unknown" });
    const mails = await getDb().select().from(emailOutbox).where(eq(emailOutbox.template, "plans.validated"));
    expect(mails.map((m) => m.toAddress)).toEqual(["camille.martin@sante-logiciels.example"]);
    const plan = await getPlan(getDb(), responsable, { productId: product.id }, TODAY);
    expect(plan.history.map((h) => h.validatedByName)).toEqual(["Camille Martin"]);
  });

  it("the database refuses to change or delete a validated plan", async () => {
    const { responsable, product } = await validatedProduct();
    const { snapshotId } = await validatePlan(responsable, { subject: product.id, revision: 0 }, {}, TODAY);
    const refusal = (query: Promise<unknown>) =>
      query.then(
        () => "accepted",
        (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message),
      );
    expect(await refusal(getDb().execute(sql`update plan_snapshots set validated_by_name = 'x' where id = ${snapshotId}`))).toMatch(
      /plan_snapshots is immutable/,
    );
    expect(await refusal(getDb().execute(sql`delete from plan_snapshots where id = ${snapshotId}`))).toMatch(/plan_snapshots is immutable/);
    expect(await getDb().select().from(planSnapshots)).toHaveLength(1);
  });

  it("refuses a plan with nothing to plan from", async () => {
    const responsable = await userNamed("demo.responsable");
    const product = await productNamed("Dossier Patient", "iOS");
    await expect(validatePlan(responsable, { subject: product.id, revision: 0 }, {}, TODAY)).rejects.toBeInstanceOf(ActionError);
  });
});

describe("re-basing", () => {
  beforeEach(seedDemo);

  it("marks reached commitments done when an evaluation is validated; the others keep their dates and become late", async () => {
    const { responsable, product, evaluationId } = await validatedProduct();
    await saveLine(responsable, edit(product.id, "INT-CISIS-01", 0, { plannedQuarter: "2027-T1" }), TODAY);
    await reopenEvaluation(responsable, { evaluationId, revision: await evaluationRevision(evaluationId) });
    await answer(responsable, evaluationId, "INT-CISIS-01", level("3"));
    await validateEvaluation(responsable, { evaluationId, revision: await evaluationRevision(evaluationId) });

    const later = "2027-04-02";
    const plan = await getPlan(getDb(), responsable, { productId: product.id }, later);
    // CISIS reached 3: done, still listed. TERM kept its default quarter (2027-T1, written down by the re-basing) and is late.
    expect(line(plan, "INT-CISIS-01")).toMatchObject({ state: "done", currentLevel: 3 });
    expect(line(plan, "INT-TERM-01")).toMatchObject({ state: "late", plannedQuarter: "2027-T1" });
    expect(plan.warnings).toContainEqual({ kind: "late", theme: "interoperability", requirementId: "INT-TERM-01" });
  });
});
