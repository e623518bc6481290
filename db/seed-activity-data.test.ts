import { describe, expect, it } from "vitest";
import { isValidSiren } from "@/lib/validation/siren";
import { ACTIVITY_COMPANIES } from "./seed-activity-data";
import { DEMO_COMPANIES } from "./seed-data";

describe("the demo activity's companies", () => {
  it("are fictitious but well-formed: Luhn-valid SIRENs, unique, e-mails on .example", () => {
    const sirens = ACTIVITY_COMPANIES.map((c) => c.siren);
    expect(sirens.filter((s) => !isValidSiren(s))).toEqual([]);
    expect(new Set([...sirens, ...DEMO_COMPANIES.map((c) => c.siren)]).size).toBe(sirens.length + DEMO_COMPANIES.length);
    expect(ACTIVITY_COMPANIES.filter((c) => !c.responsable.email.endsWith(".example"))).toEqual([]);
  });

  it("hold enough companies for the observatory to show its figures (5 or more, plans included)", () => {
    expect(ACTIVITY_COMPANIES.length).toBeGreaterThanOrEqual(5);
    expect(ACTIVITY_COMPANIES.filter((c) => c.plan).length).toBeGreaterThanOrEqual(5);
    expect(ACTIVITY_COMPANIES.filter((c) => c.mobile).length).toBeGreaterThanOrEqual(5);
  });
});
