import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { evaluations } from "@/db/schema";
import { NotFoundError } from "@/lib/actions/errors";
import type { AppUser } from "@/lib/auth/types";
import { getEvidence } from "@/lib/evaluations/evidence";
import { getExportData } from "@/lib/evaluations/export/data";
import { getHistory } from "@/lib/evaluations/history";
import { getEvaluation } from "@/lib/evaluations/load";
import { evaluationOverview, strategyOverview } from "@/lib/evaluations/overview";
import { getResults } from "@/lib/evaluations/results";
import { saveAnswer, savePosition } from "@/lib/evaluations/save";
import { startEvaluation } from "@/lib/evaluations/start";
import { evaluationStatusByTheme } from "@/lib/evaluations/status";
import { answer, completeEvaluation, level } from "@/lib/evaluations/test-support";
import { previewUpgrade, upgradeEvaluation } from "@/lib/evaluations/upgrade";
import { reopenEvaluation, validateEvaluation } from "@/lib/evaluations/validate";
import type { MatrixCase, Role, World } from "./world";

// Evaluations of company A's product `productId` (draft and validate contributors hold a
// grant on it and on the strategy questionnaire). The set-up runs as A's Responsable; only the
// step under test runs as the actor. Reading and answering need the draft right, validating
// the validate right; another company's evaluation is "not found".

const ANSWERERS: Role[] = ["contributorDraft", "contributorValidate", "responsable"];
const VALIDATORS: Role[] = ["contributorValidate", "responsable"];

const revision = async (id: string) =>
  (await getDb().select({ r: evaluations.revision }).from(evaluations).where(eq(evaluations.id, id)))[0].r;

async function draftOf(
  w: World,
  opts: { theme?: "interoperability" | "strategy"; version?: string; complete?: boolean } = {},
): Promise<string> {
  const theme = opts.theme ?? "interoperability";
  const { id } = await startEvaluation(w.actors.responsable, {
    theme,
    productId: theme === "strategy" ? undefined : w.productId,
    version: opts.version,
  });
  if (opts.complete) await completeEvaluation(w.actors.responsable, id);
  return id;
}

async function validatedOf(w: World): Promise<string> {
  const id = await draftOf(w, { complete: true });
  await validateEvaluation(w.actors.responsable, { evaluationId: id, revision: await revision(id) });
  return id;
}

const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15,
  0xc4, 0x89, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
]);

const as = (actor: AppUser | null) => actor as AppUser;

