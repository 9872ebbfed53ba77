// `npm run bench:classification`: the nightly classification over 10,000 customers with 200,000
// purchases in DynamoDB Local (in memory): time and consumed capacity of a first run (every class
// is new) and of a second run (nothing changed). The job reads the rolling aggregates, never the
// purchases. Goals: each run within one invocation of the job's timeout, reads that grow with the
// customers only (one Query per page of 100, two BatchGetItem calls per page), and a next-day run
// that rewrites only the few customers whose score moved.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { loadItems } from './load.ts';
import { seededRandom } from '../local/seeded-random.ts';
import { ulid } from 'ulid';
import { ensureTable, startDynamoDb } from '../local/dynamodb.ts';
import { machineLoad, memoryAdded, verdict } from './goals.ts';
import { FUNCTION_MEMORY_MB } from '../lib/domain-function.ts';
import { JobRuns } from '../functions/shared/entities.ts';
import { Purchases } from '../functions/classification/entities.ts';
import { Customers, CustomerStatistics } from '../functions/customers/entities.ts';

const CUSTOMERS = Number(process.env.CUSTOMERS ?? 10_000);
const PURCHASES = Number(process.env.PURCHASES ?? 200_000);
const TODAY = '2026-11-28';

const machine = machineLoad();
const dynamoDb = await startDynamoDb();
Object.assign(process.env, {
  AWS_REGION: 'ap-east-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_ENDPOINT_URL_DYNAMODB: dynamoDb.endpoint,
  TABLE_NAME: 'bench-classification',
  LOG_LEVEL: 'ERROR',
});
const { amountBucket, countBucket } = await import('../functions/classification/rules.ts');
const { handler: classificationJob } = await import('../functions/classification/customer-classification.ts');
const { lambdaContext } = await import('../local/lambda-context.ts');
const { JOB_TIMEOUT_SECONDS } = await import('../functions/schedules.ts');
const { getItem } = await import('../functions/shared/db.ts');
const { meterDynamoCalls } = await import('../local/capacity-meter.ts');

const client = new DynamoDBClient({});
await ensureTable(client, process.env.TABLE_NAME!);

const load = (items: Record<string, unknown>[]) => loadItems(client, items);

// A seeded generator, so every run loads the same data.
const random = seededRandom(42);

const loadStarted = performance.now();
const customers = Array.from({ length: CUSTOMERS }, (_, index) => {
  const id = ulid(Date.parse('2024-01-01') + index * 1000);
  const ownerId = `REP${index % 50}`;
  const createdAt = '2024-01-01T00:00:00.000Z';
  return {
    ...Customers.keys({ id, ownerId }),
    entityType: 'Customer',
    id,
    name: `Bench Customer ${index}`,
    industry: 'machinery',
    region: 'east',
    source: 'referral',
    status: 'active',
    ownerId,
    influence: 1 + (index % 5),
    class: null,
    createdBy: ownerId,
    version: 1,
    createdAt,
    updatedAt: createdAt,
  };
});
await load(customers);

