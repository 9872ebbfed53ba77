// `npm run bench:api`: the API on the local runtime under load, beside the raw DynamoDB Local rate
// in the same run. Loopback only; every phase is bounded in time.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import autocannon from 'autocannon';
import { ROOT, TABLE_NAME } from '../local/config.ts';
import { DEMO_EMPLOYEES } from '../local/demo-data.ts';
import { localIssuer } from '../local/issuer.ts';

const SECONDS = Number(process.env.SECONDS ?? 10);
/** Every row runs this long first, unmeasured: baselines and API alike are measured warm. */
const WARM_SECONDS = Number(process.env.WARM_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 16);
const dataDir = mkdtempSync(join(tmpdir(), 'bench-api-'));

interface Result {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

function startBackend(): Promise<{ child: ChildProcess; url: string; dynamoDb: string }> {
  const child = spawn(process.execPath, ['local/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', QUIET: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  return new Promise((resolveStart, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (\S+)/.exec(output)?.[1];
      const dynamoDb = /DynamoDB Local (\S+)/.exec(output)?.[1];
      if (url && dynamoDb) resolveStart({ child, url, dynamoDb });
    });
    child.once('exit', (code) => reject(new Error(`backend exited ${code}: ${output}`)));
  });
}

async function load(options: autocannon.Options): Promise<Result> {
  await autocannon({ connections: CONNECTIONS, duration: WARM_SECONDS, ...options });
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  const bad = result.non2xx + result.errors + result.timeouts;
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: bad };
}

/** The same closed loop autocannon runs, but straight to DynamoDB Local with the SDK. */
async function raw(operation: (worker: number, sequence: number) => Promise<unknown>): Promise<Result> {
  const warmUntil = performance.now() + WARM_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, worker) => {
      for (let sequence = 1_000_000; performance.now() < warmUntil; sequence++)
        await operation(worker, sequence).catch(() => undefined);
    }),
  );
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, worker) => {
      for (let sequence = 0; performance.now() < deadline; sequence++) {
        const started = performance.now();
        try {
          await operation(worker, sequence);
          latencies.push(performance.now() - started);
        } catch {
          errors++;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? 0;
  return { rps: latencies.length / SECONDS, p50: at(0.5), p99: at(0.99), errors };
}

const backend = await startBackend();
try {
  const rep = DEMO_EMPLOYEES.find((employee) => employee.roles.includes('sales_rep'))!;
  const token = await (await localIssuer(dataDir)).issue(rep, 3600);
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const list = (await (await fetch(`${backend.url}/customers?limit=1`, { headers })).json()) as {
    items: { id: string }[];
  };
  const customerId = list.items[0]!.id;

  const dynamoDb = new DynamoDBClient({
    endpoint: backend.dynamoDb,
    region: 'ap-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const key = { pk: { S: `CUSTOMER#${customerId}` }, sk: { S: 'CUSTOMER' } };

  const rows: [string, Result][] = [];
  rows.push([
    'raw GetItem (SDK → DynamoDB Local)',
    await raw(() => dynamoDb.send(new GetItemCommand({ TableName: TABLE_NAME, Key: key }))),
  ]);
  rows.push([
    'GET /customers/{id}',
    await load({
      url: `${backend.url}/customers/${customerId}`,
      headers: { authorization: headers.authorization },
    }),
  ]);
  rows.push([
    'raw PutItem (SDK → DynamoDB Local)',
    await raw((worker, sequence) =>
      dynamoDb.send(
        new PutItemCommand({
          TableName: TABLE_NAME,
          Item: { pk: { S: `BENCH#${worker}#${sequence}` }, sk: { S: 'BENCH' }, name: { S: 'bench' } },
        }),
      ),
    ),
  ]);
  // The same three writes POST /customers makes (customer with its index keys, name claim, audit
  // record), as one transaction straight from the SDK: what DynamoDB itself costs for a create.
  const created = (await (
    await fetch(`${backend.url}/customers`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        name: 'Template Co',
        industry: 'electronics',
        region: '华东',
        source: 'web_search',
      }),
    })
  ).json()) as Record<string, unknown>;
  rows.push([
    'raw TransactWriteItems, same 3 items (SDK → DynamoDB Local)',
    await raw((worker, sequence) => {
      const id = `RAW${worker}X${sequence}`;
      const puts = [
        {
          pk: `CUSTOMER#${id}`,
          sk: 'CUSTOMER',
          gsi1pk: `OWNER#${rep.id}#CUSTOMERS`,
          gsi1sk: `CUSTOMER#${id}`,
          gsi2pk: 'CUSTOMERS',
          gsi2sk: `CUSTOMER#${id}`,
          ...created,
          id,
        },
        { pk: `CUSTOMER_NAME#raw ${id}`, sk: 'CLAIM', customerId: id },
        { pk: `CUSTOMER#${id}`, sk: `AUDIT#${id}`, action: 'created', actorId: rep.id, changes: created },
      ];
      return dynamoDb.send(
        new TransactWriteItemsCommand({
          TransactItems: puts.map((item) => ({
            Put: {
              TableName: TABLE_NAME,
              Item: marshall(item, { removeUndefinedValues: true }),
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          })),
        }),
      );
    }),
  ]);
  rows.push([
    'POST /customers',
    await load({
      url: `${backend.url}/customers`,
      method: 'POST',
      headers,
      idReplacement: true,
      body: JSON.stringify({
        name: 'Bench [<id>]',
        industry: 'electronics',
        region: '华东',
        source: 'web_search',
      }),
    }),
  ]);

  const rate = (name: string) => rows.find(([row]) => row === name)![1].rps;
  console.log(
    `\n${SECONDS} s per row after ${WARM_SECONDS} s of warm-up, ${CONNECTIONS} concurrent connections, Node ${process.version}\n`,
  );
  console.log('| path | req/s | p50 (ms) | p99 (ms) | errors |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, result] of rows) {
    console.log(
      `| ${name} | ${result.rps.toFixed(0)} | ${result.p50.toFixed(1)} | ${result.p99.toFixed(1)} | ${result.errors} |`,
    );
  }
  console.log(
    `\nGET /customers/{id} runs at ${((100 * rate('GET /customers/{id}')) / rate('raw GetItem (SDK → DynamoDB Local)')).toFixed(0)}% of raw GetItem;` +
      ` POST /customers at ${((100 * rate('POST /customers')) / rate('raw PutItem (SDK → DynamoDB Local)')).toFixed(0)}% of raw PutItem` +
      ` and ${((100 * rate('POST /customers')) / rate('raw TransactWriteItems, same 3 items (SDK → DynamoDB Local)')).toFixed(0)}% of the same transaction sent raw.`,
  );
  dynamoDb.destroy();
} finally {
  backend.child.kill('SIGINT');
  await new Promise((resolveExit) => backend.child.once('exit', resolveExit));
  rmSync(dataDir, { recursive: true, force: true });
}
