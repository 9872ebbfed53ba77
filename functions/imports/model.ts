import * as z from 'zod/mini';
import { isoDate, line, named } from '#shared/schemas.ts';

/** What a sheet moves in: customers with their contact, catalogue products, or purchase history. */
export const IMPORT_KINDS = ['customers', 'products', 'purchases'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_STATUSES = ['uploading', 'checked', 'queued', 'done'] as const;

/** The formats read and written, by media type. */
export const SHEET_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type SheetFormat = keyof typeof SHEET_TYPES;

/** The largest sheet taken: 5 MB, 20,000 data rows. */
export const MOST_BYTES = 5 * 1024 * 1024;
export const MOST_ROWS = 20_000;
/** Problems listed at most; the count says how many there were. */
export const MOST_PROBLEMS = 500;

export const newImport = z.strictObject({
  kind: z.enum(IMPORT_KINDS),
  fileName: line(200),
  contentType: z.enum([SHEET_TYPES.csv, SHEET_TYPES.xlsx]),
  size: z.int().check(z.minimum(1), z.maximum(MOST_BYTES)),
});

const problem = z.object({ row: z.int(), column: z.optional(z.string()), message: z.string() });
export type RowProblem = z.output<typeof problem>;

export const importRecord = named(
  'Import',
  z.object({
    id: z.string(),
    kind: z.enum(IMPORT_KINDS),
    fileName: z.string(),
    contentType: z.string(),
    size: z.int(),
    status: z.enum(IMPORT_STATUSES),
    /** The dry run: how many data rows, and each problem by its row in the sheet (the header is row 1). */
    check: z.optional(
      z.object({ rows: z.int(), problemCount: z.int(), problems: z.array(problem), checkedAt: z.string() }),
    ),
    /**
     * The run: customers filed, rows left as they were because the company was on file already,
     * and rows no longer valid when it ran (their owner left meanwhile).
     */
    result: z.optional(
      z.object({ created: z.int(), existing: z.int(), skipped: z.int(), finishedAt: z.string() }),
    ),
    createdBy: z.string(),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type Import = z.output<typeof importRecord>;

const exportFormat = z._default(z.enum(['csv', 'xlsx']), 'csv');
export const exportQuery = z.strictObject({ format: exportFormat });
/** The purchases of a date range (both days included; by default all), oldest first. */
export const purchaseExportQuery = z.strictObject({
  format: exportFormat,
  from: z.optional(isoDate),
  to: z.optional(isoDate),
});
