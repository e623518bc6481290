import { compareQuarters, laterQuarter, quarterRange } from "@/lib/plans/quarters";
import { figure, matches, suppressedKeys, tally, type Contributions } from "./aggregate";
import { PRODUCT_THEMES, type ObservatoryFilters, type PlanObservation, type ProjectionView } from "./types";

/**
 * Whether a frozen curve says the theme is compliant at the end of `quarter`: the point of
 * that quarter, or the last one before it (after its last quarter a plan has no more steps,
 * so the curve stays where it ends).
 */
export function compliantAt(curve: PlanObservation["curve"], quarter: string): boolean {
  let state = curve[0]?.compliant ?? false;
  for (const point of curve) if (compareQuarters(point.quarter, quarter) <= 0) state = point.compliant;
  return state;
}

const key = (theme: string, quarter: string) => `${theme}:projected:${quarter}`;

/**
 * Projected national compliance, quarter by quarter from `currentQuarter` to the last quarter
 * a selected plan reaches: per theme, the share of products whose latest validated plan says
 * the theme is compliant by then. Suppression is the evaluations' (fewer than 5 companies, and
 * any filter difference of 1 to 4 companies). Every quarter of a theme counts the same
 * products, so no quarter can be deduced from the others: no complementary suppression is
 * needed beyond what the shared group already gets.
 */
export function aggregateProjection(all: PlanObservation[], filters: ObservatoryFilters, currentQuarter: string): ProjectionView {
  const selected = all.filter((o) => matches(o, filters));
  const last = selected.reduce((q, o) => laterQuarter(q, o.curve.at(-1)?.quarter ?? q), currentQuarter);
  const quarters = quarterRange(currentQuarter, last);
  const contribute: Contributions<PlanObservation> = (o) => quarters.map((q) => [key(o.theme, q), compliantAt(o.curve, q) ? 1 : 0]);
  const cells = tally(selected, contribute);
  const hidden = suppressedKeys(all, filters, cells, contribute);
  return {
    quarters,
    themes: PRODUCT_THEMES.map((theme) => ({
      theme,
      points: quarters.map((quarter) => ({ quarter, figure: figure(key(theme, quarter), cells, hidden, true) })),
    })),
  };
}
