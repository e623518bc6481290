import { describe, expect, it } from "vitest";
import type { Answers } from "../scoring/answers";
import { loadQuestionnaire } from "./load";
import { qualifiersOf, requirementsOf } from "./schema";
import { choice, questionnaire, requirement, text, yesNo } from "./test-fixtures";
import { applyUpgrade, planUpgrade } from "./upgrade";

describe("planUpgrade on synthetic questionnaires", () => {
  const from = questionnaire({
    profile: [yesNo("hospital"), choice("settings", "multiple", ["a", "b", "c"]), choice("size", "single", ["s", "l"])],
    core: [requirement("INT-A-01"), requirement("INT-B-01"), requirement("INT-C-01")],
  });
  const to = questionnaire(
    {
      profile: [
        choice("hospital", "single", ["yes", "no"]), // same id, new type
        choice("settings", "multiple", ["a", "b"]), // option "c" removed
        choice("size", "single", ["s", "l"], "Company size, reworded?"),
        yesNo("INT-C-01"), // an id that changes kind (never done in real content, still handled)
      ],
      core: [
        requirement("INT-A-01", { title: text("A, reworded") }),
        requirement("INT-B-01", { target: { level: 4, by: "2026-12-31" } }), // new target: not a rewording
        requirement("INT-D-01"),
      ],
    },
    { version: "2026.1" },
  );
  const answers: Answers = {
    qualifiers: { hospital: true, settings: ["a", "c"], size: "l", stale: true },
    requirements: {
      "INT-A-01": { level: 3, comment: "kept" },
      "INT-B-01": { notConcerned: true, justification: "n/a" },
      "INT-C-01": { level: 2 },
    },
  };

  it("lists what is carried, dropped (and why), added and reworded", () => {
    expect(planUpgrade(from, to, answers)).toEqual({
      from: "2025.1",
      to: "2026.1",
      carried: ["INT-A-01", "INT-B-01", "size"],
      dropped: [
        { id: "INT-C-01", reason: "kind-changed" },
        { id: "hospital", reason: "invalid-value" },
        { id: "settings", reason: "invalid-value" },
        { id: "stale", reason: "removed" },
      ],
      added: ["INT-D-01"],
      reworded: ["size", "INT-A-01"],
    });
  });

  it("keeps exactly the carried answers, untouched", () => {
    expect(applyUpgrade(from, to, answers)).toEqual({
      qualifiers: { size: "l" },
      requirements: {
        "INT-A-01": { level: 3, comment: "kept" },
        "INT-B-01": { notConcerned: true, justification: "n/a" },
      },
    });
  });

  it("keeps a multiple-choice answer whose values all remain", () => {
    const plan = planUpgrade(from, to, { qualifiers: { settings: ["b", "a"] }, requirements: {} });
    expect(plan.carried).toEqual(["settings"]);
  });

  it("refuses to cross themes", () => {
    expect(() => planUpgrade(from, { ...to, theme: "security" }, answers)).toThrow(/interoperability.*security/);
  });
});

describe("planUpgrade from interoperability 2025.1 to 2026.1", () => {
  const from = loadQuestionnaire("interoperability", "2025.1");
  const to = loadQuestionnaire("interoperability", "2026.1");
  const everything: Answers = {
    qualifiers: Object.fromEntries(
      qualifiersOf(from).map((q) => [q.id, q.type === "boolean" ? true : q.type === "single" ? q.options[0].value : ["hospital", "other"]]),
    ),
    requirements: Object.fromEntries(requirementsOf(from).map((r) => [r.id, { level: 2 as const }])),
  };

  it("carries answers by id and reports the changes between the versions", () => {
    const plan = planUpgrade(from, to, everything);
    expect(plan.dropped).toEqual([
      { id: "INT-TERM-02", reason: "removed" },
      { id: "care-settings", reason: "invalid-value" }, // "other" is no longer offered
    ]);
    expect(plan.added).toEqual(["INT-FHIR-02", "INT-DMP-03"]);
    expect(plan.reworded).toEqual(["produces-documents", "INT-FHIR-01", "INT-TERM-01"]);
    expect(plan.carried).toHaveLength(Object.keys(everything.qualifiers).length + requirementsOf(from).length - 2);
  });

  it("leaves the upgraded answers scorable against the new version", () => {
    const upgraded = applyUpgrade(from, to, {
      ...everything,
      qualifiers: { ...everything.qualifiers, "care-settings": ["hospital"] },
    });
    expect(upgraded.qualifiers["care-settings"]).toEqual(["hospital"]);
    expect(Object.keys(upgraded.requirements)).not.toContain("INT-TERM-02");
    const ids = new Set([...qualifiersOf(to), ...requirementsOf(to)].map((i) => i.id));
    expect([...Object.keys(upgraded.qualifiers), ...Object.keys(upgraded.requirements)].every((id) => ids.has(id))).toBe(true);
  });
});
