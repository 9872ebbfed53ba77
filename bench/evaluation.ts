// `npm run bench:evaluation`: the annual evaluation of 200 reps over a year of orders in DynamoDB
// Local (in memory), once with 10,000 orders and once with 100,000, each size in a process and a
// DynamoDB Local of its own: time, DynamoDB calls by kind and read capacity. The run reads the reps'
// monthly facts (one Query per rep and month, and per month a year before), never the orders, so
// its calls do not grow with them. Goals: the same calls at both sizes, and every batch within half
// the consumer's timeout.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { loadItems } from './load.ts';
import { reportResult, runEachSize, sizeUnderTest } from './each-size.ts';
import { machineLoad, memoryAdded, verdict } from './goals.ts';
import { seededRandom } from '../local/seeded-random.ts';
import { ensureTable, startDynamoDb } from '../local/dynamodb.ts';
import { FUNCTION_MEMORY_MB, FUNCTION_TIMEOUTS } from '../lib/domain-function.ts';

const REPS = Number(process.env.REPS ?? 200);
const SIZES = (process.env.ORDERS ?? '10000,100000').split(',').map(Number);
const YEAR = '2026';

interface Run {
  orders: number;
  evaluated: number;
  seconds: number;
  slowestBatchSeconds: number;
  addedMb: number;
  queries: number;
  gets: number;
  transactions: number;
  calls: number;
  readCapacity: number;
  loadSeconds: number;
}

