import writeXlsxFile, { type Cell, type Row } from "write-excel-file/node";
import { boldCell, dayCell, integerCell, numberCell, textCell } from "@/lib/exports/xlsx";
import type { ExportData, ExportRow, ExportValue } from "./data";

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

const WHOLE: ReadonlySet<keyof ExportRow> = new Set(["level"]);

/** Numbers stay numbers and days stay dates, so that the sheet can sort, sum and filter them. */
function cell(v: ExportValue, key?: keyof ExportRow): Cell {
  if (v === null || typeof v === "string") return textCell(v, key === "comment" || key === "justification");
  if (typeof v.value === "string") return dayCell(v.value);
  return key && WHOLE.has(key) ? integerCell(v.value) : numberCell(v.value);
}

/** Two sheets: the summary (result, sections, gaps) and every item with its answer. */
export async function evaluationXlsx(data: ExportData): Promise<Buffer> {
  const summary: Row[] = [[boldCell(data.title)], [], ...data.summary.map(([label, value]) => [boldCell(label), cell(value)] as Row), []];
  summary.push([boldCell(data.labels.sections)]);
  summary.push([boldCell(data.sectionColumns.title), boldCell(data.sectionColumns.score), boldCell(data.sectionColumns.progress)]);
  for (const s of data.sections) summary.push([textCell(s.title), cell(s.score), textCell(s.progress)]);
  summary.push([], [boldCell(data.labels.gaps)]);
  const g = data.gapColumns;
  summary.push([boldCell(g.id), boldCell(g.title), boldCell(g.mandatory), boldCell(g.levels), null, boldCell(g.by)]);
  for (const gap of data.gaps)
    summary.push([
      textCell(gap.id),
      textCell(gap.title),
      textCell(gap.mandatory),
      integerCell(gap.level.value),
      integerCell(gap.target.value),
      dayCell(gap.by.value),
    ]);

  const items: Row[] = [COLUMNS.map((c) => boldCell(data.columns[c.key]))];
  for (const row of data.rows) items.push(COLUMNS.map(({ key }) => cell(row[key], key)));
  return writeXlsxFile([
    {
      data: summary,
      sheet: data.labels.summary.slice(0, 31),
      columns: [{ width: 30 }, { width: 50 }, { width: 14 }, { width: 10 }, { width: 10 }, { width: 14 }],
    },
    { data: items, sheet: data.labels.answers.slice(0, 31), columns: COLUMNS.map((c) => ({ width: c.width })), stickyRowsCount: 1 },
  ]).toBuffer();
}
