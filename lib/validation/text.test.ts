import { describe, expect, it } from "vitest";
import { normalizeName, stripUnsafeChars } from "./text";

describe("normalizeName", () => {
  it("makes names that look the same equal", () => {
    expect(normalizeName("Dossier\u200bPatient")).toBe("DossierPatient");
    expect(normalizeName("  Dossier   Patient \t Pro ")).toBe("Dossier Patient Pro");
    expect(normalizeName("Ｄｏｓｓｉｅｒ")).toBe("Dossier");
    expect(normalizeName("e\u0301")).toBe("é");
    expect(normalizeName("Nom\u00a0propre")).toBe("Nom propre");
  });
});

describe("stripUnsafeChars", () => {
  it("removes a right-to-left override hiding an extension, and control characters", () => {
    expect(stripUnsafeChars("facture\u202efdp.exe")).toBe("facturefdp.exe");
    expect(stripUnsafeChars("a\u0000b\nc")).toBe("abc");
  });
});