if (sizeUnderTest() === undefined) {
  const load = machineLoad();
  const runs = runEachSize<Run>(import.meta.filename, SIZES).map(({ result }) => result);
  console.log(
    `\nThe annual evaluation of ${REPS} reps (run 1 of ${YEAR}: figures, then rating requests), ${load.stop()}\n`,
  );
  console.log(
    '| orders in the year | reps evaluated | seconds | slowest batch (s) | memory added (MB) | Query calls | GetItem calls | transactions | all calls | read capacity | load (s) |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const run of runs)
    console.log(
      `| ${run.orders.toLocaleString('en')} | ${run.evaluated} | ${run.seconds.toFixed(1)} | ${run.slowestBatchSeconds.toFixed(1)} | ${run.addedMb.toFixed(0)} | ${run.queries} | ${run.gets} | ${run.transactions} | ${run.calls} | ${run.readCapacity.toFixed(0)} | ${run.loadSeconds.toFixed(0)} |`,
    );
  const [smallest, largest] = [runs[0]!, runs.at(-1)!];
  verdict([
    {
      name: `DynamoDB calls at ${largest.orders.toLocaleString('en')} orders per call at ${smallest.orders.toLocaleString('en')}`,
      measured: largest.calls / smallest.calls,
      goal: 1,
      unit: '×',
    },
    {
      name: 'reps evaluated of every size',
      measured: Math.min(...runs.map((run) => run.evaluated)),
      goal: REPS,
      unit: 'reps',
      kind: 'at-least',
    },
    {
      name: `slowest batch (the consumer's timeout is ${FUNCTION_TIMEOUTS.consumer} s)`,
      measured: Math.max(...runs.map((run) => run.slowestBatchSeconds)),
      goal: FUNCTION_TIMEOUTS.consumer / 2,
      unit: 's',
    },
    {
      // Init may take a third of the consumer's memory (bench:bundles), the work another third.
      name: 'memory the run adds, the larger',
      measured: Math.round(Math.max(...runs.map((run) => run.addedMb))),
      goal: Math.round(FUNCTION_MEMORY_MB / 3),
      unit: 'MB',
    },
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
const { PerformanceFacts, PerformanceTargets } = await import('../functions/performance/entities.ts');
const { splitAnnual } = await import('../functions/performance/rules.ts');
const { employeeItem } = await import('../functions/employees/store.ts');
const { startRunWrites, evaluateRun } = await import('../functions/performance/evaluating.ts');
const { commit } = await import('../functions/shared/transaction.ts');
const { meterDynamoCalls } = await import('../local/capacity-meter.ts');

const client = new DynamoDBClient({});

const load = (items: Record<string, unknown>[]) => loadItems(client, items);

const random = seededRandom(7);
const at = `${YEAR}-01-01T00:00:00.000Z`;
const meter = meterDynamoCalls();

{
  const orders = sizeUnderTest()!;
  process.env.TABLE_NAME = `bench-evaluation-${orders}`;
  await ensureTable(client, process.env.TABLE_NAME);
  const loadStarted = performance.now();
  // 200 reps in teams of ten, each team's supervisor a rep too; everyone with targets.
  const reps = Array.from({ length: REPS }, (_, index) => ({
    id: `REP${String(index).padStart(3, '0')}`,
    name: `Rep ${index}`,
    email: `rep${index}@bench.example`,
    roles: ['sales_rep' as const],
    supervisorId: `REP${String(index - (index % 10)).padStart(3, '0')}`,
    locale: 'zh-CN' as const,
    version: 1,
    createdAt: at,
    updatedAt: at,
  }));
  await load(reps.map((rep) => employeeItem(rep)));
  await load(
    reps.map((rep) => {
      const targets = {
        employeeId: rep.id,
        year: YEAR,
        currency: 'CNY',
        revenue: 600_000_000,
        profit: 150_000_000,
        newCustomers: 12,
        expenses: 2_400_000,
        growthBasisPoints: 1000,
        marketShareBasisPoints: 100,
        conversionBasisPoints: 4000,
        satisfactionHundredths: 450,
        split: 'even',
        months: {
          revenue: splitAnnual(600_000_000),
          profit: splitAnnual(150_000_000),
          newCustomers: splitAnnual(12),
          expenses: splitAnnual(2_400_000),
        },
        setBy: 'BOSS',
        version: 1,
        createdAt: at,
        updatedAt: at,
      };
      return PerformanceTargets.item(targets, targets);
    }),
  );
  // The orders' facts, as the performance consumer writes them from order.completed.
  const facts = Array.from({ length: orders }, (_, index) => {
    const rep = reps[Math.floor(random() * REPS)]!;
    const month = `${YEAR}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`;
    const amount = 100_000 + Math.floor(random() * 10_000_000);
    const fact = {
      employeeId: rep.id,
      month,
      eventId: `E${String(index).padStart(7, '0')}`,
      kind: 'order',
      at,
      amount,
      cost: Math.floor(amount * 0.7),
      currency: 'CNY',
      region: 'east',
    };
    return PerformanceFacts.item(fact, fact);
  });
  await load(facts);
  const loadSeconds = (performance.now() - loadStarted) / 1000;

  meter.clear();
  const started = performance.now();
  await commit(startRunWrites(YEAR, 1, 'schedule', new Date().toISOString()).items);
  // The batches one after the other, as the consumer gets them.
  const {
    result: { evaluated, slowestBatchSeconds },
    addedMb,
  } = await memoryAdded(async () => {
    let evaluated = 0;
    let slowestBatchSeconds = 0;
    for (let from: number | undefined = 0; from !== undefined;) {
      const batchStarted = performance.now();
      const batch = await evaluateRun(YEAR, 1, from);
      slowestBatchSeconds = Math.max(slowestBatchSeconds, (performance.now() - batchStarted) / 1000);
      evaluated += batch.evaluated;
      from = batch.next;
    }
    return { evaluated, slowestBatchSeconds };
  });
  const seconds = (performance.now() - started) / 1000;
  const calls = (command: string) => meter.filter((call) => call.command === command);
  const run: Run = {
    orders,
    evaluated,
    seconds,
    slowestBatchSeconds,
    addedMb,
    queries: calls('QueryCommand').length,
    gets: calls('GetItemCommand').length,
    transactions: calls('TransactWriteItemsCommand').length,
    calls: meter.length,
    readCapacity: ['QueryCommand', 'GetItemCommand', 'BatchGetItemCommand']
      .flatMap(calls)
      .reduce((sum, call) => sum + call.capacity, 0),
    loadSeconds,
  };
  reportResult(run);
}
client.destroy();
await dynamoDb.stop();
