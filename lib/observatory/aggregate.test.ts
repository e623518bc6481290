import { describe, expect, it } from "vitest";
import { aggregate, matches } from "./aggregate";
import type { Figure, ObservatoryFilters, Observation } from "./types";

const NO_FILTERS: ObservatoryFilters = { kind: "", device: "", os: "", listed: "", version: "", from: "", to: "" };
const STRUCTURE = { security: { levels: ["initial", "advanced"], sections: ["auth"], requirements: ["SEC-1"] } };

let n = 0;
function obs(company: string, overrides: Partial<Observation> = {}): Observation {
  n++;
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
    score: 50,
    maturity: "advanced",
    compliant: false,
    sections: { auth: 50 },
    requirements: { "SEC-1": 0.5 },
    ...overrides,
  };
}
const companies = (prefix: string, count: number, overrides: Partial<Observation> = {}) =>
  Array.from({ length: count }, (_, i) => obs(`${prefix}${i}`, overrides));
const security = (all: Observation[], filters: Partial<ObservatoryFilters> = {}) =>
  aggregate(all, { ...NO_FILTERS, ...filters }, STRUCTURE).themes.find((t) => t.theme === "security")!;
const shown = (f: Figure) => (f.suppressed ? null : f.value);

describe("observatory figures", () => {
  it("shows a mean over five companies or more, with its group size", () => {
    const all = companies("c", 5, { score: 40 }).concat(obs("c0", { score: 60 }));
    const view = security(all);
    expect(view.average).toEqual({ suppressed: false, value: (40 * 5 + 60) / 6, products: 6, companies: 5 });
  });

  it("never shows a figure drawn from four companies, even with many products", () => {
    const all = [...companies("c", 4), ...companies("c", 4)];
    const view = security(all);
    expect(view.average).toEqual({ suppressed: true });
    expect(view.requirements[0].figure).toEqual({ suppressed: true });
    expect(view.sections[0].figure).toEqual({ suppressed: true });
  });

  it("hides a filtered view whose difference with the unfiltered one is a group of four", () => {
    const all = [...companies("web", 6, { device: "Website", score: 30 }), ...companies("mob", 4, { device: "Mobile", score: 90 })];
    expect(shown(security(all).average)).toBe((6 * 30 + 4 * 90) / 10);
    expect(security(all, { device: "Mobile" }).average).toEqual({ suppressed: true });
    // Website alone has 6 companies, but "all minus Website" would give the 4 Mobile ones.
    expect(security(all, { device: "Website" }).average).toEqual({ suppressed: true });
  });

  it("hides combinations of filters that would isolate a group of four", () => {
    const all = [
      ...companies("oi", 5, { kind: "option", os: "iOS" }),
      ...companies("oa", 4, { kind: "option", os: "Android", score: 100 }),
      ...companies("bi", 6, { kind: "base", os: "iOS" }),
    ];
    // option + iOS has 5 companies, but "option" alone minus it is the 4 Android ones.
    expect(security(all, { kind: "option", os: "iOS" }).average).toEqual({ suppressed: true });
    expect(security(all, { kind: "base", os: "iOS" }).average).toMatchObject({ suppressed: false, companies: 6 });
  });

  it("hides a second maturity level when a single hidden one could be computed from the total", () => {
    const all = [...companies("a", 6, { maturity: "advanced" }), ...companies("i", 2, { maturity: "initial" })];
    const view = security(all);
    expect(view.average).toMatchObject({ suppressed: false, products: 8 });
    expect(view.levels.map((l) => l.figure.suppressed)).toEqual([true, true]);
  });

  it("for every pair of views a user can ask for, no figure shown in both differs by 1 to 4 companies", () => {
    // Exhaustive over a small population: 3 kinds × devices × listings, uneven group sizes.
    const all: Observation[] = [];
    const attrs = [
      { kind: "base", device: "Website", listed: true, size: 7 },
      { kind: "base", device: "Mobile", listed: false, size: 3 },
      { kind: "option", device: "Website", listed: false, size: 5 },
      { kind: "option", device: "Mobile", listed: true, size: 4 },
      { kind: "base", device: "Mobile", listed: true, size: 6 },
    ] as const;
    attrs.forEach((a, g) =>
      all.push(...companies(`g${g}-`, a.size, { kind: a.kind, device: a.device, listed: a.listed, score: 10 * (g + 1) })),
    );
    const options = { kind: ["", "base", "option"], device: ["", "Website", "Mobile"], listed: ["", "yes", "no"] };
    const views: ObservatoryFilters[] = [];
    for (const kind of options.kind)
      for (const device of options.device) for (const listed of options.listed) views.push({ ...NO_FILTERS, kind, device, listed });
    let compared = 0;
    for (const a of views) {
      for (const b of views) {
        const fa = security(all, a).average;
        const fb = security(all, b).average;
        if (fa.suppressed || fb.suppressed) continue;
        const inA = new Set(all.filter((o) => matches(o, a)).map((o) => o.productId));
        const inB = new Set(all.filter((o) => matches(o, b)).map((o) => o.productId));
        // Only nested views can be subtracted exactly; the difference must be 0 or ≥ 5 companies.
        const nested = [...inB].every((p) => inA.has(p));
        if (!nested) continue;
        const diff = new Set(all.filter((o) => inA.has(o.productId) && !inB.has(o.productId)).map((o) => o.companyId));
        expect(diff.size === 0 || diff.size >= 5, `${JSON.stringify(a)} vs ${JSON.stringify(b)}: ${diff.size}`).toBe(true);
        if (diff.size > 0) compared++;
      }
    }
    // The check compared real pairs of differing views, not nothing.
    expect(compared).toBeGreaterThan(5);
  });
});
