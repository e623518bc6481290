import { stringify } from "csv-stringify/sync";
import type { ExportData, ExportRow } from "./data";

const COLUMNS: (keyof ExportRow)[] = ["section", "itemId", "kind", "label", "mandatory", "applicable", "answer", "level", "justification", "plannedDate", "comment", "evidence", "score", "target", "targetMet"];

// A cell that starts like a formula is run by spreadsheet software when the file is opened:
// user text (comments, justifications) is prefixed with an apostrophe, as OWASP advises.
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const cell = (v: string | number | null) => (v === null ? "" : typeof v === "number" ? String(v) : neutraliseFormula(v));

/**
 * One line per item, then the theme result. Semicolon-separated UTF-8 with a byte-order mark:
 * what spreadsheet software set to French opens correctly with a double click.
 */
export function evaluationCsv(data: ExportData): string {
  const records: string[][] = [COLUMNS.map((c) => data.columns[c])];
  for (const row of data.rows) records.push(COLUMNS.map((c) => cell(row[c])));
  records.push([]);
  for (const [label, value] of data.summary) records.push([cell(label), cell(value)]);
  return stringify(records, { delimiter: ";", bom: true, record_delimiter: "windows" });
}
