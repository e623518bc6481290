import type { ConditionLeaf, Requirement } from "../questionnaires/schema";
import type { QualifierAnswers } from "./answers";

/**
 * Whether a requirement applies given the qualifier answers.
 *
 * An unanswered qualifier makes every condition on it false, including `equals: false`:
 * "we don't know yet" is not "no". A conditional requirement therefore stays out of scope
 * (and out of the score) until its qualifiers are answered; the questionnaire asks the
 * qualifiers first, and progress counts them, so the gap is visible rather than hidden.
 * An answer of the wrong shape (a string for a yes/no question) is treated as unanswered.
 */
export function isApplicable(requirement: Pick<Requirement, "applicableIf">, qualifiers: QualifierAnswers): boolean {
  const condition = requirement.applicableIf;
  if (!condition) return true;
  return "all" in condition
    ? condition.all.every((leaf) => leafHolds(leaf, qualifiers))
    : condition.any.some((leaf) => leafHolds(leaf, qualifiers));
}

function leafHolds(leaf: ConditionLeaf, qualifiers: QualifierAnswers): boolean {
  if (!Object.hasOwn(qualifiers, leaf.question)) return false;
  const answer = qualifiers[leaf.question];
  // "multiple": equals = the selection contains the value; in = it contains one of them.
  if (Array.isArray(answer)) {
    return "equals" in leaf ? typeof leaf.equals === "string" && answer.includes(leaf.equals) : leaf.in.some((v) => answer.includes(v));
  }
  if ("equals" in leaf) return answer === leaf.equals;
  return typeof answer === "string" && leaf.in.includes(answer);
}
