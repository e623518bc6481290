import type { Item, Level, Qualifier, Questionnaire, Requirement } from "@/lib/questionnaires/schema";
import type { Answers, QualifierAnswer, RequirementAnswer } from "@/lib/scoring/answers";
import { isApplicable } from "@/lib/scoring/applicability";

// Pure: the answering page runs the same rules in the browser (live progress) as the
// server does on saving, validating and exporting.

/** One stored answer as pages, exports and snapshots see it. */
export type StoredAnswer = {
  itemId: string;
  value: QualifierAnswer | null;
  level: Level | null;
  notConcerned: boolean;
  justification: string | null;
  plannedDate: string | null;
  comment: string | null;
  evidenceDocumentId: string | null;
  evidenceName: string | null;
  evidenceUrl: string | null;
  revision: number;
  updatedAt: string;
  updatedBy: string | null;
};

export type StoredAnswers = Record<string, StoredAnswer>;

/** Frozen in a snapshot: the answer without its editing bookkeeping. */
export type SnapshotAnswer = Omit<StoredAnswer, "revision" | "updatedAt" | "updatedBy">;

/** Levels that promise future work need the date it is planned for. */
export const DATED_LEVELS: readonly Level[] = [1, 2];

export type MissingReason = "unanswered" | "plannedDate" | "justification";
export type MissingItem = { itemId: string; sectionId: string; reason: MissingReason };

type Indexed = { item: Item; sectionId: string };
const indexCache = new WeakMap<Questionnaire, Map<string, Indexed>>();

/** Items by id (cached per questionnaire object: loaded questionnaires never change). */
export function itemIndex(questionnaire: Questionnaire): Map<string, Indexed> {
  let index = indexCache.get(questionnaire);
  if (!index) {
    index = new Map(questionnaire.sections.flatMap((s) => s.items.map((item) => [item.id, { item, sectionId: s.id }] as const)));
    indexCache.set(questionnaire, index);
  }
  return index;
}

/** Whether a qualifier value is one the question offers (a stale value counts as unanswered). */
export function fitsQualifier(qualifier: Qualifier, value: unknown): value is QualifierAnswer {
  if (qualifier.type === "boolean") return typeof value === "boolean";
  const offered = qualifier.options.map((o) => o.value);
  if (qualifier.type === "single") return typeof value === "string" && offered.includes(value);
  return Array.isArray(value) && value.every((v) => typeof v === "string" && offered.includes(v));
}

/** The requirement answer scoring should see, or null while it is incomplete. */
export function completeRequirementAnswer(
  answer: Pick<StoredAnswer, "level" | "notConcerned" | "justification" | "plannedDate" | "comment"> | undefined,
): RequirementAnswer | null {
  if (!answer) return null;
  const comment = answer.comment?.trim() || undefined;
  if (answer.notConcerned) {
    const justification = answer.justification?.trim();
    return justification ? { notConcerned: true, justification, ...(comment ? { comment } : {}) } : null;
  }
  if (answer.level === null) return null;
  if (DATED_LEVELS.includes(answer.level)) {
    return answer.plannedDate ? { level: answer.level, plannedDate: answer.plannedDate, ...(comment ? { comment } : {}) } : null;
  }
  return { level: answer.level, ...(comment ? { comment } : {}) };
}

/**
 * The answers scoring counts: complete ones only. A level awaiting its planned date, or
 * "not concerned" awaiting its justification, is not an answer yet.
 */
export function toScoringAnswers(
  questionnaire: Questionnaire,
  stored: Record<string, Pick<StoredAnswer, "value" | "level" | "notConcerned" | "justification" | "plannedDate" | "comment">>,
): Answers {
  const index = itemIndex(questionnaire);
  const answers: Answers = { qualifiers: {}, requirements: {} };
  for (const [id, answer] of Object.entries(stored)) {
    const entry = index.get(id);
    if (!entry) continue;
    if (entry.item.kind === "qualifier") {
      if (fitsQualifier(entry.item, answer.value)) answers.qualifiers[id] = answer.value;
    } else {
      const complete = completeRequirementAnswer(answer);
      if (complete) answers.requirements[id] = complete;
    }
  }
  return answers;
}

/** Every qualifier and applicable requirement that validation still waits for, in order. */
export function missingItems(
  questionnaire: Questionnaire,
  stored: Record<string, Pick<StoredAnswer, "value" | "level" | "notConcerned" | "justification" | "plannedDate" | "comment">>,
): MissingItem[] {
  const scoring = toScoringAnswers(questionnaire, stored);
  const missing: MissingItem[] = [];
  for (const section of questionnaire.sections) {
    for (const item of section.items) {
      if (item.kind === "qualifier") {
        if (!Object.hasOwn(scoring.qualifiers, item.id)) missing.push({ itemId: item.id, sectionId: section.id, reason: "unanswered" });
        continue;
      }
      if (!isApplicable(item, scoring.qualifiers) || Object.hasOwn(scoring.requirements, item.id)) continue;
      missing.push({ itemId: item.id, sectionId: section.id, reason: requirementGap(stored[item.id]) });
    }
  }
  return missing;
}

function requirementGap(answer: Pick<StoredAnswer, "level" | "notConcerned"> | undefined): MissingReason {
  if (answer?.notConcerned) return "justification";
  if (answer && answer.level !== null && DATED_LEVELS.includes(answer.level)) return "plannedDate";
  return "unanswered";
}

/** What a snapshot keeps of each answer: the fields that matter for its level, no bookkeeping. */
export function snapshotAnswers(stored: StoredAnswers): Record<string, SnapshotAnswer> {
  const out: Record<string, SnapshotAnswer> = {};
  for (const [id, a] of Object.entries(stored)) {
    out[id] = {
      itemId: id,
      value: a.value,
      level: a.notConcerned ? null : a.level,
      notConcerned: a.notConcerned,
      justification: a.notConcerned ? a.justification : null,
      plannedDate: a.level !== null && DATED_LEVELS.includes(a.level) && !a.notConcerned ? a.plannedDate : null,
      comment: a.comment,
      evidenceDocumentId: a.evidenceDocumentId,
      evidenceName: a.evidenceName,
      evidenceUrl: a.evidenceUrl,
    };
  }
  return out;
}

export function isRequirement(item: Item): item is Requirement {
  return item.kind === "requirement";
}
