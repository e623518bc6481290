import writeXlsxFile, { type Row } from "write-excel-file/node";
import { csvFile, type CsvValue } from "@/lib/exports/csv";
import { boldCell, integerCell, numberCell, textCell } from "@/lib/exports/xlsx";
import { roundScore } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { formatCell } from "./format-cell";
import type { ObservatoryTable } from "./present";

/** The tables one after the other, each under its title, separated by an empty line. */
export function observatoryCsv(tables: ObservatoryTable[], locale: Locale, insufficient: string): string {
  const records: CsvValue[][] = [];
  for (const table of tables) {
    if (records.length) records.push([]);
    records.push(
      [table.title],
      table.columns.map((c) => c.label),
    );
    for (const row of table.rows) records.push(row.map((cell, i) => formatCell(cell, table.columns[i].kind, locale, insufficient)));
  }
  return csvFile(records);
}

/** One sheet per table; figures are numbers (a share is a fraction shown as a percentage). */
export async function observatoryXlsx(tables: ObservatoryTable[], insufficient: string): Promise<Buffer> {
  const sheets = tables.map((table) => {
    const data: Row[] = [table.columns.map((c) => boldCell(c.label))];
    for (const row of table.rows) {
      data.push(
        row.map((cell, i) => {
          const kind = table.columns[i].kind;
          if (cell === null) return textCell(insufficient);
          if (typeof cell === "string") return textCell(cell);
          if (kind === "score") return numberCell(roundScore(cell));
          if (kind === "percent") return numberCell(cell, "0%");
          return integerCell(cell);
        }),
      );
    }
    return {
      data,
      sheet: table.title.slice(0, 31),
      columns: table.columns.map((c) => ({ width: c.kind === "text" ? 40 : 16 })),
      stickyRowsCount: 1,
    };
  });
  return writeXlsxFile(sheets).toBuffer();
}
