import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaContext as localLambdaContext } from '../../local/lambda-context.ts';
import { startDocumentStore } from '../support/documents.ts';
import { caller, type lambdaContext, type Person } from '../support/events.ts';
import { prepareTable } from '../support/table.ts';
import { eventPath } from '../support/event-path.ts';

/**
 * Moving in from spreadsheets on DynamoDB Local and the local S3 store: a sheet uploaded through
 * its presigned URL, checked (every row's problems, nothing filed), mended and run by the
 * import-runner job in parts (a page of two rows, one page an invocation, continued by
 * `job.continued`), then imported again to no effect; the customers come back out as CSV and Excel.
 */
const store = await startDocumentStore('imports');
process.env.JOB_PAGE_SIZE = '2';
process.env.JOB_PAGES_PER_INVOCATION = '1';

const { handler: importsApi } = await import('../../functions/imports/handler.ts');
const { handler: customersApi } = await import('../../functions/customers/handler.ts');
const { handler: runner } = await import('../../functions/imports/import-runner.ts');
const { writeSheet } = await import('../../functions/imports/sheets.ts');
const { CUSTOMER_SHEET, PRODUCT_SHEET } = await import('../../functions/imports/rules.ts');
const { handler: salesApi } = await import('../../functions/sales/handler.ts');
const { JOB_TIMEOUT_SECONDS } = await import('../../functions/schedules.ts');
const { readSheet } = await import('../../functions/imports/sheets.ts');
const imports = caller(importsApi);
const customers = caller(customersApi);

const admin: Person = { id: 'IPADM', roles: ['sales_admin'] };
const rep: Person = { id: 'IPREP', roles: ['sales_rep'] };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let events: Awaited<ReturnType<typeof eventPath>>;
beforeAll(async () => {
  await prepareTable([
    { id: 'IPADM', roles: ['sales_admin'] },
    { id: 'IPREP', roles: ['sales_rep'] },
  ]);
  events = await eventPath();
});
afterAll(async () => {
  await events.stop();
  await store.stop();
});

const companies = (names: string[], source = 'referral') =>
  names.map((name, index) => [
    name,
    'machinery',
    'east',
    source,
    undefined,
    undefined,
    'active',
    'IPREP',
    `联系人${index}`,
    undefined,
    undefined,
    `c${index}@${name.length}.example`,
    'zh-CN',
  ]);

/** A sheet announced, uploaded through its presigned URL as a browser would, and checked. */
async function uploaded(file: Buffer | string, contentType: string, kind = 'customers') {
  const body = typeof file === 'string' ? Buffer.from(file) : file;
  const created = await imports('POST /imports', '/imports', {
    caller: admin,
    body: { kind, fileName: `${kind}.sheet`, contentType, size: body.length },
  });
  expect(created.status).toBe(201);
  const put = await fetch(created.body.upload.url, {
    method: 'PUT',
    headers: created.body.upload.headers,
    body,
  });
  expect(put.status).toBe(200);
  return created.body.import.id as string;
}
const check = (id: string) => imports('POST /imports/{id}/check', `/imports/${id}/check`, { caller: admin });
const run = (id: string) => imports('POST /imports/{id}/run', `/imports/${id}/run`, { caller: admin });
const read = async (id: string) =>
  (await imports('GET /imports/{id}', `/imports/${id}`, { caller: admin })).body;

/**
 * Fires the runner once; each `job.continued` it commits is handed back to it by the event path
 * until the run ends. Answers how the first invocation ended.
 */
let firings = 0;
async function runToTheEnd() {
  const fire = runner as unknown as (
    event: unknown,
    context: typeof lambdaContext,
  ) => Promise<{ outcome: string }>;
  const first = await fire(
    { scheduledTime: new Date(Date.UTC(2026, 11, 6, 1, firings++ * 5)).toISOString() },
    localLambdaContext('import-runner', undefined, JOB_TIMEOUT_SECONDS) as typeof lambdaContext,
  );
  await events.settle();
  return first.outcome;
}

