/**
 * CSV as RFC 4180 writes it (comma-separated, CRLF after every record, a field
 * quoted when it holds a comma, a double quote, CR or LF, inner quotes
 * doubled), made safe to open in a spreadsheet.
 *
 * CSV injection: a spreadsheet runs a cell that starts with =, +, - or @ (and,
 * in some, tab or carriage return) as a formula. As OWASP recommends, such a
 * text cell is prefixed with a single quote ('), which spreadsheets show as
 * text and do not run. Cells that merely contain those characters later are
 * left alone. Numbers are written as numbers: a JavaScript number cannot carry
 * a formula. The JSON exports keep every value exactly as published.
 */

export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** Lists inside one cell are joined with this. */
export const LIST_SEPARATOR = ' | ';

/** The characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefix a text cell that a spreadsheet would run as a formula with a single quote. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field, neutralised and then quoted if it needs to be. */
export function csvField(value: CsvValue): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') text = value ? 'true' : 'false';
  else text = neutralise(typeof value === 'string' ? value : value.map(String).join(LIST_SEPARATOR));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',');
}

export interface CsvOptions {
  /**
   * Start with a UTF-8 byte order mark, so that Excel reads non-Latin text
   * (Chinese, Korean...) as UTF-8. Most CSV readers skip it.
   */
  bom?: boolean;
}

/** A whole file: the header row, then one row per record, each ended with CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  const body = [header, ...rows].map((row) => `${csvRow(row)}\r\n`).join('');
  return options.bom ? `\uFEFF${body}` : body;
}

/** Rows from a list of column definitions: the header is the column names, in order. */
export function tableToCsv<T>(
  columns: readonly (readonly [name: string, value: (record: T) => CsvValue])[],
  records: readonly T[],
  options: CsvOptions = {},
): string {
  return toCsv(
    columns.map(([name]) => name),
    records.map((record) => columns.map(([, value]) => value(record))),
    options,
  );
}
