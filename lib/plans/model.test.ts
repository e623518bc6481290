import { describe, expect, it } from "vitest";
import { questionnaire, requirement } from "@/lib/questionnaires/test-fixtures";
import type { Answers } from "@/lib/scoring/answers";
import { buildThemePlan, defaultQuarter, lineState, planWarnings, productCompliance, type StoredLine, type ThemeStart } from "./model";
import { nextQuarter } from "./quarters";

// Three requirements: A mandatory (weight 2) target 3 by 2027-06-30, B optional target 3 by
// 2026-12-31, C mandatory target 2 by 2026-03-31, already met.
const q = questionnaire({
  s: [
    requirement("INT-A-01", { mandatory: true, target: { level: 3, by: "2027-06-30" } }),
    requirement("INT-B-01", { target: { level: 3, by: "2026-12-31" } }),
    requirement("INT-C-01", { mandatory: true, target: { level: 2, by: "2026-03-31" } }),
  ],
});
const answers: Answers = {
  qualifiers: {},
  requirements: { "INT-A-01": { level: 1, plannedDate: "2027-01-01" }, "INT-B-01": { level: 0 }, "INT-C-01": { level: 2 } },
};
const start: ThemeStart = {
  theme: "interoperability",
  questionnaire: q,
  answers,
  source: "validated",
  validatedLevels: { "INT-A-01": 1, "INT-B-01": 0, "INT-C-01": 2 },
};
const TODAY = "2026-12-02";
const line = (requirementId: string, plannedLevel: 0 | 1 | 2 | 3 | 4, plannedQuarter: string): StoredLine => ({
  requirementId,
  plannedLevel,
  plannedQuarter,
  ownerId: null,
  note: null,
  revision: 1,
});

describe("defaults", () => {
  it("plans the deadline's quarter, or the next quarter once the deadline has passed", () => {
    expect(defaultQuarter("2027-06-30", TODAY)).toBe("2027-T2");
    expect(defaultQuarter("2026-03-31", TODAY)).toBe("2027-T1");
    expect(nextQuarter("2026-T4")).toBe("2027-T1");
  });

  it("lists the requirements below target with the target level and default quarter; those at target are listed apart", () => {
    const plan = buildThemePlan(start, new Map(), TODAY);
    expect(plan.lines.map((l) => [l.requirementId, l.currentLevel, l.plannedLevel, l.plannedQuarter, l.revision])).toEqual([
      ["INT-A-01", 1, 3, "2027-T2", 0],
      ["INT-B-01", 0, 3, "2026-T4", 0],
    ]);
    expect(plan.atTarget).toBe(1);
    expect(plan.atTargetLines).toEqual([
      { requirementId: "INT-C-01", mandatory: true, currentLevel: 2, targetLevel: 2, deadline: "2026-03-31" },
    ]);
  });
});

describe("curve and compliance date", () => {
  it("scores each quarter with the scoring engine, by hand: weights A 2, B 1, C 2", () => {
    // Now: 100 × (2×1 + 1×0 + 2×2) / (4 × 5) = 30.
    // 2026-T4 (B → 3): 100 × (2 + 3 + 4) / 20 = 45. 2027-T1: unchanged. 2027-T2 (A → 3): 100 × (6 + 3 + 4) / 20 = 65.
    const plan = buildThemePlan(start, new Map(), TODAY);
    expect(plan.currentScore).toBe(30);
    expect(plan.curve.map((p) => [p.quarter, p.score, p.compliant])).toEqual([
      ["2026-T4", 45, false],
      ["2027-T1", 45, false],
      ["2027-T2", 65, true],
    ]);
    expect(plan.compliantFrom).toBe("2027-T2");
    expect(plan.neverBecause).toEqual([]);
  });

  it("moves the date when a commitment moves, and says never when a mandatory requirement is planned below target", () => {
    const later = buildThemePlan(start, new Map([["INT-A-01", line("INT-A-01", 3, "2027-T4")]]), TODAY);
    expect(later.compliantFrom).toBe("2027-T4");
    expect(later.curve.at(-1)).toMatchObject({ quarter: "2027-T4", score: 65 });
    const never = buildThemePlan(start, new Map([["INT-A-01", line("INT-A-01", 2, "2027-T1")]]), TODAY);
    expect(never.compliantFrom).toBeNull();
    expect(never.neverBecause).toEqual(["INT-A-01"]);
    expect(never.lines[0].state).toBe("below-target");
  });

  it("takes the latest theme's date for the product, never when a theme never complies, unknown when a theme has no evaluation", () => {
    const a = buildThemePlan(start, new Map(), TODAY);
    const b = { ...a, compliantFrom: "2028-T1" };
    expect(productCompliance([a, b], 0)).toBe("2028-T1");
    expect(productCompliance([a, { ...a, compliantFrom: "now" }], 0)).toBe("2027-T2");
    expect(productCompliance([a, { ...a, compliantFrom: null }], 0)).toBeNull();
    expect(productCompliance([a], 1)).toBeUndefined();
  });
});

describe("states for a given today", () => {
  const base = { plannedLevel: 3 as const, plannedQuarter: "2026-T3", targetLevel: 3 as const, deadline: "2026-12-31" };
  it("is late once the planned quarter has ended without the validated level reaching the plan", () => {
    expect(lineState(base, 2, "2026-09-30")).toBe("on-track");
    expect(lineState(base, 2, "2026-10-01")).toBe("late");
    expect(lineState(base, null, "2026-10-01")).toBe("late");
    expect(lineState(base, 3, "2026-10-01")).toBe("done");
  });
  it("flags a level below target and a quarter after the deadline", () => {
    expect(lineState({ ...base, plannedLevel: 2 }, 1, "2026-01-01")).toBe("below-target");
    expect(lineState({ ...base, plannedQuarter: "2027-T1" }, 1, "2026-01-01")).toBe("after-deadline");
  });
  it("warns about late lines, deadlines passed, mandatory below target and owners without access", () => {
    const plan = buildThemePlan(
      start,
      new Map([
        ["INT-A-01", { ...line("INT-A-01", 2, "2027-T3"), ownerId: "gone" }],
        ["INT-B-01", line("INT-B-01", 3, "2026-T2")],
      ]),
      TODAY,
    );
    expect(planWarnings([plan], (id) => id !== "gone").map((w) => `${w.kind}:${w.requirementId}`)).toEqual([
      "after-deadline:INT-A-01",
      "below-target:INT-A-01",
      "owner-without-access:INT-A-01",
      "late:INT-B-01",
    ]);
  });
});
