import { csvFile, neutraliseFormula } from "@/lib/exports/csv";
import { exportText, type ExportData, type ExportRow } from "./data";

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

/**
 * One line per item, then the theme result. A CSV has no types: figures and days are written
 * as the reader's language writes them ("70,8", "31/12/2026"), as shown on the pages.
 */
export function evaluationCsv(data: ExportData): string {
  const records: string[][] = [COLUMNS.map((c) => data.columns[c])];
  for (const row of data.rows) records.push(COLUMNS.map((c) => exportText(row[c])));
  records.push([]);
  for (const [label, value] of data.summary) records.push([label, exportText(value)]);
  return csvFile(records);
}
