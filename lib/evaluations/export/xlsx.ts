import writeXlsxFile, { type Row } from "write-excel-file/node";
import type { ExportData, ExportRow } from "./data";

const COLUMNS: { key: keyof ExportRow; width: number }[] = [
  { key: "section", width: 24 },
  { key: "itemId", width: 16 },
  { key: "kind", width: 14 },
  { key: "label", width: 50 },
  { key: "mandatory", width: 12 },
  { key: "applicable", width: 12 },
  { key: "answer", width: 26 },
  { key: "level", width: 8 },
  { key: "justification", width: 36 },
  { key: "plannedDate", width: 14 },
  { key: "comment", width: 40 },
  { key: "evidence", width: 30 },
  { key: "score", width: 10 },
  { key: "target", width: 28 },
  { key: "targetMet", width: 12 },
];

const bold = (value: string) => ({ value, fontWeight: "bold" as const });

/** Two sheets: the summary (result, sections, gaps) and every item with its answer. */
export async function evaluationXlsx(data: ExportData): Promise<Buffer> {
  const summary: Row[] = [[bold(data.title)], [], ...data.summary.map(([label, value]) => [bold(label), value] as Row), [], [bold(data.labels.sections)]];
  for (const s of data.sections) summary.push([s.title, s.score === null ? null : { value: s.score, type: Number }, s.progress]);
  summary.push([], [bold(data.labels.gaps)]);
  for (const g of data.gaps) summary.push([g.id, g.title, g.mandatory, { value: g.level, type: Number }, { value: g.target, type: Number }, g.by]);

  const items: Row[] = [COLUMNS.map((c) => bold(data.columns[c.key]))];
  for (const row of data.rows) {
    items.push(COLUMNS.map(({ key }) => {
      const v = row[key];
      return v === null ? null : typeof v === "number" ? { value: v, type: Number } : { value: v, type: String, wrap: key === "comment" || key === "justification" };
    }));
  }
  return writeXlsxFile([
    { data: summary, sheet: data.labels.summary.slice(0, 31), columns: [{ width: 30 }, { width: 50 }, { width: 14 }, { width: 10 }, { width: 10 }, { width: 14 }] },
    { data: items, sheet: data.labels.answers.slice(0, 31), columns: COLUMNS.map((c) => ({ width: c.width })), stickyRowsCount: 1 },
  ]).toBuffer();
}
