import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { questionnaire, requirement } from "../questionnaires/test-fixtures";
import type { Level, Questionnaire } from "../questionnaires/schema";
import type { Answers, RequirementAnswer } from "./answers";
import { answersAt, type PlannedStep } from "./projection";
import { scoreQuestionnaire } from "./score";

const level = fc.constantFrom<Level>(0, 1, 2, 3, 4);
const date = fc.constantFrom("2025-03-31", "2025-06-30", "2025-12-31", "2026-06-30");

// A random questionnaire with 1–8 requirements and, for each, maybe an answer.
const scenario = fc
  .array(
    fc.record({
      mandatory: fc.boolean(),
      target: level,
      by: date,
      answer: fc.option(
        fc.oneof(
          level.map((l): RequirementAnswer => ({ level: l })),
          fc.constant<RequirementAnswer>({ notConcerned: true, justification: "n/a" }),
        ),
        { nil: undefined },
      ),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((specs) => {
    const ids = specs.map((_, i) => `INT-P-${String(i).padStart(2, "0")}`);
    const q: Questionnaire = questionnaire({
      s: specs.map((s, i) => requirement(ids[i], { mandatory: s.mandatory, target: { level: s.target, by: s.by } })),
    });
    const answers: Answers = { qualifiers: {}, requirements: {} };
    specs.forEach((s, i) => {
      if (s.answer) answers.requirements[ids[i]] = s.answer;
    });
    return { q, ids, answers };
  });

const levelIndex = (q: Questionnaire, id: string | undefined) => q.levels.findIndex((l) => l.id === id);

describe("scoring properties", () => {
  it("keeps the score within 0–100 (or null when nothing counts)", () => {
    fc.assert(
      fc.property(scenario, ({ q, answers }) => {
        const { score, sections } = scoreQuestionnaire(q, answers);
        for (const s of [score, ...sections.map((x) => x.score)]) {
          if (s !== null) expect(s >= 0 && s <= 100).toBe(true);
        }
      }),
    );
  });

  it("never lowers the score, maturity or compliance when one level rises", () => {
    fc.assert(
      fc.property(scenario, fc.nat(), ({ q, ids, answers }, pick) => {
        const id = ids[pick % ids.length];
        const current = answers.requirements[id];
        fc.pre(current === undefined || "level" in current);
        const from = current && "level" in current ? current.level : 0;
        fc.pre(from < 4);
        const raised: Answers = {
          ...answers,
          requirements: { ...answers.requirements, [id]: { level: (from + 1) as Level } },
        };
        const before = scoreQuestionnaire(q, answers);
        const after = scoreQuestionnaire(q, raised);
        expect(after.score).not.toBeNull();
        expect(after.score!).toBeGreaterThanOrEqual(before.score!);
        expect(levelIndex(q, after.maturity?.id)).toBeGreaterThanOrEqual(levelIndex(q, before.maturity?.id));
        if (before.compliant) expect(after.compliant).toBe(true);
        expect(after.gaps.length).toBeLessThanOrEqual(before.gaps.length);
      }),
    );
  });

  it("never lowers the projected score as the date advances", () => {
    fc.assert(
      fc.property(
        scenario,
        fc.array(fc.record({ pick: fc.nat(), level, by: date })),
        fc.tuple(date, date),
        ({ q, ids, answers }, raw, [d1, d2]) => {
          const steps: PlannedStep[] = raw.map((s) => ({
            requirementId: ids[s.pick % ids.length],
            level: s.level,
            by: s.by,
          }));
          const [early, late] = d1 <= d2 ? [d1, d2] : [d2, d1];
          const a = scoreQuestionnaire(q, answersAt(answers, steps, early));
          const b = scoreQuestionnaire(q, answersAt(answers, steps, late));
          if (a.score !== null) expect(b.score!).toBeGreaterThanOrEqual(a.score);
          if (a.compliant) expect(b.compliant).toBe(true);
        },
      ),
    );
  });
});
