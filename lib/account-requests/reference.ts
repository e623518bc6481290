import { TIME_ZONE } from "@/lib/i18n/locales";

/** DEM-2026-000123: the year of submission (Paris time) and the sequence number. */
export function formatReference(sequence: number, at: Date = new Date()): string {
  const year = new Intl.DateTimeFormat("en", { year: "numeric", timeZone: TIME_ZONE }).format(at);
  return `DEM-${year}-${String(sequence).padStart(6, "0")}`;
}

export const REFERENCE_PATTERN = /^DEM-\d{4}-\d{6,}$/;
