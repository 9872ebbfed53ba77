/** OpenAPI text of the import and export operations, keyed by operation id. */
import * as z from 'zod/mini';
import type { OperationDocs } from '#shared/http.ts';
import {
  authProblems,
  bodyProblems,
  idempotencyProblems,
  notFoundProblem,
} from '#shared/problem-responses.ts';
import { importRecord } from './model.ts';
import { CUSTOMER_SHEET, PRODUCT_SHEET, PURCHASE_SHEET } from './rules.ts';

const tags = ['Imports'];
const listed = (sheet: readonly string[]) => sheet.map((column) => `\`${column}\``).join(', ');
const columns = listed(CUSTOMER_SHEET);
const productColumns = listed(PRODUCT_SHEET);
const purchaseColumns = listed(PURCHASE_SHEET);
const upload = z.object({
  url: z.string(),
  method: z.literal('PUT'),
  headers: z.record(z.string(), z.string()),
  expiresAt: z.string(),
});
const stepProblems = [
  ...authProblems,
  notFoundProblem,
  {
    status: 409,
    description: 'Not at this step (not uploaded, not checked, problems left, or run already).',
  },
];

export const importDocs: Record<string, OperationDocs> = {
  createImport: {
    summary: 'Start moving customers, products or purchase history in from a spreadsheet (CSV or Excel)',
    description: `Sales admin and the manager. Announces the file (\`text/csv\` or \`.xlsx\`, its exact size, at most 5 MB and 20,000 rows) and answers where to \`PUT\` it (a presigned URL, five minutes). The sheet's first row names the columns: ${columns} (a contact's prefixed \`contact.\`; the values as \`POST /customers\` takes them: \`source\` one of its sources, \`ownerId\` the employee id of the rep or manager who owns the customer). A \`products\` sheet's columns: ${productColumns} (amounts in major units with at most two decimals, e.g. \`12345.60\`; \`active\` true or false; the model is the row's natural key: a model the catalogue has is left as it is). Honours \`Idempotency-Key\`.`,
    tags,
    responses: [
      {
        status: 201,
        description: 'The import, and where to upload its file.',
        schema: z.object({ import: importRecord, upload }),
      },
      ...authProblems,
      ...bodyProblems,
      ...idempotencyProblems,
    ],
  },
  getImport: {
    summary: 'An import: its dry run’s problems, or its run’s counts',
    tags,
    responses: [
      { status: 200, description: 'The import.', schema: importRecord },
      ...authProblems,
      notFoundProblem,
    ],
  },
  checkImport: {
    summary: 'Dry run: every row checked, nothing filed',
    description:
      'Reads the uploaded file and checks every row as `POST /customers` and its contacts would, plus an owner who may own customers and a company named twice in the sheet (a products sheet: as `POST /products` would, its amounts, and a model named twice; a purchases sheet: as `POST /customers/{id}/purchases` would, a customer on file, and a customer’s reference named twice). Each problem names its row as the sheet numbers it (the header is row 1) and its column; the first 500 are listed, `problemCount` counts all. A company (a model, a customer’s purchase reference) already on file is not a problem: the run leaves it as it is. May be repeated until the run.',
    tags,
    responses: [
      { status: 200, description: 'The import, checked.', schema: importRecord },
      ...stepProblems,
      { status: 400, description: 'Not a readable file of its type, empty, or too many rows.' },
    ],
  },
  runImport: {
    summary: 'Run a clean import: its rows are filed in parts by the import-runner job',
    description:
      'Only after a dry run with no problem. The import is queued; the `import-runner` job (every five minutes; `npm run job -- import-runner` locally) files its rows a page at a time, continuing in new invocations for a large sheet, each customer (with its contact) in one transaction as `POST /customers` would: audited, `customer.filed` (a product as `POST /products`, a purchase as `POST /customers/{id}/purchases`: audited, `purchase.recorded`, so the customer’s statistics and class count it). What is already on file is left as it is, so a second run of the same sheet changes nothing. `result` counts what was filed, left and skipped.',
    tags,
    responses: [{ status: 202, description: 'Queued.', schema: importRecord }, ...stepProblems],
  },
  exportProducts: {
    summary: 'The catalogue, in the products import’s columns (CSV or Excel)',
    description: `Sales admin and the manager. The columns a products import takes (${productColumns}), amounts in major units, so the sheet exported imports to nothing new. \`format\` as for the customers' export.`,
    tags,
    responses: [
      { status: 200, description: 'The CSV file.', contentType: 'text/csv' },
      { status: 303, description: 'The Excel file’s download (`Location`).' },
      ...authProblems,
    ],
  },
  exportPurchases: {
    summary: 'The department’s purchases, in the purchases import’s columns (CSV or Excel)',
    description: `Sales admin and the manager. Every customer's purchases of a date range (\`from\`, \`to\`, both included; by default all), oldest first, in the columns a purchases import takes (${purchaseColumns}); a purchase recorded otherwise (a completed order, by hand) has its id as its reference, so the sheet exported imports to nothing new. \`format\` as for the customers' export.`,
    tags,
    responses: [
      { status: 200, description: 'The CSV file.', contentType: 'text/csv' },
      { status: 303, description: 'The Excel file’s download (`Location`).' },
      { status: 400, description: 'A date that is not YYYY-MM-DD, or `to` before `from`.' },
      ...authProblems,
    ],
  },
  exportCustomers: {
    summary: 'Every customer with its first contact, in the import’s columns (CSV or Excel)',
    description: `Sales admin and the manager. The columns an import takes (${columns}), so a sheet exported, edited and imported again files only the companies not yet on file. \`format=csv\` (default) answers the file (UTF-8 with a byte order mark, for Excel); \`format=xlsx\` keeps the workbook and answers 303 to its presigned download (five minutes).`,
    tags,
    responses: [
      { status: 200, description: 'The CSV file.', contentType: 'text/csv' },
      { status: 303, description: 'The Excel file’s download (`Location`).' },
      ...authProblems,
    ],
  },
};
