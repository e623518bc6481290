import joursFeries from "@socialgouv/jours-feries";
import { todayInParis } from "@/lib/format";

/** A request waiting longer than this many working days is highlighted in the queue. */
export const OVERDUE_WORKING_DAYS = 5;

/** The calendar day (YYYY-MM-DD) of an instant in Paris, where the operators work. */
export const parisDateKey = (at: Date): string => todayInParis(at);

const holidayCache = new Map<number, Set<string>>();

/**
 * Metropolitan French public holidays of a year as YYYY-MM-DD. The library builds local
 * midnights and adds whole days in milliseconds, which a daylight-saving change can shift by
 * an hour: reading the local date at noon absorbs that.
 */
function holidays(year: number): Set<string> {
  let set = holidayCache.get(year);
  if (!set) {
    const pad = (n: number) => String(n).padStart(2, "0");
    set = new Set(
      Object.values(joursFeries(year) as Record<string, Date>).map((d) => {
        const noon = new Date(d.getTime() + 12 * 3600 * 1000);
        return `${noon.getFullYear()}-${pad(noon.getMonth() + 1)}-${pad(noon.getDate())}`;
      }),
    );
    holidayCache.set(year, set);
  }
  return set;
}

export function isWorkingDay(key: string): boolean {
  const [y, m, d] = key.split("-").map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays(y).has(key);
}

/** Working days after the day of `from` up to and including the day of `to` (Paris days). */
export function workingDaysBetween(from: Date, to: Date): number {
  const start = parisDateKey(from);
  const end = parisDateKey(to);
  if (end <= start) return 0;
  const [y, m, d] = start.split("-").map(Number);
  const cursor = new Date(Date.UTC(y, m - 1, d));
  let count = 0;
  // Bounded: a request older than ten years is overdue anyway.
  for (let i = 0; i < 3660; i++) {
    cursor.setUTCDate(cursor.getUTCDate() + 1);
    const key = cursor.toISOString().slice(0, 10);
    if (key > end) break;
    if (isWorkingDay(key)) count++;
  }
  return count;
}

/** Whether a request submitted at `submittedAt` has waited more than five working days. */
export function isOverdue(submittedAt: Date, now: Date = new Date()): boolean {
  return workingDaysBetween(submittedAt, now) > OVERDUE_WORKING_DAYS;
}
