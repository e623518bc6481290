import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { answers, documents, evaluationPositions, evaluations } from "@/db/schema";
import { ActionError, ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { seedDemo } from "@/tests/integration/fixtures";
import { readAnswer } from "./answers-repo";
import { getEvaluation } from "./load";
import { saveAnswer } from "./save";
import { startEvaluation } from "./start";
import { answer, grantProduct, level, productNamed, qualifier, revisionOf, userNamed } from "./test-support";

async function setup() {
  const responsable = await userNamed("demo.responsable");
  const product = await productNamed("Dossier Patient", "Windows");
  const { id } = await startEvaluation(responsable, { theme: "interoperability", productId: product.id });
  return { responsable, product, id };
}

const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15,
  0xc4, 0x89, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
]);

describe("saving answers", () => {
  beforeEach(seedDemo);

  it("saves drafts item by item, bumps revisions and reopens where the user was", async () => {
    const { responsable, id } = await setup();
    await answer(responsable, id, "exposes-api", qualifier(true));
    const saved = await answer(
      responsable,
      id,
      "INT-FHIR-01",
      level("1", { plannedDate: "2026-09-30", comment: "Serveur FHIR en recette" }),
    );
    expect(saved.answer).toMatchObject({
      level: 1,
      plannedDate: "2026-09-30",
      comment: "Serveur FHIR en recette",
      revision: 1,
      updatedBy: "Camille Martin",
    });

    const again = await answer(
      responsable,
      id,
      "INT-FHIR-01",
      level("2", { plannedDate: "2026-09-30", comment: "Serveur FHIR en recette" }),
    );
    expect(again.answer.revision).toBe(2);
    // The answer a save returns is the one stored, as every reader sees it.
    expect(again.answer).toEqual(await readAnswer(getDb(), id, "INT-FHIR-01"));

    const view = await getEvaluation(getDb(), responsable, id);
    expect(view.answers["exposes-api"].value).toBe(true);
    expect(view.answers["INT-FHIR-01"]).toMatchObject({ level: 2, revision: 2 });
    expect(view.position).toBe("INT-FHIR-01");
    expect(view.revision).toBe(4); // created at 1, three saves
  });

  it("keeps text that does not count yet (a level waiting for its date) and switching back loses nothing", async () => {
    const { responsable, id } = await setup();
    await answer(responsable, id, "INT-EXP-01", { level: "nc", justification: "Pas de données patient", comment: "" });
    await answer(responsable, id, "INT-EXP-01", { level: "3", justification: "Pas de données patient" });
    const [row] = await getDb()
      .select()
      .from(answers)
      .where(and(eq(answers.evaluationId, id), eq(answers.itemId, "INT-EXP-01")));
    expect(row).toMatchObject({ level: 3, notConcerned: false, justification: "Pas de données patient" });
  });

  it("lets exactly one of two saves started from the same revision win, and tells the other what changed", async () => {
    const { responsable, product, id } = await setup();
    const contributor = await userNamed("demo.contributeur");
    await grantProduct(contributor, product.id, "draft");
    await answer(responsable, id, "INT-EXP-01", level("1", { plannedDate: "2026-06-30" }));
    const base = await revisionOf(id, "INT-EXP-01");

    const results = await Promise.all([
      saveAnswer(responsable, { evaluationId: id, itemId: "INT-EXP-01", baseRevision: base, level: "3", comment: "Export CSV livré" }),
      saveAnswer(contributor, {
        evaluationId: id,
        itemId: "INT-EXP-01",
        baseRevision: base,
        level: "2",
        plannedDate: "2026-12-31",
        comment: "En cours chez nous",
      }),
    ]);
    const saved = results.filter((r) => r.status === "saved");
    const refused = results.filter((r) => r.status === "conflict");
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const winner = saved[0].status === "saved" ? saved[0].answer : null;
    const told = refused[0].status === "conflict" ? refused[0].current : null;
    // The loser sees exactly what the winner wrote, and the row holds the winner's answer only.
    expect(told).toMatchObject({ level: winner!.level, comment: winner!.comment, revision: base + 1, updatedBy: winner!.updatedBy });
    const [row] = await getDb()
      .select()
      .from(answers)
      .where(and(eq(answers.evaluationId, id), eq(answers.itemId, "INT-EXP-01")));
    expect(row.revision).toBe(base + 1);
    expect(row.comment).toBe(winner!.comment);
  });

  it("lets exactly one of two first answers to the same item win", async () => {
    const { responsable, product, id } = await setup();
    const contributor = await userNamed("demo.contributeur");
    await grantProduct(contributor, product.id, "draft");
    const results = await Promise.all([
      saveAnswer(responsable, { evaluationId: id, itemId: "prescribes", baseRevision: 0, value: "true" }),
      saveAnswer(contributor, { evaluationId: id, itemId: "prescribes", baseRevision: 0, value: "false" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["conflict", "saved"]);
    const winner = results.find((r) => r.status === "saved")!;
    const loser = results.find((r) => r.status === "conflict")!;
    expect(loser.status === "conflict" && loser.current?.value).toBe(winner.status === "saved" && winner.answer.value);
  });

  it("tells a save that someone else saved another item meanwhile", async () => {
    const { responsable, product, id } = await setup();
    const contributor = await userNamed("demo.contributeur");
    await grantProduct(contributor, product.id, "draft");
    const first = await saveAnswer(responsable, {
      evaluationId: id,
      itemId: "prescribes",
      baseRevision: 0,
      value: "false",
      knownRevision: 1,
    });
    expect(first.status === "saved" && first.othersSaved).toBe(false);
    await saveAnswer(contributor, { evaluationId: id, itemId: "handles-imaging", baseRevision: 0, value: "false", knownRevision: 2 });
    const third = await saveAnswer(responsable, {
      evaluationId: id,
      itemId: "exposes-api",
      baseRevision: 0,
      value: "true",
      knownRevision: 2,
    });
    expect(third.status === "saved" && third.othersSaved).toBe(true);
  });

  it("refuses values the questionnaire does not offer and items it does not have", async () => {
    const { responsable, id } = await setup();
    await expect(
      saveAnswer(responsable, { evaluationId: id, itemId: "care-settings", baseRevision: 0, value: JSON.stringify(["moon-base"]) }),
    ).rejects.toBeInstanceOf(ActionError);
    await expect(
      saveAnswer(responsable, { evaluationId: id, itemId: "exposes-api", baseRevision: 0, value: JSON.stringify("maybe") }),
    ).rejects.toBeInstanceOf(ActionError);
    await expect(saveAnswer(responsable, { evaluationId: id, itemId: "INT-NOPE-01", baseRevision: 0, level: "3" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await getDb().select().from(answers)).toHaveLength(0);
  });

  it("stores evidence checked by content and refuses a renamed file", async () => {
    const { responsable, id } = await setup();
    const png = new File([PNG], "capture.png", { type: "image/png" });
    const saved = await answer(responsable, id, "INT-EXP-01", level("3", { evidenceFile: png }));
    expect(saved.answer.evidenceName).toBe("capture.png");
    const [doc] = await getDb().select().from(documents).where(eq(documents.id, saved.answer.evidenceDocumentId!));
    expect(doc).toMatchObject({ mimeType: "image/png", purpose: "evaluation_evidence", size: PNG.length });

    const fake = new File([new TextEncoder().encode("not a pdf at all")], "rapport.pdf", { type: "application/pdf" });
    await expect(answer(responsable, id, "INT-EXP-01", level("3", { evidenceFile: fake }))).rejects.toMatchObject({
      fieldErrors: { evidenceFile: ["evaluations.errors.evidence.unsupported"] },
    });
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], "gros.pdf");
    await expect(answer(responsable, id, "INT-EXP-01", level("3", { evidenceFile: big }))).rejects.toMatchObject({
      fieldErrors: { evidenceFile: ["evaluations.errors.evidence.tooLarge"] },
    });
    // The refused saves wrote nothing: the first file is still the evidence.
    expect(await getDb().select({ id: documents.id }).from(documents)).toHaveLength(1);

    // A later save without a file keeps the evidence and names it as a read of the answer does.
    const kept = await answer(responsable, id, "INT-EXP-01", level("4", { comment: "Vérifié" }));
    expect(kept.answer).toEqual(await readAnswer(getDb(), id, "INT-EXP-01"));
    expect(kept.answer.evidenceName).toBe("capture.png");

    const removed = await answer(responsable, id, "INT-EXP-01", level("3", { removeEvidence: "1" }));
    expect(removed.answer.evidenceDocumentId).toBeNull();
    expect(removed.answer).toEqual(await readAnswer(getDb(), id, "INT-EXP-01"));
  });

  it("refuses a contributor without the draft right and hides other companies' evaluations", async () => {
    const { id } = await setup();
    const contributor = await userNamed("demo.contributeur");
    const other = await userNamed("demo.medisoft");
    await expect(
      saveAnswer(contributor, { evaluationId: id, itemId: "prescribes", baseRevision: 0, value: "true" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveAnswer(other, { evaluationId: id, itemId: "prescribes", baseRevision: 0, value: "true" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getEvaluation(getDb(), other, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await getDb().select().from(evaluationPositions)).toHaveLength(0);
    const [row] = await getDb().select({ revision: evaluations.revision }).from(evaluations).where(eq(evaluations.id, id));
    expect(row.revision).toBe(1);
  });
});
