import { describe, expect, it } from "vitest";
import { choice, questionnaire, requirement, text, yesNo } from "../questionnaires/test-fixtures";
import type { Answers } from "./answers";
import { maturityFor, scoreQuestionnaire } from "./score";

const notConcerned = { notConcerned: true as const, justification: "Pas de documents produits" };
const answers = (requirements: Answers["requirements"], qualifiers: Answers["qualifiers"] = {}): Answers => ({
  qualifiers,
  requirements,
});

// Thresholds (test-fixtures): initial 0, developing 25, defined 50, advanced 75.
const sample = questionnaire({
  profile: [yesNo("hospital"), choice("settings", "multiple", ["a", "b"])],
  core: [
    requirement("INT-A-01", { mandatory: true, target: { level: 3, by: "2025-06-30" } }),
    requirement("INT-B-01", { target: { level: 3, by: "2025-12-31" } }),
    requirement("INT-C-01", { mandatory: true, applicableIf: { all: [{ question: "hospital", equals: true }] } }),
  ],
  extra: [requirement("INT-D-01", { mandatory: true, target: { level: 4, by: "2025-12-31" } })],
});

describe("scoreQuestionnaire", () => {
  it("weighs mandatory requirements twice (worked example)", () => {
    // A mandatory (w2) at 3, B optional (w1) at 2, C not applicable (hospital = no), D mandatory (w2) at 1.
    // Theme:  100 × (2·3 + 1·2 + 2·1) / (4 × (2 + 1 + 2)) = 100 × 10 / 20 = 50 → "defined" (exactly its minimum).
    // core:   100 × (2·3 + 1·2) / (4 × 3) = 800 / 12 = 66.67;   extra: 100 × (2·1) / (4 × 2) = 25 → "developing".
    const s = scoreQuestionnaire(
      sample,
      answers({ "INT-A-01": { level: 3 }, "INT-B-01": { level: 2 }, "INT-D-01": { level: 1 } }, { hospital: false }),
    );
    expect(s.score).toBe(50);
    expect(s.maturity?.id).toBe("defined");
    expect(s.sections.map((x) => x.score)).toEqual([null, 800 / 12, 25]);
    expect(s.sections.map((x) => [x.requirements, x.counted])).toEqual([
      [0, 0],
      [3, 2],
      [1, 1],
    ]);
    expect(s.progress).toEqual({ answered: 3, applicable: 3, qualifiersAnswered: 1, qualifiers: 2 });
    const c = s.requirements.find((r) => r.id === "INT-C-01");
    expect(c).toMatchObject({ applicable: false, counted: false, level: null, score: null, targetMet: null });
    expect(s.requirements.find((r) => r.id === "INT-D-01")).toMatchObject({ weight: 2, level: 1, score: 0.25 });
  });

  it("is not compliant when a mandatory requirement misses its target, and lists it first among gaps", () => {
    const s = scoreQuestionnaire(
      sample,
      answers({ "INT-A-01": { level: 3 }, "INT-B-01": { level: 2 }, "INT-D-01": { level: 3 } }, { hospital: false }),
    );
    expect(s.compliant).toBe(false);
    expect(s.gaps.map((g) => [g.id, g.mandatory, g.level, g.targetLevel])).toEqual([
      ["INT-D-01", true, 3, 4],
      ["INT-B-01", false, 2, 3],
    ]);
  });

  it("is compliant once every counted mandatory requirement meets its target, optional gaps notwithstanding", () => {
    const s = scoreQuestionnaire(
      sample,
      answers({ "INT-A-01": { level: 4 }, "INT-B-01": { level: 0 }, "INT-D-01": { level: 4 } }, { hospital: false }),
    );
    expect(s.compliant).toBe(true);
    expect(s.gaps.map((g) => g.id)).toEqual(["INT-B-01"]);
  });

  it("counts an unanswered applicable requirement as level 0", () => {
    // A (w2) unanswered → 0, B (w1) at 4, D (w2) at 4: 100 × (0 + 4 + 8) / (4 × 5) = 60.
    const s = scoreQuestionnaire(sample, answers({ "INT-B-01": { level: 4 }, "INT-D-01": { level: 4 } }, { hospital: false }));
    expect(s.score).toBe(60);
    expect(s.progress).toMatchObject({ answered: 2, applicable: 3 });
    expect(s.gaps[0]).toMatchObject({ id: "INT-A-01", level: 0, answered: false });
    expect(s.compliant).toBe(false);
  });

  it("leaves a 'not concerned' requirement out of the score and of compliance", () => {
    // Only D counts: 100 × 2·4 / (4 × 2) = 100.
    const s = scoreQuestionnaire(
      sample,
      answers({ "INT-A-01": notConcerned, "INT-B-01": notConcerned, "INT-D-01": { level: 4 } }, { hospital: false }),
    );
    expect(s.score).toBe(100);
    expect(s.compliant).toBe(true);
    expect(s.progress).toMatchObject({ answered: 3, applicable: 3 });
    expect(s.requirements[0]).toMatchObject({ notConcerned: true, counted: false, targetMet: null });
  });

  it("gives a null score and no compliance when every applicable requirement is 'not concerned'", () => {
    const s = scoreQuestionnaire(
      sample,
      answers({ "INT-A-01": notConcerned, "INT-B-01": notConcerned, "INT-D-01": notConcerned }, { hospital: false }),
    );
    expect(s.score).toBeNull();
    expect(s.maturity).toBeNull();
    expect(s.sections.map((x) => x.score)).toEqual([null, null, null]);
    // Mandatory requirements apply but none counts: opting out of all of them is not compliance.
    expect(s.compliant).toBe(false);
    expect(s.gaps).toEqual([]);
  });

  it("is compliant with a null score when only optional requirements apply and all are 'not concerned'", () => {
    const q = questionnaire({ core: [requirement("INT-A-01"), requirement("INT-B-01")] });
    const s = scoreQuestionnaire(q, answers({ "INT-A-01": notConcerned, "INT-B-01": notConcerned }));
    expect(s.score).toBeNull();
    expect(s.compliant).toBe(true);
  });

  it("gives a null score and compliance when nothing applies", () => {
    const q = questionnaire({
      profile: [yesNo("hospital")],
      core: [requirement("INT-A-01", { mandatory: true, applicableIf: { all: [{ question: "hospital", equals: true }] } })],
    });
    for (const qualifiers of [{}, { hospital: false }] as Answers["qualifiers"][]) {
      const s = scoreQuestionnaire(q, answers({ "INT-A-01": { level: 4 } }, qualifiers));
      expect(s.score).toBeNull();
      expect(s.compliant).toBe(true);
      expect(s.progress).toMatchObject({ answered: 0, applicable: 0 });
    }
  });

  it("ignores answers to requirements that do not apply or do not exist", () => {
    const base = scoreQuestionnaire(sample, answers({ "INT-A-01": { level: 2 } }, { hospital: false }));
    const noisy = scoreQuestionnaire(
      sample,
      answers({ "INT-A-01": { level: 2 }, "INT-C-01": { level: 4 }, "INT-ZZ-01": { level: 4 } }, { hospital: false }),
    );
    expect(noisy.score).toBe(base.score);
    expect(noisy.progress).toEqual(base.progress);
  });

  it("sorts gaps mandatory first, then by deadline, then by id", () => {
    const q = questionnaire({
      s: [
        requirement("INT-O-01", { target: { level: 3, by: "2024-01-01" } }),
        requirement("INT-Z-01", { mandatory: true, target: { level: 3, by: "2025-12-31" } }),
        requirement("INT-Y-01", { mandatory: true, target: { level: 3, by: "2025-06-30" } }),
        requirement("INT-X-01", { mandatory: true, target: { level: 3, by: "2025-06-30" } }),
      ],
    });
    expect(scoreQuestionnaire(q, answers({})).gaps.map((g) => g.id)).toEqual(["INT-X-01", "INT-Y-01", "INT-Z-01", "INT-O-01"]);
  });

  it("lands exactly on thresholds", () => {
    const one = (level: 0 | 1 | 2 | 3 | 4) =>
      scoreQuestionnaire(questionnaire({ s: [requirement("INT-A-01")] }), answers({ "INT-A-01": { level } }));
    expect([0, 1, 2, 3, 4].map((l) => one(l as 0).maturity?.id)).toEqual(["initial", "developing", "defined", "advanced", "advanced"]);
    // Three optional requirements at 1, 1, 2 → 100 × 4 / 12 = 33.33…; at 2, 2, 2 → exactly 50.
    const three = questionnaire({ s: ["INT-A-01", "INT-B-01", "INT-C-01"].map((id) => requirement(id)) });
    const at = (a: 1 | 2, b: 1 | 2, c: 1 | 2) =>
      scoreQuestionnaire(three, answers({ "INT-A-01": { level: a }, "INT-B-01": { level: b }, "INT-C-01": { level: c } }));
    expect(at(2, 2, 2).score).toBe(50);
    expect(at(2, 2, 2).maturity?.id).toBe("defined");
    expect(at(1, 2, 2).maturity?.id).toBe("developing");
  });

  it("picks the highest threshold reached", () => {
    const levels = [
      { id: "low", min: 0, label: text("low") },
      { id: "mid", min: 50, label: text("mid") },
    ];
    expect(maturityFor(levels, 49.999)?.id).toBe("low");
    expect(maturityFor(levels, 50)?.id).toBe("mid");
    expect(maturityFor(levels, 100)?.id).toBe("mid");
  });
});
