import { describe, expect, it } from "vitest";
import { questionnaire, requirement } from "../questionnaires/test-fixtures";
import type { Answers } from "./answers";
import { answersAt, projectCurve, quarterEnd, quarterOf, quarterRange, scoreAt, type PlannedStep } from "./projection";
import { scoreQuestionnaire } from "./score";

const q = questionnaire({
  s: [
    requirement("INT-A-01", { mandatory: true, target: { level: 3, by: "2025-12-31" } }),
    requirement("INT-B-01", { target: { level: 3, by: "2026-06-30" } }),
    requirement("INT-C-01", { mandatory: true, target: { level: 4, by: "2026-06-30" } }),
  ],
});
const current: Answers = {
  qualifiers: {},
  requirements: {
    "INT-A-01": { level: 2, comment: "kept" },
    "INT-B-01": { notConcerned: true, justification: "No API" },
  },
};
const steps: PlannedStep[] = [
  { requirementId: "INT-A-01", level: 3, by: "2025-09-15" },
  { requirementId: "INT-A-01", level: 1, by: "2025-01-01" }, // below the current level: ignored
  { requirementId: "INT-B-01", level: 4, by: "2025-01-01" }, // "not concerned" stays so
  { requirementId: "INT-C-01", level: 2, by: "2025-12-31" },
  { requirementId: "INT-C-01", level: 4, by: "2026-05-10" },
];

describe("answersAt", () => {
  it("takes the highest level reached by steps due on or before the date, never below the current level", () => {
    const at = answersAt(current, steps, "2025-12-31");
    expect(at.requirements).toEqual({
      "INT-A-01": { level: 3, comment: "kept" },
      "INT-B-01": { notConcerned: true, justification: "No API" },
      "INT-C-01": { level: 2 },
    });
    expect(answersAt(current, steps, "2025-06-30").requirements["INT-A-01"]).toEqual({ level: 2, comment: "kept" });
    expect(answersAt(current, steps, "2026-05-10").requirements["INT-C-01"]).toEqual({ level: 4 });
  });

  it("does not mutate its input and rejects malformed dates", () => {
    const copy = structuredClone(current);
    answersAt(current, steps, "2030-01-01");
    expect(current).toEqual(copy);
    expect(() => answersAt(current, steps, "31/12/2025")).toThrow(RangeError);
  });
});

describe("scoreAt", () => {
  it("scores the planned state with the evaluation's scoring function", () => {
    // 2026-06-30: A (w2) at 3, C (w2) at 4, B out → 100 × (6 + 8) / (4 × 4) = 87.5, compliant.
    const s = scoreAt(q, { answers: current, steps }, "2026-06-30");
    expect(s.score).toBe(87.5);
    expect(s.compliant).toBe(true);
    expect(s).toEqual(scoreQuestionnaire(q, answersAt(current, steps, "2026-06-30")));
  });
});

describe("projectCurve", () => {
  it("scores each quarter at its last day and finds the first compliant quarter", () => {
    const { points, compliantFrom } = projectCurve(q, current, steps, ["2026-Q2", "2025-Q3", "2025-Q4", "2026-Q1"]);
    // Q3 2025: A 3, C 0 → 100 × 6 / 16 = 37.5;  Q4 2025: A 3, C 2 → 100 × 10 / 16 = 62.5;
    // Q1 2026: unchanged;  Q2 2026: C 4 → 87.5 and every mandatory target met.
    expect(points.map((p) => [p.quarter, p.date, p.score, p.compliant])).toEqual([
      ["2025-Q3", "2025-09-30", 37.5, false],
      ["2025-Q4", "2025-12-31", 62.5, false],
      ["2026-Q1", "2026-03-31", 62.5, false],
      ["2026-Q2", "2026-06-30", 87.5, true],
    ]);
    expect(compliantFrom).toBe("2026-Q2");
  });

  it("returns null when the plan never reaches compliance", () => {
    const { compliantFrom, points } = projectCurve(q, current, steps.slice(0, 2), quarterRange("2025-Q1", "2027-Q4"));
    expect(points).toHaveLength(12);
    expect(compliantFrom).toBeNull();
  });
});

describe("quarters", () => {
  it("converts between quarters and dates", () => {
    expect(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"].map(quarterEnd)).toEqual(["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31"]);
    expect(["2025-01-01", "2025-03-31", "2025-04-01", "2025-12-31"].map(quarterOf)).toEqual(["2025-Q1", "2025-Q1", "2025-Q2", "2025-Q4"]);
    expect(quarterRange("2025-Q3", "2026-Q2")).toEqual(["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]);
    expect(quarterRange("2026-Q1", "2025-Q4")).toEqual([]);
    expect(() => quarterEnd("2025-Q5")).toThrow(RangeError);
  });
});
