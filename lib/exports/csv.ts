import { stringify } from "csv-stringify/sync";

// Every CSV the platform produces: semicolon-separated UTF-8 with a byte-order mark and CRLF,
// what spreadsheet software set to French opens correctly with a double click.

// A cell that starts like a formula is run by spreadsheet software when the file is opened:
// user text is prefixed with an apostrophe, as OWASP advises.
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export type CsvValue = string | number | null | undefined;

/**
 * Figures are written already formatted by lib/format by the caller when they are meant to
 * be read (a CSV has no types); text cells are neutralised.
 */
export function csvFile(records: CsvValue[][]): string {
  const rows = records.map((r) =>
    r.map((v) => (v === null || v === undefined ? "" : typeof v === "number" ? String(v) : neutraliseFormula(v))),
  );
  return stringify(rows, { delimiter: ";", bom: true, record_delimiter: "windows" });
}
