import { quarterOfDay } from "@/lib/format";
import {
  FILTER_KEYS,
  MIN_COMPANIES,
  PRODUCT_THEMES,
  type FilterKey,
  type EvaluationView,
  type Figure,
  type Filterable,
  type ObservatoryFilters,
  type Observation,
} from "./types";

/** Whether an observation passes the filters, leaving out those in `ignore`. */
export function matches(o: Filterable, filters: ObservatoryFilters, ignore: ReadonlySet<FilterKey> = new Set()): boolean {
  const on = (k: FilterKey) => filters[k] !== "" && !ignore.has(k);
  if (on("kind") && o.kind !== filters.kind) return false;
  if (on("device") && o.device !== filters.device) return false;
  if (on("os") && o.os !== filters.os) return false;
  if (on("listed") && o.listed !== (filters.listed === "yes")) return false;
  if (on("version") && o.version !== filters.version) return false;
  if (on("from") && o.validatedOn < filters.from) return false;
  if (on("to") && o.validatedOn > filters.to) return false;
  return true;
}

/** The figures an observation takes part in, with the value it brings to each (1 for counts). */
function contributions(o: Observation): [string, number][] {
  const t = o.theme;
  const out: [string, number][] = [[`quarter:${quarterOfDay(o.validatedOn)}`, 1]];
  if (o.score !== null) out.push([`${t}:average`, o.score]);
  out.push([`${t}:compliant`, o.compliant ? 1 : 0]);
  out.push([`${t}:level:${o.maturity ?? "none"}`, 1]);
  for (const [id, v] of Object.entries(o.sections)) out.push([`${t}:section:${id}`, v]);
  for (const [id, v] of Object.entries(o.requirements)) out.push([`${t}:requirement:${id}`, v]);
  return out;
}

export type Cell = { sum: number; products: number; companies: Set<string> };
/** What one observation brings to the figures: key and value (1 for counts). */
export type Contributions<T> = (o: T) => [string, number][];

export function tally<T extends Filterable>(observations: T[], contribute: Contributions<T>): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const o of observations) {
    for (const [key, value] of contribute(o)) {
      let cell = cells.get(key);
      if (!cell) cells.set(key, (cell = { sum: 0, products: 0, companies: new Set() }));
      cell.sum += value;
      cell.products++;
      cell.companies.add(o.companyId);
    }
  }
  return cells;
}

/** Every subset of a list (the empty one included). */
function subsets<T>(items: T[]): T[][] {
  return items.reduce<T[][]>((acc, x) => acc.concat(acc.map((s) => [...s, x])), [[]]);
}

/**
 * The keys whose figure must not be shown: fewer than MIN_COMPANIES companies behind it, or,
 * for any set of active filters, a difference with the view without those filters that comes
 * from 1 to MIN_COMPANIES - 1 companies (comparing the two views would reveal that group).
 */
export function suppressedKeys<T extends Filterable>(
  all: T[],
  filters: ObservatoryFilters,
  cells: Map<string, Cell>,
  contribute: Contributions<T>,
): Set<string> {
  const hidden = new Set<string>();
  for (const [key, cell] of cells) if (cell.companies.size < MIN_COMPANIES) hidden.add(key);
  const active = FILTER_KEYS.filter((k) => filters[k] !== "");
  for (const removed of subsets(active).filter((s) => s.length > 0)) {
    const ignore = new Set(removed);
    const difference = all.filter((o) => matches(o, filters, ignore) && !matches(o, filters));
    for (const [key, cell] of tally(difference, contribute))
      if (cell.companies.size > 0 && cell.companies.size < MIN_COMPANIES) hidden.add(key);
  }
  return hidden;
}

/**
 * Parts of a whole whose total is shown (maturity levels of a theme, quarters): when exactly
 * one part is hidden it could be computed from the total and the others, so the smallest
 * other part is hidden too (complementary suppression).
 */
export function protectGroup(keys: string[], cells: Map<string, Cell>, hidden: Set<string>): void {
  const present = keys.filter((k) => cells.has(k));
  const hiddenParts = present.filter((k) => hidden.has(k));
  if (hiddenParts.length !== 1) return;
  const shown = present.filter((k) => !hidden.has(k)).sort((a, b) => cells.get(a)!.products - cells.get(b)!.products);
  if (shown.length) hidden.add(shown[0]);
}

export function figure(key: string, cells: Map<string, Cell>, hidden: Set<string>, mean: boolean): Figure {
  const cell = cells.get(key);
  if (!cell || hidden.has(key)) return { suppressed: true };
  return {
    suppressed: false,
    value: mean ? cell.sum / cell.products : cell.products,
    products: cell.products,
    companies: cell.companies.size,
  };
}

/**
 * National figures over the observations that pass the filters. `structure` lists, per theme,
 * the maturity levels, sections and requirements to show (from the questionnaire), so that a
 * level nobody reached still appears, as « données insuffisantes ».
 */
export function aggregate(
  all: Observation[],
  filters: ObservatoryFilters,
  structure: Record<string, { levels: string[]; sections: string[]; requirements: string[] }>,
): EvaluationView {
  const selected = all.filter((o) => matches(o, filters));
  const cells = tally(selected, contributions);
  const hidden = suppressedKeys(all, filters, cells, contributions);
  const quarters = [...new Set([...cells.keys()].filter((k) => k.startsWith("quarter:")))].sort();
  for (const theme of PRODUCT_THEMES) {
    const levels = [...(structure[theme]?.levels ?? []), "none"].map((l) => `${theme}:level:${l}`);
    protectGroup(levels, cells, hidden);
  }
  protectGroup(quarters, cells, hidden);
  return {
    themes: PRODUCT_THEMES.map((theme) => {
      const s = structure[theme] ?? { levels: [], sections: [], requirements: [] };
      return {
        theme,
        average: figure(`${theme}:average`, cells, hidden, true),
        compliant: figure(`${theme}:compliant`, cells, hidden, true),
        levels: s.levels.map((id) => ({ id, figure: figure(`${theme}:level:${id}`, cells, hidden, false) })),
        sections: s.sections.map((id) => ({ id, figure: figure(`${theme}:section:${id}`, cells, hidden, true) })),
        requirements: s.requirements.map((id) => ({ id, figure: figure(`${theme}:requirement:${id}`, cells, hidden, true) })),
      };
    }),
    quarters: quarters.map((k) => ({ quarter: k.slice("quarter:".length), figure: figure(k, cells, hidden, false) })),
  };
}
