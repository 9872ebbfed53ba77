import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventPath } from '../support/event-path.ts';
import { caller, type Person } from '../support/events.ts';
import { addEmployee, prepareTable, recordDynamoCalls } from '../support/table.ts';

/**
 * The sales reports and the customer analysis over DynamoDB Local and the local event
 * path: two years of completed orders, as the orders domain records them, go through the reports
 * consumer; each report is then checked against the same figures computed here from the raw
 * events. Everything delivered again changes nothing.
 */
const calls = recordDynamoCalls();
// Where the function finds Chart.js on AWS (copied beside its bundle) and locally (its package).
process.env.REPORT_ASSETS_DIR = dirname(createRequire(import.meta.url).resolve('chart.js'));
const { handler: reportsApi } = await import('../../functions/reports/handler.ts');
const { handler: customersApi } = await import('../../functions/customers/handler.ts');
const { handler: classificationApi } = await import('../../functions/classification/handler.ts');
const { handler: salesApi } = await import('../../functions/sales/handler.ts');
const { handler: performanceApi } = await import('../../functions/performance/handler.ts');
const { handler: eventsApi } = await import('../../functions/events/handler.ts');
const { commit } = await import('../../functions/shared/transaction.ts');
const { recordEvent } = await import('../../functions/shared/events.ts');
const { orderCompleted } = await import('../../functions/orders/events.ts');
const reports = caller(reportsApi);
const customers = caller(customersApi);
const classification = caller(classificationApi);
const sales = caller(salesApi);
const performance = caller(performanceApi);
const events = caller(eventsApi);

const manager = { id: 'RPMGR', roles: ['sales_manager'] as const };
const admin = { id: 'RPADMIN', roles: ['sales_admin'] as const };
const REPS = ['RPREP1', 'RPREP2', 'RPREP3'];
const REGIONS = ['east', 'north', 'south'];
const PRODUCTS = [
  { productId: 'P-LATHE', productName: '数控车床', model: 'CK6150' },
  { productId: 'P-PRESS', productName: 'Press', model: 'YH32' },
  { productId: 'P-MILL', productName: 'Mill', model: 'X5032' },
];

type Completed = {
  ownerId: string;
  customerId: string;
  total: number;
  completedOn: string;
  lines: { productId: string; productName: string; model: string; quantity: number; amount: number }[];
};
const orders: Completed[] = [];
const customerRegion = new Map<string, string>();
const customerName = new Map<string, string>();
let path: Awaited<ReturnType<typeof eventPath>>;
const started = new Date(Date.now() - 1000).toISOString();

/** A small deterministic generator, so a failure can be replayed. */
function generator(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return Math.floor((state / 2 ** 31) * below);
  };
}

const get = (route: string, query: Record<string, string>, who: Person = manager) =>
  reports(`GET ${route}`, route, { caller: who, query });

