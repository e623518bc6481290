import type { Level, Questionnaire, Theme } from "@/lib/questionnaires/schema";
import type { Answers } from "@/lib/scoring/answers";
import { answersAt, type PlannedStep } from "@/lib/scoring/projection";
import { scoreQuestionnaire, type QuestionnaireScore, type RequirementScore } from "@/lib/scoring/score";
import { compareQuarters, lastDayOfQuarter, laterQuarter, nextQuarter, quarterOfDay, quarterRange } from "./quarters";

// Pure: the plan page, its exports, the validated snapshot and the daily job all derive the
// plan from the same inputs through these functions.

export type CurvePoint = { quarter: string; score: number | null; maturity: QuestionnaireScore["maturity"]; compliant: boolean };

/** The score at the end of each quarter, by the engine that scores evaluations, fed the planned levels. */
export function projectCurve(questionnaire: Questionnaire, answers: Answers, steps: PlannedStep[], quarters: string[]): CurvePoint[] {
  return quarters.map((quarter) => {
    const s = scoreQuestionnaire(questionnaire, answersAt(answers, steps, lastDayOfQuarter(quarter)));
    return { quarter, score: s.score, maturity: s.maturity, compliant: s.compliant };
  });
}

export type LineState = "done" | "late" | "below-target" | "after-deadline" | "on-track";

/** What a stored line holds (absent: the defaults apply). */
export type StoredLine = {
  requirementId: string;
  plannedLevel: Level;
  plannedQuarter: string;
  ownerId: string | null;
  note: string | null;
  revision: number;
};

/** A theme's starting point: the latest validated evaluation, else the current draft. */
export type ThemeStart = {
  theme: Theme;
  questionnaire: Questionnaire;
  answers: Answers;
  source: "validated" | "draft";
  /** Levels of the latest validated evaluation (null: none validated), which decide "done" and "late". */
  validatedLevels: Record<string, Level | null> | null;
};

export type PlanLine = {
  requirementId: string;
  theme: Theme;
  sectionId: string;
  mandatory: boolean;
  currentLevel: Level;
  targetLevel: Level;
  deadline: string;
  plannedLevel: Level;
  plannedQuarter: string;
  ownerId: string | null;
  note: string | null;
  /** 0: nothing stored, the line shows its defaults. */
  revision: number;
  state: LineState;
};

export type ThemePlan = {
  theme: Theme;
  version: string;
  source: "validated" | "draft";
  /** Requirements below target: the commitments. */
  lines: PlanLine[];
  /** Applicable requirements already at target (shown collapsed). */
  atTarget: number;
  /** Those requirements, read-only (mandatory first, then id). */
  atTargetLines: AtTargetLine[];
  currentScore: number | null;
  curve: CurvePoint[];
  /** First quarter compliant, "now" when already compliant, null when never as planned. */
  compliantFrom: string | null;
  /** Why the plan never reaches compliance: mandatory requirements planned below target. */
  neverBecause: string[];
};

export type AtTargetLine = { requirementId: string; mandatory: boolean; currentLevel: Level; targetLevel: Level; deadline: string };

export function defaultQuarter(deadline: string, today: string): string {
  return deadline < today ? nextQuarter(quarterOfDay(today)) : quarterOfDay(deadline);
}

/**
 * The state of a commitment on `today` (YYYY-MM-DD): done when the latest validated
 * evaluation reaches the planned level; late when its quarter has ended without that; then
 * what is wrong with the plan itself (below target before after the deadline: a missing
 * level is worse than a late one); on track otherwise.
 */
export function lineState(
  line: { plannedLevel: Level; plannedQuarter: string; targetLevel: Level; deadline: string },
  validatedLevel: Level | null,
  today: string,
): LineState {
  if (validatedLevel !== null && validatedLevel >= line.plannedLevel) return "done";
  if (lastDayOfQuarter(line.plannedQuarter) < today) return "late";
  if (line.plannedLevel < line.targetLevel) return "below-target";
  if (lastDayOfQuarter(line.plannedQuarter) > line.deadline) return "after-deadline";
  return "on-track";
}

