import { describe, expect, it } from "vitest";
import { isValidSiren, normalizeSiren } from "./siren";

describe("isValidSiren", () => {
  it("accepts real SIREN numbers", () => {
    // Public SIRENs: La Poste, SNCF Voyageurs' parent, Orange.
    expect(isValidSiren("356000000")).toBe(true);
    expect(isValidSiren("552049447")).toBe(true);
    expect(isValidSiren("380129866")).toBe(true);
  });

  it("accepts spaces as typed by people", () => {
    expect(isValidSiren("356 000 000")).toBe(true);
    expect(normalizeSiren("356 000 000")).toBe("356000000");
  });

  it("refuses a wrong checksum, a wrong length and letters", () => {
    expect(isValidSiren("356000001")).toBe(false);
    expect(isValidSiren("35600000")).toBe(false);
    expect(isValidSiren("3560000000")).toBe(false);
    expect(isValidSiren("35600000A")).toBe(false);
    expect(isValidSiren("")).toBe(false);
  });
});

describe("the all-zero SIREN", () => {
  it("is refused although its Luhn sum is 0", () => {
    expect(isValidSiren("000000000")).toBe(false);
    expect(isValidSiren("000 000 000")).toBe(false);
  });
});
