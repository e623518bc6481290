import { stringify } from "csv-stringify/sync";
import { neutraliseFormula } from "@/lib/exports/csv";
import type { ExportData, ExportRow } from "./data";

export { neutraliseFormula };

const COLUMNS: (keyof ExportRow)[] = [
  "section",
  "itemId",
  "kind",
  "label",
  "mandatory",
  "applicable",
  "answer",
  "level",
  "justification",
  "plannedDate",
  "comment",
  "evidence",
  "score",
  "target",
  "targetMet",
];

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
