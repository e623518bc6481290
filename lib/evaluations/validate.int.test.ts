import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, emailOutbox, evaluationSnapshots, evaluations } from "@/db/schema";
import { ActionError, ForbiddenError } from "@/lib/actions/errors";
import { renderEmail } from "@/lib/email/render";
import { seedDemo } from "@/tests/integration/fixtures";
import { getHistory } from "./history";
import { getEvaluation } from "./load";
import { getResults } from "./results";
import { saveAnswer } from "./save";
import { startEvaluation } from "./start";
import { evaluationStatusByTheme } from "./status";
import { answer, answerQualifiers, grantProduct, level, productNamed, userNamed } from "./test-support";
import { reopenEvaluation, validateEvaluation } from "./validate";

async function started() {
  const responsable = await userNamed("demo.responsable");
  const product = await productNamed("Dossier Patient", "Windows");
  const { id } = await startEvaluation(responsable, { theme: "interoperability", productId: product.id, version: "2025.1" });
  return { responsable, product, id };
}

const revision = async (id: string) =>
  (await getDb().select({ r: evaluations.revision }).from(evaluations).where(eq(evaluations.id, id)))[0].r;

/** 2025.1 with only exposes-api: four requirements apply. */
async function answerEverything(user: Awaited<ReturnType<typeof userNamed>>, id: string) {
  await answerQualifiers(user, id);
  await answer(user, id, "INT-CISIS-01", level("3"));
  await answer(user, id, "INT-FHIR-01", level("1", { plannedDate: "2026-12-31" }));
  await answer(user, id, "INT-TERM-01", { level: "nc", justification: "Aucune donnée codée" });
  await answer(user, id, "INT-EXP-01", level("4", { comment: "Export complet" }));
}

