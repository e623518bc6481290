import { describe, expect, it } from "vitest";
import { comparePlans, type ComparableSnapshot, type ComparedLine } from "./compare";

const l = (requirementId: string, plannedLevel: ComparedLine["plannedLevel"], plannedQuarter: string, mandatory = true): ComparedLine => ({
  requirementId,
  mandatory,
  plannedLevel,
  plannedQuarter,
});

// Hand-built: between the two versions A slipped two quarters, B moved forward a year and
// went from level 3 to 2, C did not change, D was dropped, E is new; security appears in "to" only.
const from: ComparableSnapshot = {
  compliantFrom: "2027-T2",
  themes: [
    {
      theme: "interoperability",
      version: "2025.1",
      compliantFrom: "2027-T2",
      lines: [l("INT-A-01", 3, "2027-T1"), l("INT-B-01", 3, "2028-T2", false), l("INT-C-01", 4, "2027-T2"), l("INT-D-01", 3, "2027-T1")],
    },
  ],
};
const to: ComparableSnapshot = {
  compliantFrom: null,
  themes: [
    {
      theme: "interoperability",
      version: "2025.1",
      compliantFrom: "2027-T3",
      lines: [l("INT-A-01", 3, "2027-T3"), l("INT-B-01", 2, "2027-T2", false), l("INT-C-01", 4, "2027-T2"), l("INT-E-01", 2, "2027-T4")],
    },
    { theme: "security", version: "2025.1", compliantFrom: null, lines: [l("SEC-A-01", 2, "2027-T1")] },
  ],
};

const ids = (lines: { requirementId: string }[]) => lines.map((x) => x.requirementId);

describe("comparing two validated plans", () => {
  const result = comparePlans(from, to);
  const interop = result.themes.find((t) => t.theme === "interoperability")!;

  it("tells slipped from moved forward by the planned quarter, across a year boundary", () => {
    expect(ids(interop.slipped)).toEqual(["INT-A-01"]);
    expect(interop.slipped[0]).toMatchObject({ from: { plannedQuarter: "2027-T1" }, to: { plannedQuarter: "2027-T3" } });
    expect(ids(interop.movedForward)).toEqual(["INT-B-01"]);
  });

  it("lists a changed level, even on a line whose quarter moved too", () => {
    expect(interop.levelChanged).toEqual([
      { requirementId: "INT-B-01", mandatory: false, from: from.themes[0].lines[1], to: to.themes[0].lines[1] },
    ]);
  });

  it("lists new and dropped commitments, and counts the unchanged ones", () => {
    expect(ids(interop.added)).toEqual(["INT-E-01"]);
    expect(ids(interop.dropped)).toEqual(["INT-D-01"]);
    expect(ids(interop.unchanged)).toEqual(["INT-C-01"]);
    // A, B, D, E here and SEC-A-01 in security.
    expect(result.changedCount).toBe(5);
  });

  it("keeps a theme present in one version only, with the other side's compliance unknown", () => {
    expect(result.themes.map((t) => t.theme)).toEqual(["interoperability", "security"]);
    const security = result.themes[1];
    expect(ids(security.added)).toEqual(["SEC-A-01"]);
    expect(security.compliance).toEqual({ from: undefined, to: null });
    expect(comparePlans(to, from).themes[1]).toMatchObject({ theme: "security", dropped: [{ requirementId: "SEC-A-01" }] });
  });

  it("carries the compliance dates of both versions", () => {
    expect(result.compliance).toEqual({ from: "2027-T2", to: null });
    expect(interop.compliance).toEqual({ from: "2027-T2", to: "2027-T3" });
  });

  it("finds nothing changed between a version and itself", () => {
    const same = comparePlans(from, from);
    expect(same.changedCount).toBe(0);
    expect(same.themes[0].unchanged).toHaveLength(4);
  });
});
