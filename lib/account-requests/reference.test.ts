import { describe, expect, it } from "vitest";
import { formatReference, REFERENCE_PATTERN } from "./reference";

describe("formatReference", () => {
  it("pads the number to six digits and takes the year in Paris", () => {
    expect(formatReference(123, new Date("2026-03-01T10:00:00Z"))).toBe("DEM-2026-000123");
    // 23:30 UTC on 31 December is already the new year in Paris.
    expect(formatReference(1, new Date("2026-12-31T23:30:00Z"))).toBe("DEM-2027-000001");
    expect(REFERENCE_PATTERN.test(formatReference(1234567))).toBe(true);
  });
});