describe("validating", () => {
  beforeEach(seedDemo);

  it("lists every missing item, including a level waiting for its date or a missing justification", async () => {
    const { responsable, id } = await started();
    await answerQualifiers(responsable, id);
    await answer(responsable, id, "INT-CISIS-01", level("2"));
    await answer(responsable, id, "INT-TERM-01", { level: "nc" });
    const error = await validateEvaluation(responsable, { evaluationId: id, revision: await revision(id) }).catch((e) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect(error.messageKey).toBe("evaluations.errors.incomplete");
    expect(error.fieldErrors).toEqual({
      "INT-CISIS-01": ["evaluations.missing.plannedDate"],
      "INT-FHIR-01": ["evaluations.missing.unanswered"],
      "INT-TERM-01": ["evaluations.missing.justification"],
      "INT-EXP-01": ["evaluations.missing.unanswered"],
    });
    expect(error.params).toEqual({ count: 4 });
    expect(await getDb().select().from(evaluationSnapshots)).toHaveLength(0);
  });

  it("refuses a contributor holding only the draft right, and accepts one holding validate", async () => {
    const { responsable, product, id } = await started();
    await answerEverything(responsable, id);
    const drafter = await userNamed("demo.contributeur");
    await grantProduct(drafter, product.id, "draft");
    await expect(validateEvaluation(drafter, { evaluationId: id, revision: await revision(id) })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getEvaluation(getDb(), drafter, id)).can.validate).toBe(false);
  });

  it("refuses a validation based on a revision someone changed since", async () => {
    const { responsable, id } = await started();
    await answerEverything(responsable, id);
    const seen = await revision(id);
    await answer(responsable, id, "INT-EXP-01", level("3"));
    await expect(validateEvaluation(responsable, { evaluationId: id, revision: seen })).rejects.toMatchObject({
      messageKey: "evaluations.errors.staleValidation",
    });
  });

  it("freezes a snapshot, emails the Responsable, then reopens into a draft that validates again", async () => {
    const { responsable, product, id } = await started();
    const validator = await userNamed("demo.contributeur");
    await grantProduct(validator, product.id, "validate");
    await answerEverything(responsable, id);
    const { snapshotId } = await validateEvaluation(validator, { evaluationId: id, revision: await revision(id) });

    const [snapshot] = await getDb().select().from(evaluationSnapshots).where(eq(evaluationSnapshots.id, snapshotId));
    // Mandatory CISIS (3, weight 2) + FHIR (1) + EXP (4, weight 2); TERM not concerned: 100 × (6 + 1 + 8) / (4 × 5) = 75.
    expect(snapshot).toMatchObject({
      questionnaireVersion: "2025.1",
      theme: "interoperability",
      productId: product.id,
      score: 75,
      maturity: "advanced",
      compliant: true,
      validatedById: validator.id,
    });
    expect((snapshot.answers as Record<string, { comment: string }>)["INT-EXP-01"].comment).toBe("Export complet");
    const view = await getEvaluation(getDb(), responsable, id);
    expect(view.status).toBe("validated");
    expect(view.can.edit).toBe(false);

    const [mail] = await getDb().select().from(emailOutbox).where(eq(emailOutbox.template, "evaluations.validated"));
    expect(mail.toAddress).toBe(responsable.email);
    expect(mail.payload).toMatchObject({
      validatorName: "Lucas Bernard",
      score: 75,
      theme: "interoperability",
      product: { name: "Dossier Patient", version: "5.2", os: "Windows", device: "Desktop" },
    });
    // The product is named in the recipient's language, the score with a decimal comma.
    const rendered = await renderEmail(mail.template, "fr", mail.payload);
    expect(rendered.subject).toContain("Dossier Patient 5.2 — Windows, Poste de travail");
    expect((await renderEmail(mail.template, "en", mail.payload)).subject).toContain("Dossier Patient 5.2 — Windows, Desktop");
    expect((await getDb().select().from(auditEvents)).map((e) => e.action)).toContain("evaluation.validated");

    // A validated evaluation takes no save.
    await expect(saveAnswer(responsable, { evaluationId: id, itemId: "INT-EXP-01", baseRevision: 2, level: "3" })).rejects.toMatchObject({
      messageKey: "evaluations.errors.notDraft",
    });
    expect(await evaluationStatusByTheme(getDb(), responsable, product.id)).toContainEqual({
      theme: "interoperability",
      status: "validated",
      score: 75,
      evaluationId: id,
    });

    await reopenEvaluation(responsable, { evaluationId: id, revision: await revision(id) });
    expect(await evaluationStatusByTheme(getDb(), responsable, product.id)).toContainEqual({
      theme: "interoperability",
      status: "draft",
      score: 75,
      evaluationId: id,
    });
    await answer(responsable, id, "INT-FHIR-01", level("3"));
    // A draft's results are provisional, compared with the last validation.
    const provisional = await getResults(getDb(), responsable, id);
    expect(provisional).toMatchObject({ source: "draft", snapshot: null, previous: { score: 75 } });
    expect(provisional.result.score).toBe(85);
    expect(provisional.radar?.find((r) => r.theme === "interoperability")?.score).toBe(75);
    await validateEvaluation(responsable, { evaluationId: id, revision: await revision(id) });

    const { entries } = await getHistory(getDb(), responsable, id);
    expect(entries.map((e) => [e.validatedBy, e.score])).toEqual([
      ["Camille Martin", 85],
      ["Lucas Bernard", 75],
    ]);
    const results = await getResults(getDb(), responsable, id);
    expect(results.source).toBe("snapshot");
    expect(results.result.score).toBe(85);
    expect(results.previous?.score).toBe(75);
    expect(results.changes.map((c) => c.itemId)).toEqual(["INT-FHIR-01"]);
  });

  it("never lets a validated snapshot change", async () => {
    const { responsable, id } = await started();
    await answerEverything(responsable, id);
    const { snapshotId } = await validateEvaluation(responsable, { evaluationId: id, revision: await revision(id) });
    await expect(getDb().update(evaluationSnapshots).set({ score: 100 }).where(eq(evaluationSnapshots.id, snapshotId))).rejects.toThrow();
    await expect(getDb().delete(evaluationSnapshots).where(eq(evaluationSnapshots.id, snapshotId))).rejects.toThrow();
    await expect(getDb().execute(sql`truncate evaluation_snapshots cascade`)).rejects.toThrow();
    const [row] = await getDb().select().from(evaluationSnapshots).where(eq(evaluationSnapshots.id, snapshotId));
    expect(row.score).toBe(75);
  });
});