export const evaluationCases: MatrixCase[] = [
  {
    area: "evaluations",
    name: "start the evaluation of a granted product of company A (/evaluations/start)",
    allowed: ANSWERERS,
    run: (actor, w) => startEvaluation(as(actor), { theme: "security", productId: w.productId }),
  },
  {
    area: "evaluations",
    name: "start the evaluation of a product of company A granted to nobody",
    allowed: ["responsable"],
    run: (actor, w) => startEvaluation(as(actor), { theme: "security", productId: w.otherProductId }),
  },
  {
    area: "evaluations",
    name: "start the evaluation of a product of company B",
    allowed: ["otherResponsable"],
    run: (actor, w) => startEvaluation(as(actor), { theme: "security", productId: w.foreignProductId }),
  },
  {
    area: "evaluations",
    name: "open the answering page of an evaluation of company A (/evaluations/[id])",
    allowed: ANSWERERS,
    run: async (actor, w) => getEvaluation(getDb(), as(actor), await draftOf(w)),
  },
  {
    area: "evaluations",
    name: "save an answer in an evaluation of company A",
    allowed: ANSWERERS,
    run: async (actor, w) =>
      saveAnswer(as(actor), { evaluationId: await draftOf(w), itemId: "exposes-api", baseRevision: 0, value: "true" }),
  },
  {
    area: "evaluations",
    name: "remember one's position in an evaluation of company A",
    allowed: ANSWERERS,
    run: async (actor, w) => savePosition(as(actor), { evaluationId: await draftOf(w), itemId: "exposes-api" }),
  },
  {
    area: "evaluations",
    name: "validate a complete evaluation of company A",
    allowed: VALIDATORS,
    run: async (actor, w) => {
      const id = await draftOf(w, { complete: true });
      return validateEvaluation(as(actor), { evaluationId: id, revision: await revision(id) });
    },
  },
  {
    area: "evaluations",
    name: "reopen a validated evaluation of company A",
    allowed: ANSWERERS,
    run: async (actor, w) => {
      const id = await validatedOf(w);
      return reopenEvaluation(as(actor), { evaluationId: id, revision: await revision(id) });
    },
  },
  {
    area: "evaluations",
    name: "preview the move of an evaluation of company A to a newer version (/evaluations/[id]/upgrade)",
    allowed: ANSWERERS,
    run: async (actor, w) => previewUpgrade(getDb(), as(actor), await draftOf(w, { version: "2025.1" })),
  },
  {
    area: "evaluations",
    name: "move an evaluation of company A to a newer version",
    allowed: ANSWERERS,
    run: async (actor, w) => upgradeEvaluation(as(actor), { evaluationId: await draftOf(w, { version: "2025.1" }) }),
  },
  {
    area: "evaluations",
    name: "read the results of an evaluation of company A (/evaluations/[id]/results)",
    allowed: ANSWERERS,
    run: async (actor, w) => getResults(getDb(), as(actor), await validatedOf(w)),
  },
  {
    area: "evaluations",
    name: "read the history of an evaluation of company A (/evaluations/[id]/history)",
    allowed: ANSWERERS,
    run: async (actor, w) => getHistory(getDb(), as(actor), await validatedOf(w)),
  },
  {
    area: "evaluations",
    name: "export an evaluation of company A (/evaluations/[id]/export.csv|xlsx|pdf)",
    allowed: ANSWERERS,
    run: async (actor, w) => getExportData(getDb(), as(actor), await validatedOf(w), "fr"),
  },
  {
    area: "evaluations",
    name: "download an evidence file of an evaluation of company A",
    allowed: ANSWERERS,
    run: async (actor, w) => {
      const id = await draftOf(w);
      const saved = await answer(w.actors.responsable, id, "INT-EXP-01", level("3", { evidenceFile: new File([PNG], "preuve.png") }));
      return getEvidence(getDb(), as(actor), id, saved.answer.evidenceDocumentId!);
    },
  },
  {
    area: "evaluations",
    name: "read the evaluation status per theme of a product of company A (product page)",
    allowed: ANSWERERS,
    run: async (actor, w) => {
      await draftOf(w);
      return evaluationStatusByTheme(getDb(), as(actor), w.productId);
    },
  },
  {
    area: "evaluations",
    name: "see the evaluations of company A's granted product (/evaluations)",
    allowed: ANSWERERS,
    run: async (actor, w) => {
      const overview = await evaluationOverview(getDb(), as(actor));
      if (!overview.products.some((p) => p.product.id === w.productId)) throw new NotFoundError("company A product");
    },
  },
  {
    area: "evaluations",
    name: "start the strategy questionnaire (of the actor's own company)",
    allowed: [...ANSWERERS, "otherResponsable"],
    run: (actor) => startEvaluation(as(actor), { theme: "strategy" }),
  },
  {
    area: "evaluations",
    name: "read company A's strategy questionnaire state (/strategy)",
    allowed: ANSWERERS,
    run: async (actor, w) => {
      const id = await draftOf(w, { theme: "strategy" });
      if ((await strategyOverview(getDb(), as(actor))).evaluationId !== id) throw new NotFoundError("company A strategy");
    },
  },
  {
    area: "evaluations",
    name: "save an answer in company A's strategy questionnaire",
    allowed: ANSWERERS,
    run: async (actor, w) => {
      const id = await draftOf(w, { theme: "strategy" });
      const view = await getEvaluation(getDb(), w.actors.responsable, id);
      const first = view.questionnaire.sections.flatMap((s) => s.items).find((i) => i.kind === "requirement")!;
      return saveAnswer(as(actor), { evaluationId: id, itemId: first.id, baseRevision: 0, level: "2", plannedDate: "2027-01-31" });
    },
  },
  {
    area: "evaluations",
    name: "validate company A's strategy questionnaire",
    allowed: VALIDATORS,
    run: async (actor, w) => {
      const id = await draftOf(w, { theme: "strategy", complete: true });
      return validateEvaluation(as(actor), { evaluationId: id, revision: await revision(id) });
    },
  },
];
