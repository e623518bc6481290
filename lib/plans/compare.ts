import type { Level, Theme } from "@/lib/questionnaires/schema";
import { compareQuarters } from "./quarters";

// Pure: what changed between two validated versions of a plan, requirement by requirement.
// A commitment can both slip and change level; it is then listed under both.

/** What a comparison needs of a validated plan's commitment. */
export type ComparedLine = {
  requirementId: string;
  mandatory: boolean;
  plannedLevel: Level;
  plannedQuarter: string;
};

/** What a comparison needs of a validated plan (the snapshot's content, parsed). */
export type ComparableSnapshot = {
  compliantFrom: string | null;
  themes: { theme: Theme; version: string; compliantFrom: string | null; lines: ComparedLine[] }[];
};

export type LineChange = { requirementId: string; mandatory: boolean; from: ComparedLine; to: ComparedLine };

export type ThemeComparison = {
  theme: Theme;
  /** The questionnaire version whose titles describe the lines ("to"'s, else "from"'s). */
  version: string;
  compliance: { from: string | null | undefined; to: string | null | undefined };
  /** Planned quarter later in "to". */
  slipped: LineChange[];
  /** Planned quarter earlier in "to". */
  movedForward: LineChange[];
  levelChanged: LineChange[];
  /** Commitments only in "to". */
  added: ComparedLine[];
  /** Commitments only in "from". */
  dropped: ComparedLine[];
  unchanged: ComparedLine[];
};

export type PlanComparison = {
  compliance: { from: string | null; to: string | null };
  themes: ThemeComparison[];
  /** Requirements with at least one difference, over every theme. */
  changedCount: number;
};

/** Compares two validated plans; themes keep the order of "to", then those only in "from". */
export function comparePlans(from: ComparableSnapshot, to: ComparableSnapshot): PlanComparison {
  const order: Theme[] = [];
  for (const t of [...to.themes, ...from.themes]) if (!order.includes(t.theme)) order.push(t.theme);
  const themes = order.map((theme) =>
    compareTheme(
      theme,
      from.themes.find((t) => t.theme === theme),
      to.themes.find((t) => t.theme === theme),
    ),
  );
  const changed = new Set(
    themes.flatMap((t) =>
      [...t.slipped, ...t.movedForward, ...t.levelChanged, ...t.added, ...t.dropped].map((l) => `${t.theme}/${l.requirementId}`),
    ),
  );
  return { compliance: { from: from.compliantFrom, to: to.compliantFrom }, themes, changedCount: changed.size };
}

type SnapshotTheme = ComparableSnapshot["themes"][number];

function compareTheme(theme: Theme, from: SnapshotTheme | undefined, to: SnapshotTheme | undefined): ThemeComparison {
  const before = new Map((from?.lines ?? []).map((l) => [l.requirementId, l]));
  const after = new Map((to?.lines ?? []).map((l) => [l.requirementId, l]));
  const result: ThemeComparison = {
    theme,
    version: (to ?? from)!.version,
    // undefined: the theme was not planned in that version (not evaluated yet, or no longer).
    compliance: { from: from?.compliantFrom, to: to?.compliantFrom },
    slipped: [],
    movedForward: [],
    levelChanged: [],
    added: [],
    dropped: [],
    unchanged: [],
  };
  for (const line of after.values()) {
    const old = before.get(line.requirementId);
    if (!old) {
      result.added.push(line);
      continue;
    }
    const change = { requirementId: line.requirementId, mandatory: line.mandatory, from: old, to: line };
    const moved = compareQuarters(line.plannedQuarter, old.plannedQuarter);
    if (moved > 0) result.slipped.push(change);
    if (moved < 0) result.movedForward.push(change);
    if (line.plannedLevel !== old.plannedLevel) result.levelChanged.push(change);
    if (moved === 0 && line.plannedLevel === old.plannedLevel) result.unchanged.push(line);
  }
  for (const line of before.values()) if (!after.has(line.requirementId)) result.dropped.push(line);
  return result;
}
