import { formatNumber, formatPercent, formatScore } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { ColumnKind, TableCell } from "./present";

/** A figure as read on the page: the suppressed ones say so, in both exports alike. */
export function formatCell(cell: TableCell, kind: ColumnKind, locale: Locale, insufficient: string): string {
  if (cell === null) return insufficient;
  if (typeof cell === "string") return cell;
  if (kind === "score") return formatScore(cell, locale);
  if (kind === "percent") return formatPercent(cell, locale);
  return formatNumber(cell, locale);
}
