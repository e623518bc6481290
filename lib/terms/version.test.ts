import { describe, expect, it } from "vitest";
import { CURRENT_TERMS_VERSION, isTermsAcceptanceDue } from "./version";

describe("isTermsAcceptanceDue", () => {
  it("asks users who accepted nothing or an older version, not those up to date", () => {
    expect(isTermsAcceptanceDue(null)).toBe(true);
    expect(isTermsAcceptanceDue("2025-02", "2026-01")).toBe(true);
    expect(isTermsAcceptanceDue("2026-01", "2026-01")).toBe(false);
    expect(isTermsAcceptanceDue(CURRENT_TERMS_VERSION)).toBe(false);
  });
});
