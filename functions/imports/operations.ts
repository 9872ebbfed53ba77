import { commitChange } from '#shared/change.ts';
import { newId, nextVersion, nowIso } from '#shared/clock.ts';
import { collectAll } from '#shared/listing.ts';
import { conflict } from '#shared/domain-errors.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { createdReply, found, resourceReply } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { downloadUrl, presignedUpload, storeObject } from '#shared/storage.ts';
import { csvReply } from '#shared/csv.ts';
import { allContacts, departmentCustomers } from '../customers/public.ts';
import { purchasesBetween } from '../classification/public.ts';
import { allProducts } from '../sales/public.ts';
import {
  exportQuery,
  type Import,
  type ImportKind,
  newImport,
  purchaseExportQuery,
  SHEET_TYPES,
} from './model.ts';
import { validationProblem } from '#shared/problem.ts';
import { CUSTOMER_COLUMNS, CUSTOMER_SHEET, majorUnits, PRODUCT_SHEET, PURCHASE_SHEET } from './rules.ts';
import { writeSheet } from './sheets.ts';
import { checkedRows, fileKey, getImport, importWrites } from './store.ts';

/**
 * Moving in from spreadsheets: sales admin or the manager uploads a sheet of customers, products or
 * purchase history (CSV or Excel) to its presigned URL, checks it (a dry run: every row's problems
 * with its row number, nothing filed), and runs it once it is clean: the `import-runner` job files
 * its rows in parts, each as its own create would, what is on file left as it is. The same columns
 * come back from `GET /exports/customers`, `/exports/products` and `/exports/purchases`.
 */
const IMPORTERS = ['sales_admin', 'sales_manager'] as const;