const stats = new Map<string, Record<string, number | string>>();
const purchases: Record<string, unknown>[] = [];
for (let index = 0; index < PURCHASES; index++) {
  const customer = customers[Math.floor(random() ** 2 * CUSTOMERS)]!;
  const date = new Date(Date.parse(TODAY) - Math.floor(random() * 1095) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const value = 100_000 + Math.floor(random() * 50_000_000);
  const id = ulid();
  purchases.push({
    ...Purchases.key({ customerId: customer.id, date, id }),
    entityType: 'Purchase',
    id,
    customerId: customer.id,
    product: 'Lathe',
    quantity: 1,
    amount: { value, currency: 'CNY' },
    date,
    recordedBy: 'ADMIN',
    version: 1,
    createdAt: `${date}T00:00:00.000Z`,
    updatedAt: `${date}T00:00:00.000Z`,
  });
  // What purchaseWrites' ADD does, summed up front.
  const aggregate = stats.get(customer.id) ?? {
    ...CustomerStatistics.key({ customerId: customer.id }),
    entityType: 'CustomerStats',
  };
  aggregate[amountBucket(date)] = ((aggregate[amountBucket(date)] as number | undefined) ?? 0) + value;
  aggregate[countBucket(date)] = ((aggregate[countBucket(date)] as number | undefined) ?? 0) + 1;
  if (!aggregate.firstPurchaseOn || (aggregate.firstPurchaseOn as string) > date)
    aggregate.firstPurchaseOn = date;
  stats.set(customer.id, aggregate);
}
await load(purchases);
await load([...stats.values()]);
const loadSeconds = (performance.now() - loadStarted) / 1000;

const meter = meterDynamoCalls();
const rows: string[] = [];
const runs: { seconds: number; reads: number; transactions: number; invocations: number; addedMb: number }[] =
  [];
type JobHandler = (
  event: unknown,
  context: unknown,
) => Promise<{ outcome: string; counts?: Record<string, number> }>;
/**
 * One firing as deployed: the job's handler under the deployed timeout, each continuation it asks
 * for delivered as the bus would; answers the counts and how many invocations it took.
 */
async function fire(scheduledTime: string) {
  let event: unknown = { scheduledTime };
  for (let invocations = 1; ; invocations++) {
    const result = await (classificationJob as unknown as JobHandler)(
      event,
      lambdaContext('customer-classification', undefined, JOB_TIMEOUT_SECONDS),
    );
    if (result.outcome !== 'continued') return { counts: result.counts ?? {}, invocations };
    const run = await getItem(JobRuns.key({ job: 'customer-classification', scheduledTime }), true);
    event = {
      source: 'sales-department',
      'detail-type': 'job.continued',
      detail: { id: run!.continuationId, payload: { job: 'customer-classification', scheduledTime } },
    };
  }
}

let day = 0;
for (const run of ['first run (every class new)', 'second run (nothing changed)']) {
  meter.clear();
  const started = performance.now();
  // Each run is its own firing (a new scheduled time), under the deployed timeout.
  const {
    result: { counts, invocations },
    addedMb,
  } = await memoryAdded(() =>
    fire(new Date(Date.parse(`${TODAY}T01:30:00+08:00`) + day++ * 86_400_000).toISOString()),
  );
  const seconds = (performance.now() - started) / 1000;
  const by = (command: string) => meter.filter((call) => call.command === command);
  const capacity = (command: string) => by(command).reduce((sum, call) => sum + call.capacity, 0);
  runs.push({
    seconds,
    reads: by('QueryCommand').length + by('BatchGetItemCommand').length,
    transactions: by('TransactWriteItemsCommand').length,
    invocations,
    addedMb,
  });
  rows.push(
    `| ${run} | ${seconds.toFixed(1)} | ${by('QueryCommand').length} | ${by('BatchGetItemCommand').length} | ${(capacity('QueryCommand') + capacity('BatchGetItemCommand')).toFixed(0)} | ${by('TransactWriteItemsCommand').length} | ${capacity('TransactWriteItemsCommand').toFixed(0)} | ${counts.classChanged} | ${invocations} |`,
  );
}

console.log(
  `\n${CUSTOMERS} customers, ${PURCHASES} purchases (${stats.size} customers with purchases), loaded in ${loadSeconds.toFixed(0)} s; ${machine.stop()}\n`,
);
console.log(
  `| run | seconds | Query calls | BatchGetItem calls | read capacity | transactions | write capacity | class changes | invocations (${JOB_TIMEOUT_SECONDS} s each) |`,
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
const pages = Math.ceil(CUSTOMERS / 100);
verdict([
  ...runs.map((measured, index) => ({
    name: `run ${index + 1}: invocations of ${JOB_TIMEOUT_SECONDS} s`,
    measured: measured.invocations,
    goal: 1,
    unit: 'invocations',
  })),
  ...runs.map((measured, index) => ({
    name: `run ${index + 1}: read calls (the customers' pages, and two batches of reads a page)`,
    measured: measured.reads,
    goal: 3 * pages + 1,
    unit: 'calls',
  })),
  {
    // Init may take a third of the job's memory (bench:bundles), the work another third.
    name: 'memory a run adds, the larger',
    measured: Math.round(Math.max(...runs.map((measured) => measured.addedMb))),
    goal: Math.round(FUNCTION_MEMORY_MB / 3),
    unit: 'MB',
  },
  {
    name: 'next-day run: customers rewritten',
    measured: runs[1]!.transactions,
    goal: CUSTOMERS * 0.05,
    unit: 'transactions',
  },
]);
client.destroy();
await dynamoDb.stop();
