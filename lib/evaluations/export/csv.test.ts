import { describe, expect, it } from "vitest";
import { neutraliseFormula } from "./csv";

describe("CSV cells", () => {
  it("neutralises text that a spreadsheet would run as a formula", () => {
    expect(neutraliseFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutraliseFormula("+33 1 23")).toBe("'+33 1 23");
    expect(neutraliseFormula("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutraliseFormula("Réalisé")).toBe("Réalisé");
  });
});
