// `npm run bench:reports`: the monthly sales report by rep for 200 reps in DynamoDB Local (in
// memory), once over 10,000 orders and once over 100,000 (two years, so growth has a base): time,
// DynamoDB calls and read capacity of the report, which reads the reports consumer's monthly
// aggregates, against the warm baseline measured in the same run on the same data: adding up the
// month from the per-order records the performance consumer keeps (one Query per rep). Each
// report's total is checked against the sum of the raw orders.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { loadItems } from './load.ts';
import { seededRandom } from '../local/seeded-random.ts';
import { ensureTable, startDynamoDb } from '../local/dynamodb.ts';
import { reportResult, runEachSize, sizeUnderTest } from './each-size.ts';
import { machineLoad, median, verdict } from './goals.ts';

const REPS = Number(process.env.REPS ?? 200);
const SIZES = (process.env.ORDERS ?? '10000,100000').split(',').map(Number);
const RUNS = Number(process.env.RUNS ?? 20);
const MONTH = '2026-06';

const header = [
  `\nThe sales report of ${MONTH} by rep, ${REPS} reps; median of ${RUNS} warm runs; totals checked against the raw orders\n`,
  '| orders (two years) | read from | DynamoDB calls | read capacity | ms (median) | load (s) |',
  '|---:|---|---:|---:|---:|---:|',
];
/** What each size's process reports back, after its table rows. */
interface SizeResult {
  orders: number;
  reportCalls: number;
  reportMs: number;
  baselineMs: number;
}

if (sizeUnderTest() === undefined) {
  const load = machineLoad();
  const sizes = runEachSize<SizeResult>(import.meta.filename, SIZES);
  header[0] = `${header[0]!.trimEnd()}; ${load.stop()}\n`;
  for (const line of [...header, ...sizes.flatMap(({ rows }) => rows)]) console.log(line);
  const results = sizes.map(({ result }) => result);
  const [smallest, largest] = [results[0]!, results.at(-1)!];
  verdict([
    {
      name: `the report's DynamoDB calls at ${largest.orders.toLocaleString('en')} orders per call at ${smallest.orders.toLocaleString('en')}`,
      measured: largest.reportCalls / smallest.reportCalls,
      goal: 1,
      unit: '×',
    },
    ...results.map((result) => ({
      name: `the report's time per the baseline's at ${result.orders.toLocaleString('en')} orders`,
      measured: result.reportMs / result.baselineMs,
      goal: 1,
      unit: '×',
    })),
  ]);
  process.exit();
}

const dynamoDb = await startDynamoDb();
Object.assign(process.env, {
  AWS_REGION: 'ap-east-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_ENDPOINT_URL_DYNAMODB: dynamoDb.endpoint,
  LOG_LEVEL: 'ERROR',
});
const { SalesFigures } = await import('../functions/reports/entities.ts');
const { PerformanceFacts, PerformanceTargets } = await import('../functions/performance/entities.ts');
const { monthFacts } = await import('../functions/performance/store.ts');
const { splitAnnual } = await import('../functions/performance/rules.ts');
const { employeeItem } = await import('../functions/employees/store.ts');
const { handler: reportsApi } = await import('../functions/reports/handler.ts');
const { caller } = await import('../test/support/events.ts');
const { meterDynamoCalls } = await import('../local/capacity-meter.ts');

const client = new DynamoDBClient({});
const reports = caller(reportsApi as never);
const manager = { id: 'BOSS', roles: ['sales_manager' as const] };
const random = seededRandom(11);
const at = '2025-01-01T00:00:00.000Z';
const meter = meterDynamoCalls();
const rows: string[] = [];
let result: SizeResult | undefined;

/** Runs `work` RUNS times after a warm-up; the median time, the calls and read capacity of one run. */
async function measure(work: () => Promise<number>) {
  await work();
  const times: number[] = [];
  let result = 0;
  for (let run = 0; run < RUNS; run++) {
    meter.clear();
    const started = performance.now();
    result = await work();
    times.push(performance.now() - started);
  }
  return {
    milliseconds: median(times),
    calls: meter.length,
    capacity: meter.reduce((sum, call) => sum + call.capacity, 0),
    result,
  };
}