beforeAll(async () => {
  await prepareTable([]);
  await addEmployee({ id: 'RPMGR', roles: ['sales_manager'] });
  await addEmployee({ id: 'RPADMIN', roles: ['sales_admin'] });
  // RPREP3 is in RPSUP's team; the others report to the manager.
  await addEmployee({ id: 'RPSUP', roles: ['supervisor'], supervisorId: 'RPMGR' });
  for (const rep of REPS)
    await addEmployee({ id: rep, roles: ['sales_rep'], supervisorId: rep === 'RPREP3' ? 'RPSUP' : 'RPMGR' });
  path = await eventPath();

  // Six customers in three regions, one with a name a spreadsheet would run as a formula.
  const names = ['华东机械', 'Northern Tools', '=HYPERLINK("x")', 'South Steel', 'East Forge', 'Delta Parts'];
  for (const [index, name] of names.entries()) {
    const region = REGIONS[index % 3]!;
    const created = await customers('POST /customers', '/customers', {
      caller: { id: REPS[index % 3]!, roles: ['sales_rep'] },
      body: { name, industry: 'energy', region, source: 'referral' },
    });
    expect(created.status).toBe(201);
    customerRegion.set(created.body.id as string, region);
    customerName.set(created.body.id as string, name);
  }

  // Two years of completed orders (2025 and 2026), recorded as the orders domain records them.
  const random = generator(7);
  const customerIds = [...customerRegion.keys()];
  for (let index = 0; index < 240; index++) {
    const month = String(1 + (index % 12)).padStart(2, '0');
    const year = index < 120 ? '2025' : '2026';
    const lines = PRODUCTS.filter(() => random(2) === 0).map((product) => {
      const quantity = 1 + random(4);
      return { ...product, quantity, amount: quantity * (100_000 + random(900_000)) };
    });
    if (lines.length === 0) lines.push({ ...PRODUCTS[0]!, quantity: 1, amount: 250_000 });
    orders.push({
      ownerId: REPS[random(3)]!,
      customerId: customerIds[random(customerIds.length)]!,
      total: lines.reduce((sum, line) => sum + line.amount, 0),
      completedOn: `${year}-${month}-${String(1 + random(28)).padStart(2, '0')}`,
      lines,
    });
  }
  for (let from = 0; from < orders.length; from += 50)
    await commit(
      orders.slice(from, from + 50).map((order, offset) =>
        recordEvent(orderCompleted, {
          subject: { type: 'order', id: `RPORDER${from + offset}` },
          actor: 'order-fulfilment',
          at: new Date().toISOString(),
          payload: {
            orderId: `RPORDER${from + offset}`,
            currency: 'CNY',
            receivedOn: order.completedOn,
            customerName: customerName.get(order.customerId)!,
            region: customerRegion.get(order.customerId)!,
            ...order,
          },
        }),
      ),
    );

  // Targets for 2026: 12 million a year each, evenly split.
  for (const rep of REPS) {
    const set = await performance(
      'PUT /performance/targets/{employeeId}/{year}',
      `/performance/targets/${rep}/2026`,
      {
        caller: manager,
        body: {
          revenue: 1_200_000_000,
          profit: 0,
          newCustomers: 12,
          expenses: 0,
          growthBasisPoints: 0,
          marketShareBasisPoints: 0,
          conversionBasisPoints: 0,
          satisfactionHundredths: 400,
        },
      },
    );
    expect(set.status).toBe(200);
  }
  await path.settle();
}, 600_000); // 240 orders through the event path: minutes on a busy 2-core machine
afterAll(() => path.stop());

/** The figures of a set of months, computed from the raw events. */
function expected(
  months: readonly string[],
  keyOf: (order: Completed) => string[],
  amountOf?: (order: Completed, key: string) => number,
) {
  const sums = new Map<string, { revenue: number; orders: number }>();
  for (const order of orders.filter((candidate) => months.includes(candidate.completedOn.slice(0, 7))))
    for (const key of keyOf(order)) {
      const sum = sums.get(key) ?? { revenue: 0, orders: 0 };
      sum.revenue += amountOf ? amountOf(order, key) : order.total;
      sum.orders += 1;
      sums.set(key, sum);
    }
  return sums;
}
const growth = (now: number, before: number) =>
  before > 0 ? Math.round(((now - before) * 10_000) / before) : undefined;
const Q3 = ['2026-07', '2026-08', '2026-09'];
const Q3_BEFORE = ['2025-07', '2025-08', '2025-09'];