function lineOf(r: RequirementScore, theme: Theme, stored: StoredLine | undefined, validatedLevel: Level | null, today: string): PlanLine {
  const currentLevel = r.level ?? 0;
  const base = {
    requirementId: r.id,
    theme,
    sectionId: r.sectionId,
    mandatory: r.mandatory,
    currentLevel: currentLevel as Level,
    targetLevel: r.target.level,
    deadline: r.target.by,
    // A plan never lowers a level: a stored level below today's is raised to it.
    plannedLevel: Math.max(stored?.plannedLevel ?? r.target.level, currentLevel) as Level,
    plannedQuarter: stored?.plannedQuarter ?? defaultQuarter(r.target.by, today),
    ownerId: stored?.ownerId ?? null,
    note: stored?.note ?? null,
    revision: stored?.revision ?? 0,
  };
  return { ...base, state: lineState(base, validatedLevel, today) };
}

/** A theme's plan: commitments (mandatory first, then deadline, then id), curve and compliance date. */
export function buildThemePlan(start: ThemeStart, stored: Map<string, StoredLine>, today: string): ThemePlan {
  const result = scoreQuestionnaire(start.questionnaire, start.answers);
  const counted = result.requirements.filter((r) => r.counted);
  // A line someone planned stays in the plan once reached (it shows "done").
  const lines = counted
    .filter((r) => r.targetMet === false || stored.has(r.id))
    .map((r) => lineOf(r, start.theme, stored.get(r.id), start.validatedLevels?.[r.id] ?? null, today))
    .sort((a, b) => Number(b.mandatory) - Number(a.mandatory) || cmp(a.deadline, b.deadline) || cmp(a.requirementId, b.requirementId));
  const atTargetLines: AtTargetLine[] = counted
    .filter((r) => r.targetMet === true && !stored.has(r.id))
    .map((r) => ({
      requirementId: r.id,
      mandatory: r.mandatory,
      currentLevel: (r.level ?? 0) as Level,
      targetLevel: r.target.level,
      deadline: r.target.by,
    }))
    .sort((a, b) => Number(b.mandatory) - Number(a.mandatory) || cmp(a.requirementId, b.requirementId));

  const steps: PlannedStep[] = lines.map((l) => ({
    requirementId: l.requirementId,
    level: l.plannedLevel,
    by: lastDayOfQuarter(l.plannedQuarter),
  }));
  const first: string = quarterOfDay(today);
  const last = lines.reduce((q, l) => laterQuarter(q, l.plannedQuarter), first);
  const points = projectCurve(start.questionnaire, start.answers, steps, quarterRange(first, last));
  const compliantFrom = points.find((p) => p.compliant)?.quarter ?? null;
  const neverBecause = lines.filter((l) => l.mandatory && l.plannedLevel < l.targetLevel).map((l) => l.requirementId);
  return {
    theme: start.theme,
    version: start.questionnaire.version,
    source: start.source,
    lines,
    atTarget: atTargetLines.length,
    atTargetLines,
    currentScore: result.score,
    curve: points,
    compliantFrom: result.compliant ? "now" : compliantFrom,
    neverBecause: compliantFrom === null && !result.compliant ? neverBecause : [],
  };
}

/**
 * The product's compliance quarter: the latest of its themes'; null ("never, as planned")
 * when a theme never gets there; undefined when a theme has no evaluation to plan from.
 */
export function productCompliance(themes: ThemePlan[], missingThemes: number): string | null | undefined {
  if (missingThemes > 0 || themes.length === 0) return undefined;
  let latest = "now";
  for (const t of themes) {
    if (t.compliantFrom === null) return null;
    if (t.compliantFrom !== "now" && (latest === "now" || compareQuarters(t.compliantFrom, latest) > 0)) latest = t.compliantFrom;
  }
  return latest;
}

export type Warning =
  | { kind: "after-deadline" | "below-target" | "late"; theme: Theme; requirementId: string }
  | { kind: "owner-without-access"; theme: Theme; requirementId: string; ownerId: string };

/** What the top of the plan warns about; `canOwn` tells whether an owner still has access. */
export function planWarnings(themes: ThemePlan[], canOwn: (ownerId: string) => boolean): Warning[] {
  const warnings: Warning[] = [];
  for (const t of themes) {
    for (const l of t.lines) {
      if (l.state === "done") continue;
      const at = { theme: t.theme, requirementId: l.requirementId };
      if (l.state === "late") warnings.push({ kind: "late", ...at });
      if (lastDayOfQuarter(l.plannedQuarter) > l.deadline) warnings.push({ kind: "after-deadline", ...at });
      if (l.mandatory && l.plannedLevel < l.targetLevel) warnings.push({ kind: "below-target", ...at });
      if (l.ownerId && !canOwn(l.ownerId)) warnings.push({ kind: "owner-without-access", ...at, ownerId: l.ownerId });
    }
  }
  return warnings;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
