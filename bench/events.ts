// `npm run bench:events`: the event path on this machine (the table's stream → dispatcher → local
// bus → a consumer that writes), beside the raw rate of the same writes in the same run. Each write
// is a communication record: the record, its audit entry and its `interaction.recorded` event in one
// transaction; its consumer moves the customer's last contact. Every phase is bounded in time.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable, startDynamoDb } from '../local/dynamodb.ts';
import { machineLoad, verdict } from './goals.ts';

const SECONDS = Number(process.env.SECONDS ?? 10);
const WARM_SECONDS = Number(process.env.WARM_SECONDS ?? 3);
const WRITERS = Number(process.env.WRITERS ?? 8);
const CUSTOMERS = 50;
/** p99 from commit to the consumer's effect; events handled per event written while writing. */
const GOALS = { p99Ms: 1000, keepsUp: 0.95 };
const load = machineLoad();

const dynamoDb = await startDynamoDb();
Object.assign(process.env, {
  AWS_REGION: 'ap-east-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_ENDPOINT_URL_DYNAMODB: dynamoDb.endpoint,
  LOG_LEVEL: 'ERROR',
  SENDER_ADDRESS: 'bench@example.com',
});
const { newResource } = await import('../functions/shared/clock.ts');
const { commit } = await import('../functions/shared/transaction.ts');
const { interactionWrites } = await import('../functions/customers/store.ts');
const { startEventPath } = await import('../local/event-path.ts');

const client = new DynamoDBClient({});
const useTable = async (name: string) => {
  process.env.TABLE_NAME = name;
  await ensureTable(client, name);
};

/** One communication record's transaction; answers its event's id. */
async function write(worker: number, sequence: number): Promise<string> {
  const items = interactionWrites(
    newResource({
      customerId: `BENCH${(worker * 7 + sequence) % CUSTOMERS}`,
      recordedBy: 'bench',
      channel: 'call' as const,
      occurredAt: new Date().toISOString(),
      summary: 'Benchmark call',
    }),
  );
  await commit(items);
  for (const item of items)
    if ('Put' in item && item.Put.Item.entityType === 'DomainEvent') return String(item.Put.Item.id);
  throw new Error('The transaction holds no event');
}

/** WRITERS closed loops for `seconds`; answers the commits with the moment each ended. */
async function writeFor(seconds: number): Promise<Map<string, number>> {
  const committed = new Map<string, number>();
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, worker) => {
      for (let sequence = 0; performance.now() < deadline; sequence++)
        committed.set(await write(worker, sequence), Date.now());
    }),
  );
  return committed;
}

// 1. Raw: the same transactions with nothing reading the stream (after a warm-up on the same table).
await useTable('bench-events-raw');
await writeFor(WARM_SECONDS);
const raw = await writeFor(SECONDS);
const rawRate = raw.size / SECONDS;

// 2. The same writes with the event path running on a table of its own (warmed up, then drained).
await useTable('bench-events-path');
const path = await startEventPath({
  dynamoDbEndpoint: dynamoDb.endpoint,
  tableName: 'bench-events-path',
  poll: true,
});
await writeFor(WARM_SECONDS);
await path.settle();
const warmDeliveries = path.bus.delivered.length;
const started = Date.now();
const committed = await writeFor(SECONDS);
const writingEnded = Date.now();
const deliveredWhileWriting = path.bus.delivered
  .slice(warmDeliveries)
  .filter((delivery) => delivery.at <= writingEnded).length;
const drainDeadline = Date.now() + 60_000;
while (path.bus.delivered.length - warmDeliveries < committed.size && Date.now() < drainDeadline)
  await new Promise((resolve) => setTimeout(resolve, 50));
const drained = Date.now();
await path.stop();

const deliveries = path.bus.delivered
  .slice(warmDeliveries)
  .filter((delivery) => committed.has(delivery.eventId));
const latencies = deliveries
  .map((delivery) => delivery.at - committed.get(delivery.eventId)!)
  .sort((a, b) => a - b);
const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? NaN;
const writeRate = committed.size / SECONDS;
const deliveryRate = deliveries.length / ((drained - started) / 1000);
const failed = deliveries.filter((delivery) => delivery.outcome !== 'ok').length;

console.log(
  `\n${SECONDS} s per phase after ${WARM_SECONDS} s of warm-up, ${WRITERS} writers, Node ${process.version}, ${load.stop()}\n`,
);
console.log('| measure | value |');
console.log('|---|---:|');
console.log(`| raw write rate, nothing reading the stream (transactions/s) | ${rawRate.toFixed(0)} |`);
console.log(`| write rate with the event path running (transactions/s) | ${writeRate.toFixed(0)} |`);
console.log(
  `| events handled by the consumer (events/s, first commit to last handled) | ${deliveryRate.toFixed(0)} |`,
);
console.log(`| handled while writing / written | ${deliveredWhileWriting} / ${committed.size} |`);
console.log(`| backlog drained after writing stopped (ms) | ${drained - writingEnded} |`);
console.log(`| commit → consumer done, p50 (ms) | ${at(0.5).toFixed(0)} |`);
console.log(`| commit → consumer done, p99 (ms) | ${at(0.99).toFixed(0)} |`);
console.log(`| events lost / failed | ${committed.size - deliveries.length} / ${failed} |`);

verdict([
  { name: 'commit → consumer done, p99', measured: Math.round(at(0.99)), goal: GOALS.p99Ms, unit: 'ms' },
  {
    name: 'events handled per event written',
    measured: deliveryRate / writeRate,
    goal: GOALS.keepsUp,
    unit: '×',
    kind: 'at-least',
  },
  {
    name: 'events lost or failed',
    measured: committed.size - deliveries.length + failed,
    goal: 0,
    unit: 'events',
  },
]);
client.destroy();
await dynamoDb.stop();
