import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { invalid } from '#shared/domain-errors.ts';
import { type CsvValue, csvText, csvValue } from '#shared/csv.ts';
import { MOST_ROWS, type SheetFormat } from './model.ts';

/**
 * Spreadsheets in and out, each format by a maintained library: `csv-parse` (RFC 4180: quotes,
 * separators and line ends inside cells, a byte order mark) and `read-excel-file` /
 * `write-excel-file` (the first sheet of an .xlsx). A sheet is a header row of column names and a
 * row per record; rows come out as cells by column name, each numbered as the sheet numbers it.
 */
export type Cell = string | number | boolean | Date | null | undefined;
export interface SheetRow {
  /** The row's number in the sheet: the header is row 1. */
  row: number;
  cells: Record<string, Cell>;
}

const unreadable = (message: string) => invalid([{ in: 'body', path: 'file', message }]);

export async function readSheet(bytes: Uint8Array, format: SheetFormat): Promise<SheetRow[]> {
  let table: Cell[][];
  try {
    table =
      format === 'csv'
        ? // A cell this system exported with a formula character kept as text reads as it was.
          (parse(Buffer.from(bytes), {
            bom: true,
            relax_column_count: true,
            cast: (value) => csvValue(value),
          }) as string[][])
        : (((await readXlsxFile(Buffer.from(bytes)))[0]?.data ?? []) as Cell[][]);
  } catch (error) {
    throw unreadable(
      `Not a readable ${format === 'csv' ? 'CSV' : 'Excel (.xlsx)'} file: ${(error as Error).message}`,
    );
  }
  const [header, ...records] = table;
  if (!header) throw unreadable('The sheet is empty: its first row names the columns');
  if (records.length > MOST_ROWS) throw unreadable(`At most ${MOST_ROWS} rows at a time`);
  const names = header.map((cell) => String(cell ?? '').trim());
  return records
    .map((record, index) => ({
      row: index + 2,
      cells: Object.fromEntries(names.map((name, column) => [name, record[column]])),
    }))
    .filter(({ cells }) =>
      Object.values(cells).some((cell) => cell !== null && cell !== undefined && String(cell).trim() !== ''),
    );
}

/** A sheet of the given columns, as a file of the format. */
export async function writeSheet(
  columns: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  format: SheetFormat,
): Promise<Buffer | string> {
  if (format === 'csv') return csvText(columns, rows);
  return writeXlsxFile([
    columns.map((value) => ({ value, fontWeight: 'bold' as const })),
    ...rows.map((row) => row.map((value) => (value === undefined || value === null ? null : { value }))),
  ]).toBuffer();
}
