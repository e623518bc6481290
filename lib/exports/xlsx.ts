import type { Cell } from "write-excel-file/node";
import { dayToDate } from "@/lib/format";

// Typed XLSX cells: numbers stay numbers and days stay dates, so that a spreadsheet can sort
// and sum them (a score stored as text cannot be averaged).

export const textCell = (value: string | null | undefined, wrap = false): Cell =>
  value === null || value === undefined || value === "" ? null : { value, type: String, wrap };
export const numberCell = (value: number | null | undefined, format = "0.0"): Cell =>
  value === null || value === undefined ? null : { value, type: Number, format };
export const integerCell = (value: number | null | undefined): Cell => numberCell(value, "0");
/** A calendar day "YYYY-MM-DD" as an XLSX date (shown dd/mm/yyyy). */
export const dayCell = (day: string | null | undefined): Cell => (day ? { value: dayToDate(day), type: Date, format: "dd/mm/yyyy" } : null);
export const boldCell = (value: string): Cell => ({ value, fontWeight: "bold" });
