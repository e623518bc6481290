import { describe, expect, it } from "vitest";
import { findIntegrityProblems, validateQuestionnaire } from "./integrity";
import { choice, questionnaire, requirement, text, yesNo } from "./test-fixtures";

const valid = () =>
  questionnaire({
    profile: [yesNo("hospital"), choice("settings", "multiple", ["a", "b"])],
    core: [
      requirement("INT-A-01", { applicableIf: { all: [{ question: "hospital", equals: true }] } }),
      requirement("INT-B-01", { applicableIf: { any: [{ question: "settings", in: ["a", "b"] }] } }),
    ],
  });

describe("findIntegrityProblems", () => {
  it("accepts a consistent questionnaire", () => {
    expect(findIntegrityProblems(valid())).toEqual([]);
    expect(validateQuestionnaire(valid()).ok).toBe(true);
  });

  it("reports duplicate ids across sections and items", () => {
    const q = valid();
    q.sections[1].items.push(requirement("INT-A-01"));
    q.sections.push({ id: "core", title: text("again"), items: [requirement("INT-C-01")] });
    expect(findIntegrityProblems(q)).toEqual(['sections.1.items.2: duplicate id "INT-A-01"', 'sections.2: duplicate id "core"']);
  });

  it("reports conditions on unknown qualifiers, unoffered values and mistyped leaves", () => {
    const q = valid();
    q.sections[1].items = [
      requirement("INT-A-01", { applicableIf: { all: [{ question: "unknown", equals: true }] } }),
      requirement("INT-B-01", { applicableIf: { all: [{ question: "settings", in: ["a", "z"] }] } }),
      requirement("INT-C-01", { applicableIf: { all: [{ question: "hospital", in: ["yes"] }] } }),
      requirement("INT-D-01", { applicableIf: { all: [{ question: "settings", equals: true }] } }),
    ];
    expect(findIntegrityProblems(q)).toEqual([
      'sections.1.items.0.applicableIf: "unknown" is not a qualifier of this file',
      'sections.1.items.1.applicableIf: "settings" does not offer the value "z"',
      'sections.1.items.2.applicableIf: "hospital" is yes/no: use { equals: true | false }',
      'sections.1.items.3.applicableIf: "settings" does not offer the value true',
    ]);
  });

  it("reports a requirement prefix foreign to the theme", () => {
    const q = valid();
    q.sections[1].items.push(requirement("SEC-A-01"));
    expect(findIntegrityProblems(q)).toEqual(['sections.1.items.2: "SEC-A-01" must start with INT- in theme interoperability']);
  });

  it("reports thresholds that do not start at 0 or do not ascend, and a scale out of order", () => {
    const q = valid();
    q.levels = [
      { id: "a", min: 10, label: text("a") },
      { id: "b", min: 10, label: text("b") },
    ];
    q.scale.levels.reverse();
    expect(findIntegrityProblems(q)).toEqual([
      "scale.levels: values must be 0,1,2,3,4 in order (got 4,3,2,1,0)",
      "levels: the first threshold must start at 0 so every score has a level",
      "levels.1: thresholds must strictly ascend",
    ]);
  });

  it("reports duplicate option values", () => {
    const q = valid();
    q.sections[0].items.push(choice("kind", "single", ["x", "x"]));
    expect(findIntegrityProblems(q)).toEqual(['sections.0.items.2: duplicate option values in "kind"']);
  });
});

describe("validateQuestionnaire", () => {
  it("reports structural issues with their path before any cross-reference check", () => {
    const broken = { ...valid(), version: "2025", extra: 1 } as unknown;
    const result = validateQuestionnaire(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toContain("version: Version must look like 2025.1");
      expect(result.issues.some((i) => i.includes("extra"))).toBe(true);
    }
  });

  it("accepts the $schema key editors use", () => {
    expect(validateQuestionnaire({ $schema: "../questionnaire.schema.json", ...valid() }).ok).toBe(true);
  });
});
