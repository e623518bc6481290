import type { Locale } from "@/lib/i18n/locales";

// A planned quarter is stored as "2027-T2" (the agency's own notation); readers see
// "T2 2027" in French and "Q2 2027" in English. Client-safe.

export type Quarter = `${number}-T${1 | 2 | 3 | 4}`;
const QUARTER = /^(\d{4})-T([1-4])$/;

export function isQuarter(value: string): value is Quarter {
  return QUARTER.test(value);
}

export function parseQuarter(value: string): { year: number; q: 1 | 2 | 3 | 4 } {
  const m = QUARTER.exec(value);
  if (!m) throw new RangeError(`not a quarter: ${value}`);
  return { year: Number(m[1]), q: Number(m[2]) as 1 | 2 | 3 | 4 };
}

export function formatQuarter(value: string, locale: Locale): string {
  const { year, q } = parseQuarter(value);
  return locale === "fr" ? `T${q}\u00a0${year}` : `Q${q}\u00a0${year}`;
}

/** The quarter holding a calendar day "YYYY-MM-DD". */
export function quarterOfDay(day: string): Quarter {
  const month = Number(day.slice(5, 7));
  return `${Number(day.slice(0, 4))}-T${(Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4}`;
}

/** The quarter `n` quarters after `value` (n may be negative). */
export function addQuarters(value: string, n: number): Quarter {
  const { year, q } = parseQuarter(value);
  const index = year * 4 + (q - 1) + n;
  return `${Math.floor(index / 4)}-T${((index % 4) + 1) as 1 | 2 | 3 | 4}`;
}

/** Negative, zero or positive as a is before, equal to or after b. */
export function compareQuarters(a: string, b: string): number {
  const x = parseQuarter(a);
  const y = parseQuarter(b);
  return x.year * 4 + x.q - (y.year * 4 + y.q);
}

/** The last calendar day of a quarter, "YYYY-MM-DD". */
export function lastDayOfQuarter(value: string): string {
  const { year, q } = parseQuarter(value);
  const end = new Date(Date.UTC(year, q * 3, 0));
  return end.toISOString().slice(0, 10);
}