const create = defineOperation({
  operationId: 'createImport',
  method: 'POST',
  path: '/imports',
  auth: 'jwt',
  roles: IMPORTERS,
  body: newImport,
  idempotent: true,
  async handle(request) {
    const { caller, body } = request;
    const at = nowIso();
    const record: Import = {
      id: newId(),
      ...body,
      status: 'uploading',
      createdBy: caller.id,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    const upload = await presignedUpload(fileKey(record.id), body.contentType, body.size);
    const reply = createdReply(`/imports/${record.id}`, record);
    return createOnce(request, importWrites(undefined, record, caller.id), {
      ...reply,
      body: { import: record, upload },
    });
  },
});

const read = defineOperation({
  operationId: 'getImport',
  method: 'GET',
  path: '/imports/{id}',
  auth: 'jwt',
  roles: IMPORTERS,
  params: idParams,
  async handle({ params }) {
    return resourceReply(found(await getImport(params.id), `Import ${params.id}`));
  },
});

const check = defineOperation({
  operationId: 'checkImport',
  method: 'POST',
  path: '/imports/{id}/check',
  auth: 'jwt',
  roles: IMPORTERS,
  params: idParams,
  async handle({ caller, params }) {
    const before = found(await getImport(params.id, true), `Import ${params.id}`);
    if (before.status === 'queued' || before.status === 'done')
      throw conflict(`Import ${before.id} is ${before.status}; it was checked before it ran.`);
    const checked = await checkedRows(before);
    if (!checked) throw conflict(`The file of import ${before.id} has not been uploaded yet.`);
    const after = nextVersion<Import>({
      ...before,
      status: 'checked',
      check: {
        rows: checked.rows,
        problemCount: checked.problemCount,
        problems: checked.problems,
        checkedAt: nowIso(),
      },
    });
    await commitChange(importWrites(before, after, caller.id));
    return resourceReply(after);
  },
});

const run = defineOperation({
  operationId: 'runImport',
  method: 'POST',
  path: '/imports/{id}/run',
  auth: 'jwt',
  roles: IMPORTERS,
  params: idParams,
  async handle({ caller, params }) {
    const before = found(await getImport(params.id, true), `Import ${params.id}`);
    if (before.status !== 'checked' || !before.check)
      throw conflict(
        `Import ${before.id} is ${before.status}: check it first (POST /imports/${before.id}/check).`,
      );
    if (before.check.problemCount > 0)
      throw conflict(
        `Import ${before.id} has ${before.check.problemCount} problem(s): mend the sheet and import it again.`,
      );
    const after = nextVersion<Import>({ ...before, status: 'queued' });
    await commitChange(importWrites(before, after, caller.id));
    return { ...resourceReply(after), status: 202 };
  },
});

const exportCustomers = defineOperation({
  operationId: 'exportCustomers',
  method: 'GET',
  path: '/exports/customers',
  auth: 'jwt',
  roles: IMPORTERS,
  query: exportQuery,
  async handle({ query }) {
    const [customers, contacts] = await Promise.all([
      collectAll((page) => departmentCustomers(page)),
      collectAll((page) => allContacts(page)),
    ]);
    const contactOf = new Map<string, (typeof contacts)[number]>();
    for (const contact of contacts)
      if (!contactOf.has(contact.customerId)) contactOf.set(contact.customerId, contact);
    const rows = customers.map((customer) => {
      const contact = contactOf.get(customer.id);
      return {
        [CUSTOMER_COLUMNS.name]: customer.name,
        [CUSTOMER_COLUMNS.industry]: customer.industry,
        [CUSTOMER_COLUMNS.region]: customer.region,
        [CUSTOMER_COLUMNS.source]: customer.source,
        [CUSTOMER_COLUMNS.size]: customer.size,
        [CUSTOMER_COLUMNS.address]: customer.address,
        [CUSTOMER_COLUMNS.status]: customer.status,
        [CUSTOMER_COLUMNS.ownerId]: customer.ownerId,
        [CUSTOMER_COLUMNS.contactName]: contact?.name,
        [CUSTOMER_COLUMNS.contactTitle]: contact?.title,
        [CUSTOMER_COLUMNS.contactPhone]: contact?.phone,
        [CUSTOMER_COLUMNS.contactEmail]: contact?.email,
        [CUSTOMER_COLUMNS.contactLanguage]: contact?.language,
      };
    });
    return sheetReply('customers', CUSTOMER_SHEET, rows, query.format);
  },
});

const exportProducts = defineOperation({
  operationId: 'exportProducts',
  method: 'GET',
  path: '/exports/products',
  auth: 'jwt',
  roles: IMPORTERS,
  query: exportQuery,
  async handle({ query }) {
    const rows = (await allProducts()).map((product): SheetRecord<typeof PRODUCT_SHEET> => ({
      name: product.name,
      model: product.model,
      unit: product.unit,
      currency: product.listPrice.currency,
      listPrice: majorUnits(product.listPrice.value),
      standardCost: majorUnits(product.standardCost.value),
      vatRateBasisPoints: product.vatRateBasisPoints?.toString(),
      active: String(product.active),
    }));
    return sheetReply('products', PRODUCT_SHEET, rows, query.format);
  },
});

const exportPurchases = defineOperation({
  operationId: 'exportPurchases',
  method: 'GET',
  path: '/exports/purchases',
  auth: 'jwt',
  roles: IMPORTERS,
  query: purchaseExportQuery,
  async handle({ query }) {
    const from = query.from ?? '0000-01-01';
    const to = query.to ?? '9999-12-31';
    if (from > to) throw validationProblem([{ in: 'query', path: 'to', message: 'Must not be before from' }]);
    const [purchases, customers] = await Promise.all([
      collectAll((page) => purchasesBetween(from, to, page)),
      collectAll((page) => departmentCustomers(page)),
    ]);
    const names = new Map(customers.map((customer) => [customer.id, customer.name]));
    const rows = purchases.map((purchase): SheetRecord<typeof PURCHASE_SHEET> => ({
      customer: names.get(purchase.customerId),
      date: purchase.date,
      // One recorded otherwise (an order, by hand) is known by its id: imported back, it is on file.
      reference: purchase.reference ?? purchase.id,
      product: purchase.product,
      model: purchase.model,
      quantity: String(purchase.quantity),
      currency: purchase.amount.currency,
      amount: majorUnits(purchase.amount.value),
      note: purchase.note,
    }));
    return sheetReply('purchases', PURCHASE_SHEET, rows, query.format);
  },
});

/** A row of an export: each column of its sheet, by name. */
type SheetRecord<C extends readonly string[]> = Record<C[number], string | undefined>;

/**
 * Records as a sheet of these columns, in their order: CSV, or an Excel file kept for the download
 * its presigned URL serves (303).
 */
async function sheetReply(
  kind: ImportKind,
  columns: readonly string[],
  records: readonly Record<string, string | undefined>[],
  format: 'csv' | 'xlsx',
) {
  const rows = records.map((record) => columns.map((column) => record[column]));
  const day = nowIso().slice(0, 10);
  if (format === 'csv') return csvReply(`${kind}-${day}.csv`, columns, rows);
  const key = `imports/exports/${newId()}.xlsx`;
  await storeObject(key, (await writeSheet(columns, rows, 'xlsx')) as Buffer, SHEET_TYPES.xlsx);
  return { status: 303, headers: { location: await downloadUrl(key, `${kind}-${day}.xlsx`) } };
}

export const importOperations: readonly Operation[] = [
  create,
  read,
  check,
  run,
  exportCustomers,
  exportProducts,
  exportPurchases,
];
