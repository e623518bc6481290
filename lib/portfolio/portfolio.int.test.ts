import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { evaluations, products, users } from "@/db/schema";
import { ForbiddenError } from "@/lib/actions/errors";
import type { AppUser } from "@/lib/auth/types";
import { startEvaluation } from "@/lib/evaluations/start";
import { answer, answerQualifiers, grantProduct, level, productNamed, userNamed } from "@/lib/evaluations/test-support";
import { validateEvaluation } from "@/lib/evaluations/validate";
import { getPlan } from "@/lib/plans/load";
import { saveLine } from "@/lib/plans/save";
import { validatePlan } from "@/lib/plans/validate";
import { seedDemo } from "@/tests/integration/fixtures";
import { getPortfolio } from "./load";

// Saved on 2 December 2026; the portfolio is then read on other days (today is injected).
const SAVED_ON = "2026-12-02";
const LATER = "2027-04-15"; // 2027-T1 has ended: a commitment planned then and not reached is late
const BEFORE_DEADLINE = "2025-11-01"; // the Doctrine's 2025-12-31 deadlines are within 90 days

const revisionOf = async (id: string) =>
  (await getDb().select({ r: evaluations.revision }).from(evaluations).where(eq(evaluations.id, id)))[0].r;

/**
 * Interoperability 2025.1 of "Dossier Patient" (Windows) validated with four applicable
 * requirements (targets 3 by 2025-12-31; CI-SIS mandatory at 1, terminologies optional at 0),
 * and a plan bringing CI-SIS to 3 in 2027-T1, owned by `owner`.
 */
async function company(owner?: AppUser) {
  const responsable = await userNamed("demo.responsable");
  const product = await productNamed("Dossier Patient", "Windows");
  const { id } = await startEvaluation(responsable, { theme: "interoperability", productId: product.id, version: "2025.1" });
  await answerQualifiers(responsable, id);
  await answer(responsable, id, "INT-CISIS-01", level("1", { plannedDate: "2027-03-01" }));
  await answer(responsable, id, "INT-FHIR-01", level("3"));
  await answer(responsable, id, "INT-TERM-01", level("0"));
  await answer(responsable, id, "INT-EXP-01", level("4"));
  await validateEvaluation(responsable, { evaluationId: id, revision: await revisionOf(id) });
  if (owner && owner.id !== responsable.id) await grantProduct(owner, product.id, "draft");
  const saved = await saveLine(
    responsable,
    {
      subject: product.id,
      requirementId: "INT-CISIS-01",
      baseRevision: 0,
      plannedLevel: 3,
      plannedQuarter: "2027-T1",
      ownerId: (owner ?? responsable).id,
      note: "",
    },
    SAVED_ON,
  );
  if (saved.status !== "saved") throw new Error("conflict");
  return { responsable, product, evaluationId: id, planRevision: saved.planRevision };
}

const rowOf = (view: Awaited<ReturnType<typeof getPortfolio>>, productId: string, theme: string) =>
  view.page.rows.find((r) => r.product.id === productId && r.theme === theme);

