import * as z from 'zod/mini';
import { contactFields, customerFields, type NewContact, type NewCustomer } from '../customers/public.ts';
import { newPurchase, type NewPurchase } from '../classification/public.ts';
import { newProduct, type NewProduct } from '../sales/public.ts';
import { MOST_PROBLEMS, type RowProblem } from './model.ts';
import type { Cell, SheetRow } from './sheets.ts';

/**
 * A customers sheet: one customer per row, with its contact. The columns are the API's own fields
 * (a contact's prefixed `contact`), so a sheet exported is a sheet that imports; each row is
 * validated by the same schemas as `POST /customers` and its contacts.
 */
export const CUSTOMER_COLUMNS = {
  name: 'name',
  industry: 'industry',
  region: 'region',
  source: 'source',
  size: 'size',
  address: 'address',
  status: 'status',
  ownerId: 'ownerId',
  contactName: 'contact.name',
  contactTitle: 'contact.title',
  contactPhone: 'contact.phone',
  contactEmail: 'contact.email',
  contactLanguage: 'contact.language',
} as const;
export const CUSTOMER_SHEET = Object.values(CUSTOMER_COLUMNS);

const customerRow = z.strictObject({ ...customerFields, ownerId: customerFields.ownerId.def.innerType });
const contactRow = z.strictObject(contactFields);

/** A header naming a column the sheet does not take: one problem on row 1 that lists them. */
function unknownColumns(rows: readonly SheetRow[], sheet: readonly string[]): RowProblem[] {
  const columns = new Set(rows.flatMap((row) => Object.keys(row.cells)));
  const unknown = [...columns].filter((column) => column && !sheet.includes(column));
  return unknown.length > 0
    ? [{ row: 1, message: `Unknown columns: ${unknown.join(', ')} (the columns: ${sheet.join(', ')})` }]
    : [];
}

/** A cell as the API field takes it: text trimmed, an empty one absent. */
const text = (cell: Cell): string | undefined => {
  if (cell === null || cell === undefined) return undefined;
  const value = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim();
  return value === '' ? undefined : value;
};

const defined = (fields: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));

export interface CustomerImport {
  row: number;
  customer: NewCustomer & { ownerId: string };
  contact?: NewContact;
}

/**
 * Every row checked: the customers to file, and each problem by row and column. `owners` are the
 * people who may own a customer; `normalize` tells two spellings of one company apart from two.
 */
export function checkCustomerRows(
  rows: readonly SheetRow[],
  owners: ReadonlySet<string>,
  normalize: (name: string) => string,
): { valid: CustomerImport[]; problems: RowProblem[]; problemCount: number } {
  const problems: RowProblem[] = [];
  const valid: CustomerImport[] = [];
  const seen = new Map<string, number>();
  problems.push(...unknownColumns(rows, CUSTOMER_SHEET));
  for (const { row, cells } of rows) {
    const before = problems.length;
    const at = (column: string, message: string) => problems.push({ row, column, message });
    const customer = z.safeParse(
      customerRow,
      defined({
        name: text(cells.name),
        industry: text(cells.industry),
        region: text(cells.region),
        source: text(cells.source),
        size: text(cells.size),
        address: text(cells.address),
        status: text(cells.status),
        ownerId: text(cells.ownerId),
      }),
    );
    if (!customer.success)
      for (const issue of customer.error.issues) at(String(issue.path[0] ?? ''), issue.message);
    const contactName = text(cells[CUSTOMER_COLUMNS.contactName]);
    const contactCells = defined({
      name: contactName,
      title: text(cells[CUSTOMER_COLUMNS.contactTitle]),
      phone: text(cells[CUSTOMER_COLUMNS.contactPhone]),
      email: text(cells[CUSTOMER_COLUMNS.contactEmail]),
      language: text(cells[CUSTOMER_COLUMNS.contactLanguage]),
    });
    const contact = Object.keys(contactCells).length > 0 ? z.safeParse(contactRow, contactCells) : undefined;
    if (contact && !contact.success)
      for (const issue of contact.error.issues) at(`contact.${String(issue.path[0] ?? '')}`, issue.message);
    if (customer.success) {
      if (!owners.has(customer.data.ownerId)) at('ownerId', 'No sales rep or manager with this id');
      const key = normalize(customer.data.name);
      const first = seen.get(key);
      if (first !== undefined) at('name', `The same company as row ${first}`);
      else seen.set(key, row);
    }
    if (problems.length === before && customer.success)
      valid.push({
        row,
        customer: customer.data as NewCustomer & { ownerId: string },
        ...(contact?.success ? { contact: contact.data } : {}),
      });
  }
  return { valid, problems: problems.slice(0, MOST_PROBLEMS), problemCount: problems.length };
}

/**
 * A products sheet: one product per row. Money is in major units with at most two decimals, as a
 * spreadsheet keeps it (`12345.60`), in the row's currency; the model (规格型号) is the row's
 * natural key: a model the catalogue has is left as it is.
 */
export const PRODUCT_SHEET = [
  'name',
  'model',
  'unit',
  'currency',
  'listPrice',
  'standardCost',
  'vatRateBasisPoints',
  'active',
] as const;

