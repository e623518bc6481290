import type { Locale } from "@/lib/i18n/locales";

// One formatter per kind of figure, shared by pages, emails, PDF, CSV and XLSX, so that the
// same score never reads "58.92857" in one place and "58,9" in another. Client-safe.

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/** A maturity score out of 100, one decimal at most: "58,9" (fr), "58.9" (en). */
export function formatScore(value: number, locale: Locale): string {
  return nf(locale, { maximumFractionDigits: 1 }).format(roundScore(value));
}

/** The value a score is stored as in exports (XLSX numbers): one decimal, as shown. */
export function roundScore(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A count or any plain figure: "1 234" with French grouping, "1,234" in English. */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 0): string {
  return nf(locale, { maximumFractionDigits }).format(value);
}

/** A share between 0 and 1: "42 %" (fr, no-break space), "42%" (en). */
export function formatPercent(share: number, locale: Locale, maximumFractionDigits = 0): string {
  return nf(locale, { style: "percent", maximumFractionDigits }).format(share);
}

/** A signed difference of scores: "+3,5", "−2" (true minus sign), "0". */
export function formatDelta(value: number, locale: Locale): string {
  const rounded = roundScore(value);
  return nf(locale, { maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(rounded).replace("-", "−");
}

/** A file size from bytes, in kilobytes: "12,3 ko" (fr), "12.3 kB" (en); one decimal below 10 kB. */
export function formatFileSize(bytes: number, locale: Locale): string {
  return nf(locale, { style: "unit", unit: "kilobyte", maximumFractionDigits: bytes < 10240 ? 1 : 0 }).format(bytes / 1024);
}
