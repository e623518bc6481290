import type { Level, Questionnaire } from "../questionnaires/schema";
import type { Answers } from "./answers";
import { isNotConcerned } from "./not-concerned";
import { scoreQuestionnaire, type QuestionnaireScore } from "./score";

// The plan de convergence is scored by the very function that scores evaluations, fed
// with the levels the plan says will be reached at a date.

export type PlannedStep = { requirementId: string; level: Level; by: string };
export type Plan = { answers: Answers; steps: PlannedStep[] };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

/**
 * Answers as they will stand on `date` (YYYY-MM-DD, compared as text): for each requirement
 * the highest level among the current answer and the steps due on or before `date`.
 * A plan never lowers a level. A "not concerned" answer stays so: the plan covers what
 * applies to the product, and changing scope is a change of answers, not a step.
 */
export function answersAt(answers: Answers, steps: PlannedStep[], date: string): Answers {
  if (!ISO_DATE.test(date)) throw new RangeError(`Expected a YYYY-MM-DD date, got "${date}"`);
  // A Map, not assignments on an object: a step id such as "__proto__" stays a plain key.
  const requirements = new Map(Object.entries(answers.requirements));
  for (const step of steps) {
    if (step.by > date) continue;
    const current = requirements.get(step.requirementId);
    if (isNotConcerned(current)) continue;
    if (step.level > (current?.level ?? 0)) requirements.set(step.requirementId, { ...current, level: step.level });
  }
  return { qualifiers: answers.qualifiers, requirements: Object.fromEntries(requirements) };
}

export function scoreAt(questionnaire: Questionnaire, plan: Plan, date: string): QuestionnaireScore {
  return scoreQuestionnaire(questionnaire, answersAt(plan.answers, plan.steps, date));
}

/** "2026-Q1" → "2026-03-31": a quarter is judged on its last day. */
export function quarterEnd(quarter: string): string {
  const match = QUARTER.exec(quarter);
  if (!match) throw new RangeError(`Expected a quarter like 2026-Q1, got "${quarter}"`);
  const [, year, q] = match;
  return `${year}-${["03-31", "06-30", "09-30", "12-31"][Number(q) - 1]}`;
}

/** Quarter containing a YYYY-MM-DD date. */
export function quarterOf(date: string): string {
  if (!ISO_DATE.test(date)) throw new RangeError(`Expected a YYYY-MM-DD date, got "${date}"`);
  return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
}

/** Every quarter from `first` to `last`, both included. */
export function quarterRange(first: string, last: string): string[] {
  const index = (q: string) => {
    quarterEnd(q); // validates
    return Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1;
  };
  const quarters: string[] = [];
  for (let i = index(first); i <= index(last); i++) quarters.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return quarters;
}

export type CurvePoint = {
  quarter: string;
  date: string;
  score: number | null;
  maturity: QuestionnaireScore["maturity"];
  compliant: boolean;
};

/**
 * The projected score at the end of each quarter (returned in chronological order) and the
 * first quarter where the product is compliant, or null if the plan never gets there.
 * Levels only rise over time, so compliance, once reached, holds.
 */
export function projectCurve(
  questionnaire: Questionnaire,
  answers: Answers,
  steps: PlannedStep[],
  quarters: string[],
): { points: CurvePoint[]; compliantFrom: string | null } {
  const points = [...quarters]
    .map((quarter) => ({ quarter, date: quarterEnd(quarter) }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map(({ quarter, date }) => {
      const s = scoreAt(questionnaire, { answers, steps }, date);
      return { quarter, date, score: s.score, maturity: s.maturity, compliant: s.compliant };
    });
  return { points, compliantFrom: points.find((p) => p.compliant)?.quarter ?? null };
}