describe('moving the catalogue in from a spreadsheet', () => {
  const sales = caller(salesApi);
  const products = [
    ['数控车床', 'CK6150', '台', 'CNY', '123,456.00', '80000', '1300', 'true'],
    ['安装调试', 'SVC-1', '次', 'CNY', '10600.5', '5000.00', '600', undefined],
    ['液压机', 'YH32', '台', 'CNY', '88000.00', '50000', undefined, 'false'],
  ];
  it('checks amounts exactly and models once, files each model once, and exports the same columns', async () => {
    const broken = await uploaded(
      await writeSheet(
        PRODUCT_SHEET,
        [...products, ['铣床', 'CK6150', '台', 'CNY', '12.345', '1', '1700', 'maybe']],
        'csv',
      ),
      'text/csv',
      'products',
    );
    const checked = await check(broken);
    expect(checked.body.check.problemCount).toBe(4);
    expect(
      checked.body.check.problems.map(
        (problem: { row: number; column: string }) => `${problem.row}:${problem.column}`,
      ),
    ).toEqual(['5:active', '5:listPrice', '5:vatRateBasisPoints', '5:model']);

    const clean = await uploaded(await writeSheet(PRODUCT_SHEET, products, 'xlsx'), XLSX, 'products');
    expect((await check(clean)).body.check).toMatchObject({ rows: 3, problemCount: 0 });
    expect((await run(clean)).status).toBe(202);
    await runToTheEnd();
    expect((await read(clean)).result).toMatchObject({ created: 3, existing: 0 });
    const catalogue = (await sales('GET /products', '/products', { caller: rep })).body.items;
    const lathe = catalogue.find((product: { model: string }) => product.model === 'CK6150');
    expect(lathe).toMatchObject({
      listPrice: { value: 12_345_600, currency: 'CNY' },
      standardCost: { value: 8_000_000, currency: 'CNY' },
      vatRateBasisPoints: 1300,
      active: true,
    });
    expect(catalogue.find((product: { model: string }) => product.model === 'SVC-1').listPrice.value).toBe(
      1_060_050,
    );

    // Exported and imported again: every model is on file, nothing changes.
    const csv = await imports('GET /exports/products', '/exports/products', { caller: admin });
    expect(csv.status).toBe(200);
    const again = await uploaded(csv.body as string, 'text/csv', 'products');
    expect((await check(again)).body.check).toMatchObject({ rows: 3, problemCount: 0 });
    await run(again);
    await runToTheEnd();
    expect((await read(again)).result).toMatchObject({ created: 0, existing: 3 });
    expect((await sales('GET /products', '/products', { caller: rep })).body.items).toHaveLength(3);
    expect((await imports('GET /exports/products', '/exports/products', { caller: rep })).status).toBe(403);
  });
});

