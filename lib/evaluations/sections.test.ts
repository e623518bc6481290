import { describe, expect, it } from "vitest";
import { loadQuestionnaire } from "@/lib/questionnaires/load";
import type { StoredAnswers } from "./model";
import { openingSection } from "./sections";
import { stored } from "./test-fixtures";

const q = loadQuestionnaire("interoperability", "2025.1");

/** Every qualifier answered "no" (or no option): only the requirements that always apply remain. */
function qualifiersAnswered(): StoredAnswers {
  const out: StoredAnswers = {};
  for (const item of q.sections[0].items) {
    if (item.kind !== "qualifier") continue;
    out[item.id] = stored(item.id, { value: item.type === "boolean" ? false : item.type === "single" ? item.options[0].value : [] });
  }
  return out;
}

describe("openingSection", () => {
  it("opens the first section with a missing answer when nothing is asked", () => {
    expect(openingSection(q, {}, { position: null })).toEqual({ sectionId: "profile", focus: null, chosen: false });
    const next = openingSection(q, qualifiersAnswered(), { position: null });
    expect(next.sectionId).not.toBe("profile");
    expect(next.chosen).toBe(false);
  });

  it("reopens where the user was, on the item they were on", () => {
    expect(openingSection(q, {}, { position: "INT-TERM-01" })).toEqual({ sectionId: "framework", focus: "INT-TERM-01", chosen: false });
  });

  it("opens the section asked for, and the section of an item asked for", () => {
    expect(openingSection(q, {}, { section: "exchanges", position: "INT-TERM-01" })).toEqual({
      sectionId: "exchanges",
      focus: null,
      chosen: true,
    });
    expect(openingSection(q, {}, { item: "INT-EXP-01", position: null })).toEqual({
      sectionId: "exchanges",
      focus: "INT-EXP-01",
      chosen: true,
    });
    // An item of another section than the one asked for is not focused.
    expect(openingSection(q, {}, { section: "framework", item: "INT-EXP-01", position: null }).focus).toBeNull();
  });

  it("ignores a section or an item that does not exist", () => {
    expect(openingSection(q, {}, { section: "nope", item: "INT-NOPE-01", position: "gone" })).toEqual({
      sectionId: "profile",
      focus: null,
      chosen: false,
    });
  });
});
