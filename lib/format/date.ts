import { TIME_ZONE, type Locale } from "@/lib/i18n/locales";

// Dates and times as the agency's users read them: Paris time, whatever the server's zone.
// A "day" (deadline, planned date) is a calendar date with no time: stored as "YYYY-MM-DD"
// and formatted in UTC so that it never shifts by one around midnight. Client-safe.

const cache = new Map<string, Intl.DateTimeFormat>();
function df(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

type Style = "short" | "medium" | "long";

/** A calendar day ("2027-06-30" or a Date at UTC midnight): "30 juin 2027" / "June 30, 2027". */
export function formatDate(day: string | Date, locale: Locale, style: Style = "long"): string {
  return df(locale, { dateStyle: style, timeZone: "UTC" }).format(typeof day === "string" ? dayToDate(day) : day);
}

/**
 * An instant, in Paris time: "2 décembre 2026 à 10:15". `timeStyle` "medium" adds the seconds,
 * for lists where several entries fall in the same minute (the development mailbox).
 */
export function formatDateTime(at: Date | string, locale: Locale, style: Style = "long", timeStyle: "short" | "medium" = "short"): string {
  return df(locale, { dateStyle: style, timeStyle, timeZone: TIME_ZONE }).format(new Date(at));
}

/** The time of an instant alone, in Paris time: "10:15" (fr), "10:15 AM" (en). */
export function formatTime(at: Date | string, locale: Locale): string {
  return df(locale, { timeStyle: "short", timeZone: TIME_ZONE }).format(new Date(at));
}

/** "YYYY-MM-DD" → the Date at UTC midnight of that day (what XLSX date cells expect). */
export function dayToDate(day: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`not a day: ${day}`);
  return new Date(`${day}T00:00:00Z`);
}

/** Today's calendar day in Paris, "YYYY-MM-DD" (deadlines and "late" are judged in Paris). */
export function todayInParis(now: Date = new Date()): string {
  return dayInParis(now);
}

/**
 * The calendar day an instant falls on in Paris, "YYYY-MM-DD": shown with formatDate when only
 * the day of an instant matters ("updated on"), so 23:30 UTC reads as the next day, as in Paris.
 */
export function dayInParis(at: Date | string): string {
  const parts = df("en" as Locale, { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(new Date(at));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