describe('moving customers in from a spreadsheet', () => {
  it('checks every row without filing any, then files a clean sheet in parts, once', async () => {
    const names = ['甲方机械', '乙方电气', '丙方液压', '丁方自动化', '戊方精工'];
    const broken = await uploaded(
      await writeSheet(
        CUSTOMER_SHEET,
        [...companies(names), ...companies(['Bad Source Co'], 'pigeon')],
        'xlsx',
      ),
      XLSX,
    );
    expect((await run(broken)).status).toBe(409); // not checked yet
    const checked = await check(broken);
    expect(checked.status).toBe(200);
    expect(checked.body.check).toMatchObject({
      rows: 6,
      problemCount: 1,
      problems: [{ row: 7, column: 'source' }],
    });
    expect((await run(broken)).status).toBe(409); // a problem left
    const listed = await customers('GET /customers', '/customers', { caller: rep });
    expect(listed.body.items).toEqual([]); // the dry run filed nothing

    const clean = await uploaded(await writeSheet(CUSTOMER_SHEET, companies(names), 'csv'), 'text/csv');
    expect((await check(clean)).body.check).toMatchObject({ rows: 5, problemCount: 0 });
    expect((await run(clean)).status).toBe(202);
    expect(await runToTheEnd()).toBe('continued'); // three pages: continued in new invocations
    expect(await read(clean)).toMatchObject({
      status: 'done',
      result: { created: 5, existing: 0, skipped: 0 },
    });
    const filed = (await customers('GET /customers', '/customers', { caller: rep })).body.items;
    expect(filed.map((customer: { name: string }) => customer.name).sort()).toEqual([...names].sort());
    const contacts = await customers('GET /customers/{id}/contacts', `/customers/${filed[0].id}/contacts`, {
      caller: rep,
    });
    expect(contacts.body.items).toHaveLength(1);

    // The same sheet again (as Excel this time): nothing changes.
    const again = await uploaded(await writeSheet(CUSTOMER_SHEET, companies(names), 'xlsx'), XLSX);
    await check(again);
    await run(again);
    await runToTheEnd();
    expect((await read(again)).result).toMatchObject({ created: 0, existing: 5 });
    expect((await customers('GET /customers', '/customers', { caller: rep })).body.items).toHaveLength(5);
  });

  it('exports the customers in the import’s columns, as CSV and as Excel', async () => {
    const csv = await imports('GET /exports/customers', '/exports/customers', { caller: admin });
    expect(csv.status).toBe(200);
    const rows = await readSheet(Buffer.from(csv.body as string), 'csv');
    expect(rows).toHaveLength(5);
    expect(Object.keys(rows[0]!.cells)).toEqual(CUSTOMER_SHEET);
    const xlsx = await imports('GET /exports/customers', '/exports/customers', {
      caller: admin,
      query: { format: 'xlsx' },
    });
    expect(xlsx.status).toBe(303);
    const download = await fetch(xlsx.headers.location!);
    const workbook = await readSheet(Buffer.from(await download.arrayBuffer()), 'xlsx');
    expect(workbook.map((row) => row.cells.name).sort()).toEqual(rows.map((row) => row.cells.name).sort());
  });

  it('is for sales admin and the manager; bad input is a 400', async () => {
    expect((await imports('GET /exports/customers', '/exports/customers', { caller: rep })).status).toBe(403);
    const bad = await imports('POST /imports', '/imports', {
      caller: admin,
      body: { kind: 'customers', fileName: 'x.pdf', contentType: 'application/pdf', size: 10 },
    });
    expect(bad.status).toBe(400);
    const notUploaded = await imports('POST /imports', '/imports', {
      caller: admin,
      body: { kind: 'customers', fileName: 'x.csv', contentType: 'text/csv', size: 10 },
    });
    expect((await check(notUploaded.body.import.id)).status).toBe(409);
    const garbage = await uploaded(Buffer.from('PK\u0003\u0004 not really'), XLSX);
    expect((await check(garbage)).status).toBe(400);
  });
});

