import { changeWrites } from '#shared/change.ts';
import { collectAll, getResource, queryPage, type PageParameters } from '#shared/listing.ts';
import { storedBytes } from '#shared/storage.ts';
import { CUSTOMER_OWNER_ROLES } from '#shared/roles.ts';
import { allEmployees } from '../employees/public.ts';
import { purchaseCurrency } from '../classification/public.ts';
import { departmentCustomers, normalizeCompanyName } from '../customers/public.ts';
import { today } from '#shared/calendar.ts';
import { Imports } from './entities.ts';
import { type Import, SHEET_TYPES, type SheetFormat } from './model.ts';
import { checkCustomerRows, checkProductRows, checkPurchaseRows } from './rules.ts';
import { readSheet } from './sheets.ts';

export const getImport = (id: string, consistent = false) =>
  getResource<Import>(Imports.key({ id }), consistent);

export const importWrites = (before: Import | undefined, after: Import, actor: string) =>
  changeWrites({ entity: Imports, key: after, before, after, actor });

/** The imports in a state, oldest first. */
export const importsIn = (status: Import['status'], page: PageParameters) =>
  queryPage<Import>({
    index: 'gsi1',
    partition: { attribute: 'gsi1pk', value: Imports.indexPartition('gsi1', { status }) },
    ...page,
  });

/** Where an import's file is kept (presigned upload, read by the check and the run). */
export const fileKey = (id: string) => `imports/${id}`;

export const formatOf = (contentType: string): SheetFormat =>
  contentType === SHEET_TYPES.xlsx ? 'xlsx' : 'csv';

/**
 * An import's file read and every row checked: customers against the people who may own one today,
 * products on their own (the catalogue is compared when they are filed), purchases against the
 * customers on file (their purchases are compared when they are filed).
 */
export async function checkedRows(record: Import) {
  const bytes = await storedBytes(fileKey(record.id));
  if (!bytes) return undefined;
  const rows = await readSheet(bytes, formatOf(record.contentType));
  if (record.kind === 'products')
    return { kind: 'products' as const, rows: rows.length, ...checkProductRows(rows) };
  if (record.kind === 'purchases') {
    const byName = new Map(
      (await collectAll((page) => departmentCustomers(page))).map((customer) => [
        normalizeCompanyName(customer.name),
        customer.id,
      ]),
    );
    return {
      kind: 'purchases' as const,
      rows: rows.length,
      ...checkPurchaseRows(
        rows,
        (name) => byName.get(normalizeCompanyName(name)),
        purchaseCurrency(),
        today(),
      ),
    };
  }
  const owners = new Set(
    (await allEmployees())
      .filter((person) => person.roles.some((role) => CUSTOMER_OWNER_ROLES.includes(role)))
      .map((person) => person.id),
  );
  return {
    kind: 'customers' as const,
    rows: rows.length,
    ...checkCustomerRows(rows, owners, normalizeCompanyName),
  };
}
