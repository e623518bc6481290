import { describe, expect, it } from "vitest";
import { requirement } from "../questionnaires/test-fixtures";
import type { Condition } from "../questionnaires/schema";
import { isApplicable } from "./applicability";

const when = (applicableIf: Condition) => requirement("INT-X-01", { applicableIf });

describe("isApplicable", () => {
  it("applies a requirement without condition whatever the answers", () => {
    expect(isApplicable(requirement("INT-X-01"), {})).toBe(true);
  });

  it("treats an unanswered qualifier as false, even for equals: false", () => {
    expect(isApplicable(when({ all: [{ question: "hospital", equals: true }] }), {})).toBe(false);
    expect(isApplicable(when({ all: [{ question: "hospital", equals: false }] }), {})).toBe(false);
    expect(isApplicable(when({ all: [{ question: "hospital", equals: false }] }), { hospital: false })).toBe(true);
  });

  it("requires every leaf for all, one leaf for any", () => {
    const leaves = [
      { question: "a", equals: true },
      { question: "b", equals: true },
    ];
    expect(isApplicable(when({ all: leaves }), { a: true, b: false })).toBe(false);
    expect(isApplicable(when({ all: leaves }), { a: true, b: true })).toBe(true);
    expect(isApplicable(when({ any: leaves }), { a: true })).toBe(true);
    expect(isApplicable(when({ any: leaves }), { a: false })).toBe(false);
  });

  it("reads equals on a multiple-choice qualifier as 'the selection contains'", () => {
    const r = when({ all: [{ question: "settings", equals: "hospital" }] });
    expect(isApplicable(r, { settings: ["citizen", "hospital"] })).toBe(true);
    expect(isApplicable(r, { settings: ["citizen"] })).toBe(false);
    expect(isApplicable(r, { settings: [] })).toBe(false);
  });

  it("reads in as 'one of' for single choice and 'at least one of' for multiple choice", () => {
    const r = when({ all: [{ question: "settings", in: ["hospital", "medico-social"] }] });
    expect(isApplicable(r, { settings: "medico-social" })).toBe(true);
    expect(isApplicable(r, { settings: "citizen" })).toBe(false);
    expect(isApplicable(r, { settings: ["citizen", "medico-social"] })).toBe(true);
    expect(isApplicable(r, { settings: ["citizen"] })).toBe(false);
  });

  it("treats an answer of the wrong shape as not matching", () => {
    expect(isApplicable(when({ all: [{ question: "hospital", equals: true }] }), { hospital: "yes" })).toBe(false);
    expect(isApplicable(when({ all: [{ question: "s", in: ["a"] }] }), { s: true })).toBe(false);
  });

  it("does not read inherited properties as answers", () => {
    expect(isApplicable(when({ all: [{ question: "constructor", in: ["x"] }] }), {})).toBe(false);
  });
});