describe('moving purchase history in from a spreadsheet', () => {
  it('files each customer’s purchase once by its reference, counts it, and exports it back', async () => {
    const { handler: classificationApi } = await import('../../functions/classification/handler.ts');
    const { PURCHASE_SHEET } = await import('../../functions/imports/rules.ts');
    const classification = caller(classificationApi);
    const filed = (await customers('GET /customers', '/customers', { caller: rep })).body.items as Array<{
      id: string;
      name: string;
    }>;
    const lathes = filed.find((customer) => customer.name === '甲方机械')!;
    const purchasesOf = async (id: string) =>
      (await classification('GET /customers/{id}/purchases', `/customers/${id}/purchases`, { caller: admin }))
        .body.items as Array<Record<string, unknown>>;
    // One recorded by hand before the import: the export names it by its id.
    const byHand = await classification(
      'POST /customers/{id}/purchases',
      `/customers/${lathes.id}/purchases`,
      {
        caller: admin,
        body: {
          product: '备件',
          quantity: 2,
          amount: { value: 120_000, currency: 'CNY' },
          date: '2025-03-01',
        },
      },
    );
    expect(byHand.status).toBe(201);

    const history = [
      [' 甲方机械 ', '2024-05-20', 'INV-0001', '数控车床', 'CK6150', '2', 'CNY', '246,912.00', '首批'],
      ['甲方机械', '2025-01-08', 'INV-0002', '安装调试', undefined, '1', undefined, '10600.5', undefined],
      ['乙方电气', '2025-02-14', 'INV-0001', '液压机', 'YH32', '1', 'CNY', '88000', undefined],
    ];
    const broken = await uploaded(
      await writeSheet(
        PURCHASE_SHEET,
        [
          ...history,
          ['无名公司', '2025-01-01', 'X-1', '铣床', undefined, '1', 'CNY', '1.00', undefined],
          ['甲方机械', '2099-01-01', 'INV-0001', '铣床', undefined, '0', 'USD', '1.234', undefined],
        ],
        'csv',
      ),
      'text/csv',
      'purchases',
    );
    const checked = await check(broken);
    expect(
      checked.body.check.problems.map(
        (problem: { row: number; column: string }) => `${problem.row}:${problem.column}`,
      ),
    ).toEqual(['5:customer', '6:amount', '6:currency', '6:quantity', '6:date', '6:reference']);
    expect(await purchasesOf(lathes.id)).toHaveLength(1);

    const clean = await uploaded(await writeSheet(PURCHASE_SHEET, history, 'xlsx'), XLSX, 'purchases');
    expect((await check(clean)).body.check).toMatchObject({ rows: 3, problemCount: 0 });
    expect((await run(clean)).status).toBe(202);
    await runToTheEnd();
    expect((await read(clean)).result).toMatchObject({ created: 3, existing: 0 });
    const lathePurchases = await purchasesOf(lathes.id);
    expect(lathePurchases).toHaveLength(3);
    expect(lathePurchases.find((purchase) => purchase.reference === 'INV-0001')).toMatchObject({
      product: '数控车床',
      model: 'CK6150',
      quantity: 2,
      amount: { value: 24_691_200, currency: 'CNY' },
      date: '2024-05-20',
      note: '首批',
      recordedBy: 'IPADM',
    });

    // Exported (with the one recorded by hand) and imported again: everything is on file.
    const csv = await imports('GET /exports/purchases', '/exports/purchases', { caller: admin });
    expect(csv.status).toBe(200);
    const rows = await readSheet(Buffer.from(csv.body as string), 'csv');
    expect(Object.keys(rows[0]!.cells)).toEqual(PURCHASE_SHEET);
    expect(rows.map((row) => `${row.cells.date} ${row.cells.reference}`)).toEqual([
      '2024-05-20 INV-0001',
      '2025-01-08 INV-0002',
      '2025-02-14 INV-0001',
      `2025-03-01 ${byHand.body.id}`,
    ]);
    const again = await uploaded(csv.body as string, 'text/csv', 'purchases');
    expect((await check(again)).body.check).toMatchObject({ rows: 4, problemCount: 0 });
    await run(again);
    await runToTheEnd();
    expect((await read(again)).result).toMatchObject({ created: 0, existing: 4 });
    expect(await purchasesOf(lathes.id)).toHaveLength(3);

    // A range, and a range that is not one.
    const range = await imports('GET /exports/purchases', '/exports/purchases', {
      caller: admin,
      query: { from: '2025-01-01', to: '2025-02-14' },
    });
    expect((await readSheet(Buffer.from(range.body as string), 'csv')).map((row) => row.cells.date)).toEqual([
      '2025-01-08',
      '2025-02-14',
    ]);
    for (const query of [
      { from: '2025-02-30' },
      { from: '2025-03-01', to: '2025-01-01' },
      { to: 'soon' },
    ] as Record<string, string>[])
      expect(
        (await imports('GET /exports/purchases', '/exports/purchases', { caller: admin, query })).status,
      ).toBe(400);
    expect((await imports('GET /exports/purchases', '/exports/purchases', { caller: rep })).status).toBe(403);
  });
});