for (const orders of [sizeUnderTest()!]) {
  process.env.TABLE_NAME = `bench-reports-${orders}`;
  await ensureTable(client, process.env.TABLE_NAME);
  const loadStarted = performance.now();
  const reps = Array.from({ length: REPS }, (_, index) => ({
    id: `REP${String(index).padStart(3, '0')}`,
    name: `销售 ${index}`,
    email: `rep${index}@bench.example`,
    roles: ['sales_rep' as const],
    locale: 'zh-CN' as const,
    version: 1,
    createdAt: at,
    updatedAt: at,
  }));
  await loadItems(
    client,
    reps.map((rep) => employeeItem(rep)),
  );
  await loadItems(
    client,
    reps.map((rep) => {
      const months = {
        revenue: splitAnnual(600_000_000),
        profit: splitAnnual(0),
        newCustomers: splitAnnual(0),
        expenses: splitAnnual(0),
      };
      const targets = { employeeId: rep.id, year: '2026', currency: 'CNY', revenue: 600_000_000, months };
      return PerformanceTargets.item(targets, targets);
    }),
  );
  // Two years of orders over 200 reps, 2,000 customers, 5 regions, 20 products.
  const generated = Array.from({ length: orders }, (_, index) => ({
    id: `E${String(index).padStart(7, '0')}`,
    rep: reps[Math.floor(random() * REPS)]!.id,
    customer: `C${Math.floor(random() * 2000)}`,
    region: `region-${Math.floor(random() * 5)}`,
    product: `P${Math.floor(random() * 20)}`,
    month: `${random() < 0.5 ? '2025' : '2026'}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`,
    amount: 100_000 + Math.floor(random() * 10_000_000),
  }));
  // The aggregates as the reports consumer leaves them after every order.completed (its additions
  // are checked against the raw orders in test/integration/reports.test.ts) …
  const sums = new Map<
    string,
    { month: string; dimension: string; key: string; revenue: number; orders: number }
  >();
  for (const order of generated)
    for (const [dimension, key] of [
      ['total', 'all'],
      ['rep', order.rep],
      ['customer', order.customer],
      ['region', order.region],
      ['product', order.product],
    ] as const) {
      const id = `${order.month}#${dimension}#${key}`;
      const sum = sums.get(id) ?? { month: order.month, dimension, key, revenue: 0, orders: 0 };
      sum.revenue += order.amount;
      sum.orders += 1;
      sums.set(id, sum);
    }
  await loadItems(
    client,
    [...sums.values()].map((sum) =>
      SalesFigures.item({ ...sum, currency: 'CNY' }, { ...sum, currency: 'CNY' }),
    ),
  );
  // … and the per-order records the performance consumer keeps (the baseline reads them).
  await loadItems(
    client,
    generated.map((order) => {
      const fact = {
        employeeId: order.rep,
        month: order.month,
        eventId: order.id,
        kind: 'order',
        at,
        amount: order.amount,
        currency: 'CNY',
      };
      return PerformanceFacts.item(fact, fact);
    }),
  );
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  console.error(`${orders} orders loaded in ${loadSeconds.toFixed(0)} s`);
  const expected = generated
    .filter((order) => order.month === MONTH)
    .reduce((sum, order) => sum + order.amount, 0);

  const report = await measure(async () => {
    const answer = await reports('GET /reports/sales', '/reports/sales', {
      caller: manager,
      query: { period: MONTH, by: 'rep' },
    });
    if (answer.status !== 200 || answer.body.rows.length !== REPS)
      throw new Error(`report: ${answer.status}`);
    return answer.body.total.revenue as number;
  });
  const baseline = await measure(async () => {
    const perRep = await Promise.all(reps.map((rep) => monthFacts(rep.id, MONTH)));
    return perRep.flat().reduce((sum, fact) => sum + (fact.amount ?? 0), 0);
  });
  for (const [name, result] of [
    ['report', report],
    ['baseline', baseline],
  ] as const)
    if (result.result !== expected)
      throw new Error(`${name}: ${result.result} ≠ ${expected} from the raw orders`);
  result = {
    orders,
    reportCalls: report.calls,
    reportMs: report.milliseconds,
    baselineMs: baseline.milliseconds,
  };
  rows.push(
    `| ${orders.toLocaleString('en')} | aggregates (the report) | ${report.calls} | ${report.capacity.toFixed(1)} | ${report.milliseconds.toFixed(1)} | ${loadSeconds.toFixed(0)} |`,
    `| ${orders.toLocaleString('en')} | per-order records, one Query per rep (baseline) | ${baseline.calls} | ${baseline.capacity.toFixed(1)} | ${baseline.milliseconds.toFixed(1)} | |`,
  );
}

for (const row of rows) console.log(row);
reportResult(result);
client.destroy();
await dynamoDb.stop();
