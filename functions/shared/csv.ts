import type { Reply } from './http.ts';

/**
 * Reports as CSV for spreadsheets: UTF-8 with a byte order mark (without it Excel reads Chinese
 * text as mojibake), CRLF line ends (RFC 4180), a cell quoted when it holds a separator, a quote or
 * a line end, and a leading formula character neutralised (a customer named `=HYPERLINK(…)` stays
 * text when the sheet is opened).
 */
export type CsvValue = string | number | undefined | null;

export function csvCell(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A cell as read back: the apostrophe `csvCell` put before a leading formula character removed. */
export const csvValue = (text: string): string => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

export function csvText(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A CSV answer, offered to the browser as a download named `filename`. */
export const csvReply = (
  filename: string,
  header: readonly string[],
  rows: Iterable<readonly CsvValue[]>,
): Reply => ({
  status: 200,
  contentType: 'text/csv; charset=utf-8',
  headers: { 'content-disposition': `attachment; filename="${filename}"` },
  body: csvText(header, rows),
});