describe("the portfolio", () => {
  beforeEach(seedDemo);

  it("shows each product × theme with the score, the states, the plan page's projected date and the late commitments", async () => {
    const { responsable, product, planRevision } = await company();
    let view = await getPortfolio(getDb(), responsable, {}, LATER);
    expect(view.productCount).toBe(3);
    expect(view.page.total).toBe(9);
    const interop = rowOf(view, product.id, "interoperability")!;
    const plan = await getPlan(getDb(), responsable, { productId: product.id }, LATER);
    const planInterop = plan.themes.find((t) => t.theme === "interoperability")!;
    expect(interop).toMatchObject({
      source: "validated",
      evaluation: { state: "validated" },
      plan: { state: "draft", validatedAt: null },
      late: 1,
      score: planInterop.currentScore,
    });
    expect(interop.score).not.toBeNull();
    expect(interop.maturity).not.toBeNull();
    // The same projection as the plan page: CI-SIS reaches its target in 2027-T1, so the first quarter shown is compliant.
    expect(planInterop.compliantFrom).toBe("2027-T2");
    expect(interop.compliance).toBe("2027-T2");
    expect(rowOf(view, product.id, "security")).toMatchObject({
      source: null,
      score: null,
      evaluation: { state: "not_started", id: null },
      compliance: null,
      late: 0,
    });

    await validatePlan(responsable, { subject: product.id, revision: planRevision }, {}, LATER);
    view = await getPortfolio(getDb(), responsable, {}, LATER);
    expect(rowOf(view, product.id, "interoperability")!.plan.state).toBe("validated");
    expect(rowOf(view, product.id, "interoperability")!.plan.validatedAt).toBeInstanceOf(Date);
    const other = await productNamed("Module Télé-expertise");
    expect(rowOf(view, other.id, "interoperability")!.plan).toEqual({ state: "none", validatedAt: null });

    // Every row agrees with its product's plan page (read one subject at a time there, all at once here).
    for (const productId of new Set(view.page.rows.map((r) => r.product.id))) {
      const page = await getPlan(getDb(), responsable, { productId }, LATER);
      for (const theme of page.themes) {
        expect(rowOf(view, productId, theme.theme)).toMatchObject({
          score: theme.currentScore,
          compliance: theme.compliantFrom ?? "never",
          late: theme.lines.filter((l) => l.state === "late").length,
        });
      }
    }

    // Before 2027-T1 ends the same commitment is on track: nothing late.
    expect(rowOf(await getPortfolio(getDb(), responsable, {}, SAVED_ON), product.id, "interoperability")!.late).toBe(0);
  });

  it("shows a contributor only the products granted, another company none of them, agency staff nothing", async () => {
    const { product } = await company();
    const contributor = await userNamed("demo.contributeur");
    expect((await getPortfolio(getDb(), contributor, {}, LATER)).page).toEqual({ rows: [], total: 0 });
    await grantProduct(contributor, product.id, "draft");
    const view = await getPortfolio(getDb(), contributor, {}, LATER);
    expect(new Set(view.page.rows.map((r) => r.product.id))).toEqual(new Set([product.id]));
    expect(view.page.total).toBe(3);

    const stranger = await getPortfolio(getDb(), await userNamed("demo.medisoft"), {}, LATER);
    expect(stranger.page.rows.some((r) => r.product.id === product.id)).toBe(false);
    expect(stranger.needs.late).toEqual([]);
    await expect(getPortfolio(getDb(), await userNamed("demo.operateur"), {}, LATER)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("sorts, filters and pages on the server", async () => {
    const { responsable, product } = await company();
    await getDb()
      .insert(products)
      .values(
        ["Agenda", "Bureau"].map((name) => ({
          companyId: responsable.companyId!,
          kind: "base" as const,
          name,
          version: "1.0",
          os: "Linux",
          device: "Desktop",
        })),
      );
    const read = (params: Record<string, string>) => getPortfolio(getDb(), responsable, params, LATER);

    const first = await read({ size: "10" });
    expect(first.page.total).toBe(15);
    expect(first.page.rows).toHaveLength(10);
    expect(first.page.rows[0].product.name).toBe("Agenda");
    const second = await read({ size: "10", page: "2" });
    expect(second.page.rows).toHaveLength(5);
    expect(second.page.rows.map((r) => r.key)).not.toContain(first.page.rows[0].key);

    const late = await read({ sort: "late", dir: "desc" });
    expect(late.page.rows[0]).toMatchObject({ product: { id: product.id }, theme: "interoperability", late: 1 });
    const byScore = await read({ sort: "score", dir: "asc" });
    expect(byScore.page.rows[0].score).not.toBeNull(); // rows without a score go last, whatever the direction
    expect((await read({ sort: "score", dir: "desc" })).page.rows[0].key).toBe(byScore.page.rows[0].key);

    expect((await read({ q: "tele" })).page.rows.map((r) => r.product.name)).toEqual(Array(3).fill("Module Télé-expertise"));
    expect((await read({ theme: "security" })).page.total).toBe(5);
    expect((await read({ evaluation: "validated" })).page.rows.map((r) => r.key)).toEqual([`${product.id}:interoperability`]);
    expect((await read({ plan: "draft" })).page.total).toBe(3);
    expect((await read({ late: "1" })).page.rows.map((r) => r.key)).toEqual([`${product.id}:interoperability`]);
    // Unknown values fall back to no filter rather than failing.
    expect((await read({ theme: "strategy", plan: "bogus", sort: "drop table" })).page.total).toBe(15);
  });

  it("lists what needs the Responsable and what needs a contributor", async () => {
    const owner = await userNamed("demo.contributeur");
    const validator = await userNamed("demo.redactrice");
    const { responsable, product } = await company(owner);
    await grantProduct(validator, product.id, "validate");
    const { id: draftId } = await startEvaluation(responsable, { theme: "security", productId: product.id });
    const ios = await productNamed("Dossier Patient", "iOS");
    const { id: otherDraft } = await startEvaluation(responsable, { theme: "security", productId: ios.id });
    await getDb().insert(users).values({
      username: "new.member",
      email: "new.member@sante-logiciels.example",
      firstName: "Nina",
      lastName: "Nouvelle",
      companyId: responsable.companyId,
      companyRole: "contributor",
    });

    const boss = await getPortfolio(getDb(), responsable, {}, LATER);
    expect(boss.needs.drafts).toEqual(
      expect.arrayContaining([
        { kind: "evaluation-draft", productId: product.id, theme: "security", evaluationId: draftId },
        { kind: "evaluation-draft", productId: ios.id, theme: "security", evaluationId: otherDraft },
        { kind: "plan-draft", productId: product.id },
      ]),
    );
    expect(boss.needs.late).toEqual([
      { kind: "late", productId: product.id, theme: "interoperability", requirementId: "INT-CISIS-01", plannedQuarter: "2027-T1" },
    ]);
    expect(boss.needs.invited.map((m) => m.name)).toEqual(["Nina Nouvelle"]);

    // The owner (draft right): the late commitment is theirs; nothing to validate; no team to watch.
    const mine = await getPortfolio(getDb(), owner, {}, LATER);
    expect(mine.needs.late.map((l) => l.requirementId)).toEqual(["INT-CISIS-01"]);
    expect(mine.needs.drafts).toEqual([]);
    expect(mine.needs.invited).toEqual([]);

    // The validator: the drafts of the product granted only, no one else's late commitment.
    const checker = await getPortfolio(getDb(), validator, {}, LATER);
    expect(checker.needs.drafts).toEqual(
      expect.arrayContaining([
        { kind: "evaluation-draft", productId: product.id, theme: "security", evaluationId: draftId },
        { kind: "plan-draft", productId: product.id },
      ]),
    );
    expect(checker.needs.drafts.some((d) => d.productId === ios.id)).toBe(false);
    expect(checker.needs.late).toEqual([]);

    // Deadlines within 90 days of "today": the 2025-12-31 targets not reached yet, in the products one sees.
    const early = await getPortfolio(getDb(), owner, {}, BEFORE_DEADLINE);
    // (The security draft just started plans every requirement from level 0: its deadlines are listed too.)
    expect(early.needs.deadlines.filter((d) => d.theme === "interoperability").map((d) => [d.requirementId, d.deadline])).toEqual([
      ["INT-CISIS-01", "2025-12-31"],
      ["INT-TERM-01", "2025-12-31"],
    ]);
    expect((await getPortfolio(getDb(), owner, {}, LATER)).needs.deadlines).toEqual([]);
  });
});