/** `12345.6` → 1234560 minor units, exactly (no floating point); anything else is undefined. */
export function minorUnits(value: string | undefined): number | undefined {
  const match = value === undefined ? null : /^(\d{1,11})(?:\.(\d{1,2}))?$/.exec(value.replaceAll(',', ''));
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Minor units as the sheet shows them: 1234560 → `12345.60`. */
export const majorUnits = (value: number) =>
  `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;

export interface ProductImport {
  row: number;
  product: NewProduct;
}

export function checkProductRows(rows: readonly SheetRow[]): {
  valid: ProductImport[];
  problems: RowProblem[];
  problemCount: number;
} {
  const problems: RowProblem[] = [];
  const valid: ProductImport[] = [];
  const seen = new Map<string, number>();
  problems.push(...unknownColumns(rows, PRODUCT_SHEET));
  for (const { row, cells } of rows) {
    const before = problems.length;
    const at = (column: string, message: string) => {
      // Both amounts name the currency: its problem is said once.
      if (
        !problems.some((known) => known.row === row && known.column === column && known.message === message)
      )
        problems.push({ row, column, message });
    };
    const currency = text(cells.currency);
    const money = (column: 'listPrice' | 'standardCost') => {
      const cell = text(cells[column]);
      const value = minorUnits(cell);
      if (value === undefined) at(column, 'Must be an amount with at most two decimals, e.g. 12345.60');
      return { value: value ?? 0, currency: currency ?? '' };
    };
    const active = text(cells.active)?.toLowerCase();
    if (active !== undefined && active !== 'true' && active !== 'false')
      at('active', 'Must be true or false');
    const vat = text(cells.vatRateBasisPoints);
    const product = z.safeParse(newProduct, {
      ...defined({ name: text(cells.name), model: text(cells.model), unit: text(cells.unit) }),
      listPrice: money('listPrice'),
      standardCost: money('standardCost'),
      ...(vat !== undefined ? { vatRateBasisPoints: /^\d+$/.test(vat) ? Number(vat) : vat } : {}),
      ...(active !== undefined ? { active: active === 'true' } : {}),
    });
    if (!product.success)
      for (const issue of product.error.issues) {
        const column = String(issue.path[0] ?? '');
        // An amount's own problem is said once, above; its currency's here.
        if ((column === 'listPrice' || column === 'standardCost') && issue.path[1] === 'value') continue;
        at(column === 'listPrice' || column === 'standardCost' ? 'currency' : column, issue.message);
      }
    const model = text(cells.model);
    if (model !== undefined) {
      const first = seen.get(model);
      if (first !== undefined) at('model', `The same model as row ${first}`);
      else seen.set(model, row);
    }
    if (problems.length === before && product.success) valid.push({ row, product: product.data });
  }
  return { valid, problems: problems.slice(0, MOST_PROBLEMS), problemCount: problems.length };
}

/**
 * A purchase history sheet: one purchase per row, of a customer on file named as the customer
 * list names it (case and spacing aside). The amount is the purchase's total in major units; the
 * reference (the invoice or delivery note number) is the row's natural key within its customer:
 * a purchase the customer has with that reference is left as it is.
 */
export const PURCHASE_SHEET = [
  'customer',
  'date',
  'reference',
  'product',
  'model',
  'quantity',
  'currency',
  'amount',
  'note',
] as const;

const purchaseReference = z.string().check(z.trim(), z.minLength(1), z.maxLength(100));

export interface PurchaseImport {
  row: number;
  customerId: string;
  purchase: NewPurchase & { reference: string };
}

/**
 * Every row checked: `customerNamed` finds a customer on file by name (undefined: none), and
 * `currency` is the one purchases are recorded in; `today` is the department's date.
 */
export function checkPurchaseRows(
  rows: readonly SheetRow[],
  customerNamed: (name: string) => string | undefined,
  currency: string,
  today: string,
): { valid: PurchaseImport[]; problems: RowProblem[]; problemCount: number } {
  const problems: RowProblem[] = [];
  const valid: PurchaseImport[] = [];
  const seen = new Map<string, number>();
  problems.push(...unknownColumns(rows, PURCHASE_SHEET));
  for (const { row, cells } of rows) {
    const before = problems.length;
    const at = (column: string, message: string) => problems.push({ row, column, message });
    const name = text(cells.customer);
    const customerId = name === undefined ? undefined : customerNamed(name);
    if (name === undefined) at('customer', 'Required: the customer’s name as on file');
    else if (!customerId) at('customer', 'No customer with this name on file (import the customers first)');
    const amountCell = text(cells.amount);
    const amount = minorUnits(amountCell);
    if (amount === undefined) at('amount', 'Must be an amount with at most two decimals, e.g. 12345.60');
    const rowCurrency = text(cells.currency) ?? currency;
    if (rowCurrency !== currency) at('currency', `Purchases are recorded in ${currency}`);
    const quantity = text(cells.quantity);
    const purchase = z.safeParse(newPurchase, {
      ...defined({
        product: text(cells.product),
        model: text(cells.model),
        date: text(cells.date),
        note: text(cells.note),
      }),
      quantity: quantity !== undefined && /^\d+$/.test(quantity) ? Number(quantity) : quantity,
      amount: { value: amount ?? 1, currency },
    });
    if (!purchase.success)
      for (const issue of purchase.error.issues) at(String(issue.path[0] ?? ''), issue.message);
    else if (purchase.data.date > today) at('date', 'A purchase cannot be in the future');
    const reference = z.safeParse(purchaseReference, text(cells.reference) ?? '');
    if (!reference.success)
      at('reference', 'Required: the invoice or delivery note number, at most 100 characters');
    else if (customerId) {
      const key = `${customerId}\n${reference.data}`;
      const first = seen.get(key);
      if (first !== undefined) at('reference', `The same customer and reference as row ${first}`);
      else seen.set(key, row);
    }
    if (problems.length === before && purchase.success && reference.success && customerId)
      valid.push({
        row,
        customerId,
        purchase: { ...purchase.data, amount: { value: amount!, currency }, reference: reference.data },
      });
  }
  return { valid, problems: problems.slice(0, MOST_PROBLEMS), problemCount: problems.length };
}
