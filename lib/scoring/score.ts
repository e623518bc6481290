import type { Level, Questionnaire, Requirement, Threshold } from "../questionnaires/schema";
import type { Answers } from "./answers";
import { isNotConcerned } from "./not-concerned";
import { isApplicable } from "./applicability";

// Pure: the same function scores on the server, in exports, in the browser and in tests.

/** Mandatory requirements weigh twice an optional one in every mean. */
export const MANDATORY_WEIGHT = 2;
export const OPTIONAL_WEIGHT = 1;

export type RequirementScore = {
  id: string;
  sectionId: string;
  mandatory: boolean;
  weight: number;
  applicable: boolean;
  /** An answer exists (a level or "not concerned"), whether or not it counts. */
  answered: boolean;
  notConcerned: boolean;
  /** Applicable and not "not concerned": part of the means. */
  counted: boolean;
  /** Level used in the means (0 when unanswered); null when the requirement does not count. */
  level: Level | null;
  /** level / 4, or null when the requirement does not count. */
  score: number | null;
  target: Requirement["target"];
  targetMet: boolean | null;
};

export type Progress = { answered: number; applicable: number };

/** A section holding only qualifiers has requirements: 0 and a null score. */
export type SectionScore = {
  id: string;
  score: number | null;
  requirements: number;
  counted: number;
  progress: Progress;
};

export type Gap = {
  id: string;
  sectionId: string;
  mandatory: boolean;
  level: Level;
  targetLevel: Level;
  by: string;
  answered: boolean;
};

export type QuestionnaireScore = {
  theme: Questionnaire["theme"];
  version: string;
  /** 0–100, or null when no requirement counts. */
  score: number | null;
  maturity: Threshold | null;
  compliant: boolean;
  progress: Progress & { qualifiersAnswered: number; qualifiers: number };
  requirements: RequirementScore[];
  sections: SectionScore[];
  gaps: Gap[];
};

export function scoreQuestionnaire(questionnaire: Questionnaire, answers: Answers): QuestionnaireScore {
  const requirements: RequirementScore[] = [];
  const sections: SectionScore[] = [];
  let qualifiers = 0;
  let qualifiersAnswered = 0;

  for (const section of questionnaire.sections) {
    const inSection: RequirementScore[] = [];
    for (const item of section.items) {
      if (item.kind === "qualifier") {
        qualifiers += 1;
        if (Object.hasOwn(answers.qualifiers, item.id)) qualifiersAnswered += 1;
        continue;
      }
      inSection.push(scoreRequirement(item, section.id, answers));
    }
    requirements.push(...inSection);
    sections.push({
      id: section.id,
      score: weightedScore(inSection),
      requirements: inSection.length,
      counted: inSection.filter((r) => r.counted).length,
      progress: progressOf(inSection),
    });
  }

  const score = weightedScore(requirements);
  return {
    theme: questionnaire.theme,
    version: questionnaire.version,
    score,
    maturity: score === null ? null : maturityFor(questionnaire.levels, score),
    compliant: isCompliant(requirements),
    progress: { ...progressOf(requirements), qualifiersAnswered, qualifiers },
    requirements,
    sections,
    gaps: gapsOf(requirements),
  };
}

function scoreRequirement(requirement: Requirement, sectionId: string, answers: Answers): RequirementScore {
  const answer = Object.hasOwn(answers.requirements, requirement.id) ? answers.requirements[requirement.id] : undefined;
  const applicable = isApplicable(requirement, answers.qualifiers);
  const notConcerned = isNotConcerned(answer);
  const counted = applicable && !notConcerned;
  // An applicable requirement left unanswered counts as "not planned".
  const level: Level | null = !counted ? null : answer && "level" in answer ? answer.level : 0;
  return {
    id: requirement.id,
    sectionId,
    mandatory: requirement.mandatory,
    weight: requirement.mandatory ? MANDATORY_WEIGHT : OPTIONAL_WEIGHT,
    applicable,
    answered: answer !== undefined,
    notConcerned,
    counted,
    level,
    score: level === null ? null : level / 4,
    target: requirement.target,
    targetMet: level === null ? null : level >= requirement.target.level,
  };
}

/**
 * 100 × Σ(weight × level) / (4 × Σ weight) over the requirements that count.
 * Numerator and denominator are integers and divided once, so a score that is exactly a
 * threshold (say 50) comes out as exactly 50, never 49.999….
 * Null when nothing counts (nothing applicable, or everything "not concerned"): there is
 * no evidence to average, and 0 would read as "nothing done".
 */
export function weightedScore(requirements: RequirementScore[]): number | null {
  let points = 0;
  let weights = 0;
  for (const r of requirements) {
    if (r.level === null) continue;
    points += r.weight * r.level;
    weights += r.weight;
  }
  return weights === 0 ? null : (100 * points) / (4 * weights);
}

/** The highest threshold whose minimum the score reaches (thresholds ascend, the first is 0). */
export function maturityFor(levels: Threshold[], score: number): Threshold | null {
  let reached: Threshold | null = null;
  for (const t of levels) if (score >= t.min) reached = t;
  return reached;
}

/**
 * Compliant when every applicable mandatory requirement that counts meets its target level.
 * "Not concerned" leaves a mandatory requirement out, as it does from the score; but a
 * product cannot become compliant by declaring itself not concerned by every applicable
 * mandatory requirement: when some apply and none counts, it is not compliant. With no
 * applicable mandatory requirement at all, the Doctrine asks nothing: compliant.
 */
function isCompliant(requirements: RequirementScore[]): boolean {
  const mandatory = requirements.filter((r) => r.applicable && r.mandatory);
  const counted = mandatory.filter((r) => r.counted);
  if (mandatory.length > 0 && counted.length === 0) return false;
  return counted.every((r) => r.targetMet);
}

function progressOf(requirements: RequirementScore[]): Progress {
  const applicable = requirements.filter((r) => r.applicable);
  return { answered: applicable.filter((r) => r.answered).length, applicable: applicable.length };
}

/** Counted requirements below target: mandatory first, then the nearest deadline, then id. */
function gapsOf(requirements: RequirementScore[]): Gap[] {
  return requirements
    .filter((r) => r.targetMet === false)
    .map((r) => ({
      id: r.id,
      sectionId: r.sectionId,
      mandatory: r.mandatory,
      level: r.level as Level,
      targetLevel: r.target.level,
      by: r.target.by,
      answered: r.answered,
    }))
    .sort((a, b) => Number(b.mandatory) - Number(a.mandatory) || compareText(a.by, b.by) || compareText(a.id, b.id));
}

// Code-point order: deterministic whatever the runtime's locale.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
