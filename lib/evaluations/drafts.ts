import type { Level } from "@/lib/questionnaires/schema";
import type { QualifierAnswer } from "@/lib/scoring/answers";
import type { StoredAnswer } from "./model";

// The answering form's local state for one item, and the form fields a save sends. Pure, so
// that the browser and the tests share it.

export type LevelChoice = "" | "0" | "1" | "2" | "3" | "4" | "nc";

export type Draft = {
  value: QualifierAnswer | null;
  level: LevelChoice;
  plannedDate: string;
  justification: string;
  comment: string;
  evidenceUrl: string;
  evidenceDocumentId: string | null;
  evidenceName: string | null;
};

export const EMPTY_DRAFT: Draft = {
  value: null,
  level: "",
  plannedDate: "",
  justification: "",
  comment: "",
  evidenceUrl: "",
  evidenceDocumentId: null,
  evidenceName: null,
};

export function toDraft(answer: StoredAnswer | null | undefined): Draft {
  if (!answer) return EMPTY_DRAFT;
  return {
    value: answer.value,
    level: answer.notConcerned ? "nc" : answer.level === null ? "" : (String(answer.level) as LevelChoice),
    plannedDate: answer.plannedDate ?? "",
    justification: answer.justification ?? "",
    comment: answer.comment ?? "",
    evidenceUrl: answer.evidenceUrl ?? "",
    evidenceDocumentId: answer.evidenceDocumentId,
    evidenceName: answer.evidenceName,
  };
}

/** The draft in the shape the completeness and scoring rules read. */
export function draftAsAnswer(
  draft: Draft,
): Pick<StoredAnswer, "value" | "level" | "notConcerned" | "justification" | "plannedDate" | "comment"> {
  return {
    value: draft.value,
    level: draft.level === "" || draft.level === "nc" ? null : (Number(draft.level) as Level),
    notConcerned: draft.level === "nc",
    justification: draft.justification.trim() || null,
    plannedDate: draft.plannedDate || null,
    comment: draft.comment.trim() || null,
  };
}

/** Whether two drafts hold the same answer (what a save compares to know if typing went on). */
export function sameDraft(a: Draft, b: Draft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields of one item's save, as the save action reads them. */
export function draftFields(kind: "qualifier" | "requirement", draft: Draft, removeEvidence = false): Record<string, string> {
  if (kind === "qualifier") return { value: JSON.stringify(draft.value) };
  return {
    level: draft.level,
    plannedDate: draft.plannedDate,
    justification: draft.justification,
    comment: draft.comment,
    evidenceUrl: draft.evidenceUrl.trim(),
    removeEvidence: removeEvidence ? "1" : "",
  };
}
