import { quarterEnd, quarterOf, quarterRange } from "@/lib/scoring/projection";

// Quarters are "YYYY-Qn" text everywhere in the domain; pages format them (2027-T2 in French).

export { quarterEnd, quarterOf, quarterRange };

export const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;

/** The quarter after `quarter`. */
export function nextQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
}

/** Code-point comparison works on "YYYY-Qn". */
export const compareQuarters = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const laterQuarter = (a: string, b: string) => (compareQuarters(a, b) >= 0 ? a : b);