describe('sales report', () => {
  it('by rep: revenue, orders, growth on last year and attainment of the targets, as the raw orders say', async () => {
    const report = await get('/reports/sales', { period: '2026-Q3', by: 'rep' });
    expect(report.status).toBe(200);
    const now = expected(Q3, (order) => [order.ownerId]);
    const before = expected(Q3_BEFORE, (order) => [order.ownerId]);
    expect(report.body.rows).toHaveLength(3);
    for (const row of report.body.rows as Record<string, number | string>[]) {
      const key = row.key as string;
      const revenue = now.get(key)?.revenue ?? 0;
      expect(row.revenue).toBe(revenue);
      expect(row.orders).toBe(now.get(key)?.orders ?? 0);
      expect(row.lastYear).toBe(before.get(key)?.revenue ?? 0);
      expect(row.growthBasisPoints).toBe(growth(revenue, before.get(key)?.revenue ?? 0));
      // A quarter of a 12-million evenly split year: 3 million.
      expect(row.target).toBe(300_000_000);
      expect(row.attainmentBasisPoints).toBe(Math.round((revenue * 10_000) / 300_000_000));
    }
    const revenues = (report.body.rows as { revenue: number }[]).map((row) => row.revenue);
    expect(revenues).toEqual([...revenues].sort((a, b) => b - a));
    const total = [...now.values()].reduce((sum, value) => sum + value.revenue, 0);
    expect(report.body.total).toMatchObject({ key: 'total', revenue: total, target: 900_000_000 });
  });

  it('by product, region, customer and month, each against the raw orders', async () => {
    const byProduct = await get('/reports/sales', { period: '2026', by: 'product' });
    const months2026 = orders
      .map((order) => order.completedOn.slice(0, 7))
      .filter((month) => month.startsWith('2026'));
    const products = expected(
      [...new Set(months2026)],
      (order) => [...new Set(order.lines.map((line) => line.productId))],
      (order, key) =>
        order.lines.filter((line) => line.productId === key).reduce((sum, line) => sum + line.amount, 0),
    );
    expect(
      Object.fromEntries(
        (byProduct.body.rows as { key: string; revenue: number }[]).map((row) => [row.key, row.revenue]),
      ),
    ).toEqual(Object.fromEntries([...products].map(([key, sum]) => [key, sum.revenue])));
    expect(
      (byProduct.body.rows as { key: string; name: string }[]).find((row) => row.key === 'P-LATHE')?.name,
    ).toBe('数控车床 CK6150');

    const byRegion = await get('/reports/sales', { period: '2026-05', by: 'region' });
    const regions = expected(['2026-05'], (order) => [customerRegion.get(order.customerId)!]);
    expect(
      Object.fromEntries(
        (byRegion.body.rows as { key: string; revenue: number }[]).map((row) => [row.key, row.revenue]),
      ),
    ).toEqual(Object.fromEntries([...regions].map(([key, sum]) => [key, sum.revenue])));

    const byCustomer = await get('/reports/sales', { period: '2025', by: 'customer' });
    const months2025 = Array.from({ length: 12 }, (_, index) => `2025-${String(index + 1).padStart(2, '0')}`);
    const perCustomer = expected(months2025, (order) => [order.customerId]);
    for (const row of byCustomer.body.rows as { key: string; revenue: number; lastYear: number }[]) {
      expect(row.revenue).toBe(perCustomer.get(row.key)?.revenue ?? 0);
      expect(row.lastYear).toBe(0);
    }

    const byMonth = await get('/reports/sales', { period: '2026', by: 'month' });
    expect(byMonth.body.rows).toHaveLength(12);
    for (const row of byMonth.body.rows as {
      key: string;
      revenue: number;
      lastYear: number;
      target: number;
    }[]) {
      expect(row.revenue).toBe(expected([row.key], () => ['all']).get('all')?.revenue ?? 0);
      expect(row.lastYear).toBe(
        expected([`2025${row.key.slice(4)}`], () => ['all']).get('all')?.revenue ?? 0,
      );
      expect(row.target).toBe(300_000_000);
    }
  });

  it('counts an order in the region its customer was in when it completed, whatever the customer is now', async () => {
    const [customerId] = [...customerRegion.keys()];
    await commit([
      recordEvent(orderCompleted, {
        subject: { type: 'order', id: 'RPMOVED' },
        actor: 'order-fulfilment',
        at: new Date().toISOString(),
        payload: {
          orderId: 'RPMOVED',
          ownerId: 'RPREP1',
          customerId: customerId!,
          customerName: customerName.get(customerId!)!,
          // The customer has moved since; the order is the old region's.
          region: '西北',
          currency: 'CNY',
          total: 777_000,
          receivedOn: '2023-03-10',
          completedOn: '2023-03-10',
          lines: [{ productId: 'P-MOVED', productName: 'Lathe', model: 'CK', quantity: 1, amount: 777_000 }],
        },
      }),
    ]);
    await path.settle();
    const report = await get('/reports/sales', { period: '2023-03', by: 'region' });
    expect(report.body.rows).toEqual([expect.objectContaining({ key: '西北', revenue: 777_000 })]);
  });

  it('adds an order of more products than one transaction holds, in parts, each once', async () => {
    const lines = Array.from({ length: 120 }, (_, index) => ({
      productId: `P-MANY-${index}`,
      productName: 'Spare part',
      model: `SP${index}`,
      quantity: 1,
      amount: 1_000 + index,
    }));
    await commit([
      recordEvent(orderCompleted, {
        subject: { type: 'order', id: 'RPMANY' },
        actor: 'order-fulfilment',
        at: new Date().toISOString(),
        payload: {
          orderId: 'RPMANY',
          ownerId: 'RPREP1',
          customerId: [...customerRegion.keys()][0]!,
          customerName: [...customerName.values()][0]!,
          region: [...customerRegion.values()][0]!,
          currency: 'CNY',
          total: lines.reduce((sum, line) => sum + line.amount, 0),
          receivedOn: '2024-01-15',
          completedOn: '2024-01-15',
          lines,
        },
      }),
    ]);
    await path.settle();
    const report = await get('/reports/sales', { period: '2024-01', by: 'product' });
    expect(report.body.rows).toHaveLength(120);
    expect((report.body.rows as { revenue: number }[]).reduce((sum, row) => sum + row.revenue, 0)).toBe(
      report.body.total.revenue,
    );
    expect(report.body.total.orders).toBe(1);
  });

  it('as CSV for Excel: a byte order mark, Chinese text intact, formulas neutralised', async () => {
    const csv = await get('/reports/sales', { period: '2026', by: 'customer', format: 'csv' });
    expect(csv.status).toBe(200);
    expect(csv.headers?.['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    const text = csv.body as unknown as string;
    expect(text.startsWith('\uFEFFkey,name,revenue,orders')).toBe(true);
    expect(text).toContain('华东机械');
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    // The header, a row per customer with orders in either year, the total.
    expect(text.trimEnd().split('\r\n').length).toBe(
      2 + new Set(orders.map((order) => order.customerId)).size,
    );
  });

  it('answers from the aggregates: a month by rep is a handful of DynamoDB calls, whatever the orders', async () => {
    calls.clear();
    expect((await get('/reports/sales', { period: '2026-03', by: 'rep' })).status).toBe(200);
    expect(calls.map((call) => call.command)).not.toContain('ScanCommand');
    // Rep figures and the department's, this year and last, the targets, the names.
    expect(calls.length).toBeLessThanOrEqual(6);
  });

  it('is for sales admin, the manager, the general manager and audit; asks for a valid period', async () => {
    expect((await get('/reports/sales', { period: '2026' }, admin)).status).toBe(200);
    expect(
      (await get('/reports/sales', { period: '2026' }, { id: 'RPREP1', roles: ['sales_rep'] })).status,
    ).toBe(403);
    expect((await get('/reports/sales', { period: '2026-13' })).status).toBe(400);
    expect((await get('/reports/sales', { period: '2026', by: 'colour' })).status).toBe(400);
    expect((await get('/reports/sales', { period: '2026', currency: 'cny' })).status).toBe(400);
  });

  it('gives a supervisor the report by rep of their own team, with the team’s total, and nothing else', async () => {
    const supervisor: Person = { id: 'RPSUP', roles: ['supervisor'] };
    const team = await get('/reports/sales', { period: '2026-Q3', by: 'rep' }, supervisor);
    expect(team.status).toBe(200);
    expect(team.body.rows.map((row: { key: string }) => row.key)).toEqual(['RPREP3']);
    const [row] = team.body.rows;
    expect(team.body.total).toMatchObject({
      key: 'team',
      revenue: row.revenue,
      orders: row.orders,
      lastYear: row.lastYear,
      target: 300_000_000,
    });
    expect((await get('/reports/sales', { period: '2026', by: 'customer' }, supervisor)).status).toBe(403);
    expect((await get('/reports/customers', { period: '2026' }, supervisor)).status).toBe(403);
  });

  it('counts every event once: all of them replayed change no figure', async () => {
    const before = await get('/reports/sales', { period: '2026', by: 'product' });
    const replay = await events(
      'POST /event-consumers/{name}/replays',
      '/event-consumers/reports-events/replays',
      {
        caller: { id: 'RPOPS', roles: ['sales_manager', 'sales_admin'] },
        body: { from: started, to: new Date().toISOString() },
      },
    );
    expect(replay.status).toBe(202);
    await path.settle();
    expect((await get('/reports/sales', { period: '2026', by: 'product' })).body).toEqual(before.body);
  });
});

describe('customer analysis and pipeline', () => {
  it('counts filed, lost and won-back customers, the class mix and the top customers', async () => {
    const [first, second] = [...customerRegion.keys()];
    const lose = (id: string, status: string, version: number) =>
      customers('PATCH /customers/{id}', `/customers/${id}`, {
        caller: manager,
        body: { status },
        headers: { 'if-match': `"${version}"` },
      });
    expect((await lose(first!, 'lost', 1)).status).toBe(200);
    expect((await lose(second!, 'lost', 1)).status).toBe(200);
    expect((await lose(second!, 'active', 2)).status).toBe(200);
    const override = await classification(
      'PUT /customers/{id}/classification/override',
      `/customers/${first}/classification/override`,
      { caller: manager, body: { class: 'A', reason: 'Strategic account' } },
    );
    expect(override.status).toBe(200);
    // Two complaints about RPREP1's customer, one of them solved: they count for the rep.
    const { complaintLogged, complaintSolved } = await import('../../functions/service/events.ts');
    const now = new Date().toISOString();
    const ref = (complaintId: string) => ({ complaintId, customerId: first!, ownerId: 'RPREP1' });
    const subject = (id: string) => ({
      subject: { type: 'complaint', id },
      subjectVersion: 1,
      actor: 'RPREP1',
      at: now,
    });
    await commit([
      recordEvent(complaintLogged, {
        ...subject('CP1'),
        payload: { ...ref('CP1'), severity: 'high', answerDueAt: now },
      }),
      recordEvent(complaintLogged, {
        ...subject('CP2'),
        payload: { ...ref('CP2'), severity: 'low', answerDueAt: now },
      }),
      recordEvent(complaintSolved, {
        ...subject('CP1'),
        payload: { ...ref('CP1'), severity: 'high', loggedAt: now, solvedAt: now, cause: 'delivery_delay' },
      }),
    ]);
    await path.settle();

    const month = new Date().toISOString().slice(0, 7);
    const report = await get('/reports/customers', { period: month.slice(0, 4) });
    expect(report.status).toBe(200);
    expect(report.body.customers).toEqual({
      filed: 6,
      lost: 2,
      wonBack: 1,
      complaints: 2,
      complaintsSolved: 1,
    });
    expect(report.body.byRep).toContainEqual(
      expect.objectContaining({ employeeId: 'RPREP1', complaints: 2, complaintsSolved: 1 }),
    );
    expect(report.body.classMix).toEqual([
      { class: 'A', customers: 1 },
      { class: 'B', customers: 0 },
      { class: 'C', customers: 0 },
      { class: 'none', customers: 5 },
    ]);
    expect((report.body.byRep as { employeeId: string; filed: number }[]).map((row) => row.filed)).toEqual([
      2, 2, 2,
    ]);

    const top = await get('/reports/customers', { period: '2026' });
    const months2026 = Array.from({ length: 12 }, (_, index) => `2026-${String(index + 1).padStart(2, '0')}`);
    const ranked = [...expected(months2026, (order) => [order.customerId])].sort(
      (a, b) => b[1].revenue - a[1].revenue,
    );
    expect((top.body.topCustomers as { key: string }[]).map((row) => row.key)).toEqual(
      ranked.map(([key]) => key),
    );
    expect(top.body.receivables).toMatchObject({ openInstallments: 0, currencies: [] });

    const csv = await get('/reports/customers', { period: '2026', format: 'csv' });
    expect((csv.body as unknown as string).split('\r\n')[0]).toBe('\uFEFFmeasure,key,name,count,revenue');
  });

  it('keeps the pipeline by stage as opportunities open and move', async () => {
    const [customerId] = [...customerRegion.keys()];
    const rep = { id: 'RPREP1', roles: ['sales_rep'] as const };
    const open = async (value: number) => {
      const created = await sales('POST /opportunities', '/opportunities', {
        caller: rep,
        body: {
          customerId,
          title: 'Line upgrade',
          expectedValue: { value, currency: 'CNY' },
          expectedCloseDate: '2027-03-01',
        },
      });
      expect(created.status).toBe(201);
      return created.body.id as string;
    };
    const first = await open(1_000_000);
    await open(2_000_000);
    const moved = await sales('POST /opportunities/{id}/stage', `/opportunities/${first}/stage`, {
      caller: rep,
      body: { stage: 'contacted' },
    });
    expect(moved.status).toBe(200);
    await path.settle();
    const report = await get('/reports/pipeline', {});
    expect(report.body.stages).toEqual([
      { stage: 'identified', currency: 'CNY', opportunities: 1, expectedValue: 2_000_000 },
      { stage: 'contacted', currency: 'CNY', opportunities: 1, expectedValue: 1_000_000 },
    ]);
  });
});

describe('report page', () => {
  it('answers the page to a browser and the list of reports to an API client, without a token', async () => {
    const page = await reports('GET /reports', '/reports', { headers: { accept: 'text/html,*/*' } });
    expect(page.status).toBe(200);
    expect(page.headers?.['content-security-policy']).toContain("script-src 'self'");
    expect(page.body as unknown as string).toContain('/reports/assets/chart.umd.min.js');
    const index = await reports('GET /reports', '/reports', {});
    expect((index.body.reports as { name: string }[]).map((report) => report.name)).toContain('sales');
    const script = await reports('GET /reports/assets/{asset}', '/reports/assets/chart.umd.min.js', {});
    expect(script.status).toBe(200);
    expect(script.body as unknown as string).toContain('Chart');
    expect(
      (await reports('GET /reports/assets/{asset}', '/reports/assets/..%2Fpackage.json', {})).status,
    ).toBe(404);
  });
});

describe('sales plans and the manager’s analyses (§2.1.1, §2.1.5)', () => {
  it('set the period’s goals and actions, read beside the actual figures, with analyses citing them', async () => {
    const plans = (who: Person, method: 'PUT' | 'GET', period: string, body?: object) =>
      reports(`${method} /sales-plans/{period}`, `/sales-plans/${period}`, {
        caller: who,
        ...(body ? { body } : {}),
      });
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const plan = {
      strategy: '巩固华东，开拓西北新能源市场',
      currency: 'CNY',
      goals: {
        revenue: 200_000_000,
        byRegion: [
          { region: 'east', revenue: 80_000_000 },
          { region: 'north', revenue: 60_000_000 },
        ],
        byProduct: [{ productId: '01J0000000000000000000000Z', revenue: 10_000_000 }],
        newCustomers: 12,
        marketsToEnter: ['西北新能源'],
      },
      actions: [
        { action: '参加西北新能源展会', ownerId: 'RPREP1', dueOn: yesterday },
        { action: '华东重点客户季度回访', ownerId: 'RPREP2', dueOn: yesterday, done: true },
      ],
    };
    expect((await plans(admin, 'PUT', '2026', plan)).status).toBe(403);
    const tooMuch = {
      ...plan,
      goals: { ...plan.goals, byRegion: [{ region: 'east', revenue: 300_000_000 }] },
    };
    expect((await plans(manager, 'PUT', '2026', tooMuch)).status).toBe(400);
    const nobody = { ...plan, actions: [{ action: 'x', ownerId: 'NOBODY', dueOn: yesterday }] };
    expect((await plans(manager, 'PUT', '2026', nobody)).body.errors[0]).toMatchObject({
      path: 'actions.0.ownerId',
    });
    const set = await plans(manager, 'PUT', '2026', plan);
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ period: '2026', version: 1, updatedBy: 'RPMGR' });
    expect((await plans(manager, 'PUT', '2026', plan)).body.version).toBe(2);

    // The actuals are the reports' figures of the year.
    const of2026 = orders.filter((order) => order.completedOn.startsWith('2026'));
    const revenue = of2026.reduce((sum, order) => sum + order.total, 0);
    const east = of2026
      .filter((order) => customerRegion.get(order.customerId) === 'east')
      .reduce((sum, order) => sum + order.total, 0);
    const filed = (await get('/reports/customers', { period: '2026' })).body.customers.filed;
    const read = await plans({ id: 'RPREP1', roles: ['sales_rep'] }, 'GET', '2026');
    expect(read.status).toBe(200);
    expect(read.body.actuals).toMatchObject({
      revenue: {
        goal: 200_000_000,
        actual: revenue,
        attainmentBasisPoints: Math.round((revenue * 10_000) / 200_000_000),
      },
      byProduct: [
        { productId: '01J0000000000000000000000Z', goal: 10_000_000, actual: 0, attainmentBasisPoints: 0 },
      ],
      newCustomers: { goal: 12, actual: filed },
      overdueActions: 1,
    });
    expect(read.body.actuals.byRegion[0]).toMatchObject({ region: 'east', goal: 80_000_000, actual: east });
    expect(read.body.analyses).toEqual([]);

    const analyse = (who: Person) =>
      reports('POST /sales-plans/{period}/analyses', '/sales-plans/2026/analyses', {
        caller: who,
        body: {
          assessment: '收入达成良好，新客户开发不足',
          problems: ['西北市场尚未突破'],
          measures: ['增派一名销售常驻西安'],
        },
        headers: { 'idempotency-key': `analysis-${who.id}` },
      });
    expect((await analyse({ id: 'RPREP1', roles: ['sales_rep'] })).status).toBe(403);
    const recorded = await analyse(manager);
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ period: '2026', by: 'RPMGR', figures: read.body.actuals });
    expect((await analyse(manager)).body).toEqual(recorded.body);
    expect((await plans(manager, 'GET', '2026')).body.analyses).toEqual([recorded.body]);
    expect((await plans(manager, 'GET', '2026-Q1')).status).toBe(404);
    expect((await plans(manager, 'GET', '2026-13')).status).toBe(400);
  });
});
