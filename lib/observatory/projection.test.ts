import { describe, expect, it } from "vitest";
import { aggregateProjection, compliantAt } from "./projection";
import type { ObservatoryFilters, PlanObservation } from "./types";

const NO_FILTERS: ObservatoryFilters = { kind: "", device: "", os: "", listed: "", version: "", from: "", to: "" };

let n = 0;
/** A product's security plan: compliant from `from` (null: never), its curve starting in 2026-T2. */
function plan(company: string, from: string | null, overrides: Partial<PlanObservation> = {}): PlanObservation {
  n++;
  const quarters = ["2026-T2", "2026-T3", "2026-T4", "2027-T1"];
  return {
    companyId: company,
    productId: `p${n}`,
    theme: "security",
    version: "2025.1",
    kind: "base",
    device: "Website",
    os: "Web",
    listed: false,
    validatedOn: "2026-05-10",
    curve: quarters.map((quarter) => ({ quarter, compliant: from !== null && quarter >= from })),
    ...overrides,
  };
}
const plans = (prefix: string, count: number, from: string | null, overrides: Partial<PlanObservation> = {}) =>
  Array.from({ length: count }, (_, i) => plan(`${prefix}${i}`, from, overrides));
const security = (all: PlanObservation[], filters: Partial<ObservatoryFilters> = {}, quarter = "2026-T3") =>
  aggregateProjection(all, { ...NO_FILTERS, ...filters }, quarter).themes.find((t) => t.theme === "security")!.points;
const shares = (points: ReturnType<typeof security>) => points.map((p) => (p.figure.suppressed ? null : p.figure.value));

describe("projected compliance from validated plans", () => {
  it("reads a frozen curve at a quarter, and keeps its last state after it", () => {
    const { curve } = plan("c", "2026-T4");
    expect(["2026-T3", "2026-T4", "2028-T2"].map((q) => compliantAt(curve, q))).toEqual([false, true, true]);
  });

  it("shows, from the current quarter to the last planned one, the share over five companies", () => {
    const all = [...plans("a", 2, "2026-T3"), ...plans("b", 2, "2027-T1"), ...plans("c", 1, null)];
    const view = aggregateProjection(all, NO_FILTERS, "2026-T3");
    expect(view.quarters).toEqual(["2026-T3", "2026-T4", "2027-T1"]);
    const points = view.themes.find((t) => t.theme === "security")!.points;
    expect(shares(points)).toEqual([2 / 5, 2 / 5, 4 / 5]);
    expect(points[0].figure).toMatchObject({ products: 5, companies: 5 });
    // No plan on the other themes: nothing to show there.
    expect(view.themes.find((t) => t.theme === "interoperability")!.points.every((p) => p.figure.suppressed)).toBe(true);
  });

  it("never shows a share drawn from four companies, even with many products", () => {
    const all = [...plans("a", 4, "2026-T3"), ...plans("a", 4, "2026-T4")];
    expect(shares(security(all))).toEqual([null, null, null]);
  });

  it("hides a filter, or a combination of filters, that would isolate four companies", () => {
    const all = [
      ...plans("web", 6, "2026-T3", { device: "Website" }),
      ...plans("mob", 4, null, { device: "Mobile", os: "iOS" }),
      ...plans("and", 5, "2026-T4", { device: "Mobile", os: "Android" }),
    ];
    expect(shares(security(all))).toEqual([6 / 15, 11 / 15, 11 / 15]);
    expect(shares(security(all, { os: "iOS" }))).toEqual([null, null, null]);
    // Mobile + Android has 5 companies, but "Mobile" minus it is the 4 iOS ones.
    expect(shares(security(all, { device: "Mobile", os: "Android" }))).toEqual([null, null, null]);
    // Website has 6 companies and "all minus Website" 9: shown.
    expect(shares(security(all, { device: "Website" }))).toEqual([1, 1, 1]);
  });

  it("counts a plan only through the filters' version and period", () => {
    const all = [...plans("old", 5, "2026-T3", { version: "2024.1", validatedOn: "2025-11-02" }), ...plans("new", 5, null)];
    expect(shares(security(all, { version: "2024.1" }))).toEqual([1, 1, 1]);
    expect(shares(security(all, { from: "2026-01-01" }))).toEqual([0, 0, 0]);
  });
});
