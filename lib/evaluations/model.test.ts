import { describe, expect, it } from "vitest";
import { loadQuestionnaire } from "@/lib/questionnaires/load";
import { draftAsAnswer, draftFields, toDraft } from "./drafts";
import { inspectEvidence } from "./evidence-file";
import { missingItems, snapshotAnswers, toScoringAnswers } from "./model";
import { diffAnswers } from "./results";
import { stored } from "./test-fixtures";

const q = loadQuestionnaire("interoperability", "2025.1");

describe("answer completeness", () => {
  it("counts a planned level only with its date and 'not concerned' only with a justification", () => {
    const answers = {
      "INT-EXP-01": stored("INT-EXP-01", { level: 1 }),
      "INT-FHIR-01": stored("INT-FHIR-01", { level: 2, plannedDate: "2026-05-31" }),
      "INT-CISIS-01": stored("INT-CISIS-01", { notConcerned: true, justification: "  " }),
      "exposes-api": stored("exposes-api", { value: true }),
      "care-settings": stored("care-settings", { value: ["hospital", "not-an-option"] }),
    };
    const scoring = toScoringAnswers(q, answers);
    expect(scoring.requirements).toEqual({ "INT-FHIR-01": { level: 2, plannedDate: "2026-05-31" } });
    // A stale option makes the whole multiple-choice answer unanswered.
    expect(scoring.qualifiers).toEqual({ "exposes-api": true });

    const missing = missingItems(q, answers);
    expect(missing.find((m) => m.itemId === "INT-EXP-01")?.reason).toBe("plannedDate");
    expect(missing.find((m) => m.itemId === "INT-CISIS-01")?.reason).toBe("justification");
    expect(missing.find((m) => m.itemId === "care-settings")?.reason).toBe("unanswered");
    // Only exposes-api is answered: requirements depending on other qualifiers are not listed yet.
    expect(missing.some((m) => m.itemId === "INT-CDA-01")).toBe(false);
  });

  it("freezes only what matters for the chosen level", () => {
    const frozen = snapshotAnswers({
      "INT-EXP-01": stored("INT-EXP-01", { level: 3, plannedDate: "2026-01-31", justification: "old text" }),
    });
    expect(frozen["INT-EXP-01"]).toMatchObject({ level: 3, plannedDate: null, justification: null });
    expect(frozen["INT-EXP-01"]).not.toHaveProperty("revision");
  });

  it("round-trips a stored answer through the form's draft", () => {
    const a = stored("INT-EXP-01", { notConcerned: true, justification: "Hors périmètre", comment: "vu" });
    const draft = toDraft(a);
    expect(draft.level).toBe("nc");
    expect(draftAsAnswer(draft)).toMatchObject({ notConcerned: true, level: null, justification: "Hors périmètre", comment: "vu" });
    expect(draftFields("requirement", draft)).toMatchObject({ level: "nc", justification: "Hors périmètre" });
    expect(draftFields("qualifier", toDraft(stored("x", { value: ["a", "b"] })))).toEqual({ value: '["a","b"]' });
  });

  it("lists changed answers, ignoring rows that hold nothing significant", () => {
    const before = snapshotAnswers({ a: stored("a", { level: 1, plannedDate: "2026-01-31" }), b: stored("b", { value: true }) });
    const after = snapshotAnswers({ a: stored("a", { level: 3 }), b: stored("b", { value: true }), c: stored("c", { comment: "note" }) });
    expect(diffAnswers(before, after).map((c) => c.itemId)).toEqual(["a"]);
  });
});

describe("evidence files", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it("recognises PDF, PNG and JPEG by their content", () => {
    expect(inspectEvidence(bytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\nstartxref\n0\n%%EOF\n"))).toEqual({ ok: true, type: "application/pdf" });
    const png = Uint8Array.from([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0,
      0,
      0,
      13,
      0x49,
      0x48,
      0x44,
      0x52,
      ...new Array(25).fill(0),
      0,
      0,
      0,
      0,
      0x49,
      0x45,
      0x4e,
      0x44,
      0xae,
      0x42,
      0x60,
      0x82,
    ]);
    expect(inspectEvidence(png)).toEqual({ ok: true, type: "image/png" });
    expect(inspectEvidence(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]))).toEqual({ ok: true, type: "image/jpeg" });
  });

  it("refuses a renamed, truncated, empty or oversized file", () => {
    expect(inspectEvidence(bytes("GIF89a...."))).toEqual({ ok: false, reason: "unsupported" });
    expect(inspectEvidence(bytes("%PDF-1.7 truncated"))).toEqual({ ok: false, reason: "unsupported" });
    expect(inspectEvidence(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]))).toEqual({ ok: false, reason: "unsupported" });
    expect(inspectEvidence(new Uint8Array(0))).toEqual({ ok: false, reason: "empty" });
    expect(inspectEvidence(new Uint8Array(10 * 1024 * 1024 + 1))).toEqual({ ok: false, reason: "tooLarge" });
  });
});
