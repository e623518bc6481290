import { addQuarters, compareQuarters, lastDayOfQuarter, quarterOfDay } from "@/lib/format/quarter";

// Quarters are stored and computed as "2027-T2" (lib/format/quarter); a quarter is judged on its last day.

export { addQuarters, compareQuarters, lastDayOfQuarter, quarterOfDay };

export const nextQuarter = (quarter: string) => addQuarters(quarter, 1);

export const laterQuarter = (a: string, b: string) => (compareQuarters(a, b) >= 0 ? a : b);

/** Every quarter from `first` to `last`, both included. */
export function quarterRange(first: string, last: string): string[] {
  const count = compareQuarters(last, first);
  return Array.from({ length: Math.max(0, count + 1) }, (_, i) => addQuarters(first, i));
}
