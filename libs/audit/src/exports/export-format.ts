import { UTF8_BOM } from './export-spreadsheet.js';

export type ExportFormat = 'csv' | 'jsonl';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'jsonl'];

export type Cell = string | number | boolean | null | undefined;

export interface ExportColumn<T> {
  header: string;
  value(row: T): Cell;
}

/** A file streamed to the client: lines are produced page by page, as the client reads. */
export interface ExportFile {
  filename: string;
  contentType: string;
  /** The read model's checkpoint when the export started. */
  position: number;
  body: AsyncIterable<string>;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
};

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
/** Cells a spreadsheet would run as a formula (CSV injection). */
const FORMULA = /^[=+\-@\t\r]/;

/** One RFC 4180 line; text that a spreadsheet would take for a formula is prefixed with '. */
export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

function csvCell(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'string') return String(cell);
  const text = FORMULA.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The lines of an export: a CSV header (after a UTF-8 byte order mark, for spreadsheets), then one chunk per page of rows (CSV lines or JSON lines).
 * Pulls the next page only when the consumer asks for more, so memory holds one page at a time.
 */
export async function* exportLines<T>(pages: AsyncIterable<readonly T[]>, format: ExportFormat, columns: readonly ExportColumn<T>[], json: (row: T) => unknown): AsyncGenerator<string> {
  if (format === 'csv') yield UTF8_BOM + csvLine(columns.map((c) => c.header));
  for await (const rows of pages) {
    if (rows.length === 0) continue;
    yield format === 'csv' ? rows.map((row) => csvLine(columns.map((c) => c.value(row)))).join('') : rows.map((row) => `${JSON.stringify(json(row))}\n`).join('');
  }
}
