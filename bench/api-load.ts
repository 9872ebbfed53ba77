// `npm run bench:api`: the API on the local runtime under load, each route beside its floor measured
// in the same run: a bare `node:http` server doing the same token check and DynamoDB call
// (bench/bare-server.ts) for a read and a list, and for a create the very transaction the route
// writes, sent straight with the SDK. The rows alternate in rounds (each pair in turn first), each
// warm before the first; the verdict is the median of the rounds' ratios. Loopback only; every
// phase is bounded in time. Exits 1 when a route is under its goal.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import autocannon from 'autocannon';
import { ROOT, TABLE_NAME } from '../local/config.ts';
import { DEMO_EMPLOYEES } from '../local/demo-data.ts';
import { localIssuer } from '../local/issuer.ts';
import { Customers } from '../functions/customers/entities.ts';
import { machineLoad, median, verdict } from './goals.ts';

const SECONDS = Number(process.env.SECONDS ?? 3);
const ROUNDS = Number(process.env.ROUNDS ?? 12);
/** Every row runs this long unmeasured before its first round: floors and routes alike are warm. */
const WARM_SECONDS = Number(process.env.WARM_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 16);
/** Each route's goal: its rate as a share of its floor's. */
const GOAL = 0.9;
const dataDir = mkdtempSync(join(tmpdir(), 'bench-api-'));

interface Result {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

function start(
  script: string,
  env: Record<string, string>,
  ready: RegExp[],
): Promise<{ child: ChildProcess; found: string[] }> {
  const child = spawn(process.execPath, [script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  return new Promise((resolveStart, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = ready.map((pattern) => pattern.exec(output)?.[1]);
      if (found.every(Boolean)) resolveStart({ child, found: found as string[] });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited ${code}: ${output}`)));
  });
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  child.kill('SIGINT');
  await new Promise((resolveExit) => child.once('exit', resolveExit));
}

/** autocannon's closed loop over HTTP; `path` gives each request its own path where it varies. */
async function http(options: autocannon.Options, seconds: number, path?: () => string): Promise<Result> {
  const result = await autocannon({
    connections: CONNECTIONS,
    duration: seconds,
    ...options,
    ...(path ? { requests: [{ setupRequest: (request) => ({ ...request, path: path() }) }] } : {}),
  });
  const bad = result.non2xx + result.errors + result.timeouts;
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: bad };
}

/** The same closed loop, straight to DynamoDB Local with the SDK. */
async function direct(operation: () => Promise<unknown>, seconds: number): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        try {
          await operation();
          latencies.push(performance.now() - started);
        } catch {
          errors++;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? 0;
  return { rps: latencies.length / seconds, p50: at(0.5), p99: at(0.99), errors };
}

const load = machineLoad();
const backend = await start(
  'local/start.ts',
  { DATA_DIR: dataDir, PORT: '0', QUIET: '1', SCHEDULES: 'false', STREAM_POLLING: 'off' },
  [/listening on (\S+)/, /DynamoDB Local (\S+)/],
);
const [url, dynamoDbEndpoint] = backend.found as [string, string];
// The environment the functions get: the bare server's, and this process's for the create's own
// transaction sent straight.
const functionEnvironment = {
  AWS_ENDPOINT_URL_DYNAMODB: dynamoDbEndpoint,
  TABLE_NAME,
  AWS_REGION: 'ap-east-1',
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
};
const bare = await start('bench/bare-server.ts', { DATA_DIR: dataDir, ...functionEnvironment }, [
  /listening on (\S+)/,
]);
const bareUrl = bare.found[0]!;
try {
  Object.assign(process.env, functionEnvironment);
  const { commit } = await import('../functions/shared/transaction.ts');
  const { createCustomerWrites } = await import('../functions/customers/store.ts');
  const { newCustomerResource } = await import('../functions/customers/rules.ts');
  const { newCustomer: newCustomerSchema } = await import('../functions/customers/model.ts');

  const rep = DEMO_EMPLOYEES.find((employee) => employee.roles.includes('sales_rep'))!;
  const token = await (await localIssuer(dataDir)).issue(rep, 3600);
  const authorization = `Bearer ${token}`;
  const headers = { authorization, 'content-type': 'application/json' };
  const { items } = (await (await fetch(`${url}/customers?limit=20`, { headers })).json()) as {
    items: { id: string }[];
  };
  // Reads go round the rep's customers, so no row reads one hot item.
  const ids = items.map((item) => item.id);
  let turn = 0;
  const nextId = () => ids[turn++ % ids.length]!;
  const dynamoDb = new DynamoDBClient({});
  const newCustomer = () => ({
    name: `Bench ${randomUUID()}`,
    industry: 'electronics',
    region: '华东',
    source: 'web_search',
  });

  type Row = { name: string; run: (seconds: number) => Promise<Result> };
  const row = (name: string, run: Row['run']): Row => ({ name, run });
  const pairs: { floor: Row; route: Row }[] = [
    {
      floor: row('bare server: GET /customers/{id}', (s) =>
        http({ url: bareUrl, headers: { authorization } }, s, () => `/customers/${nextId()}`),
      ),
      route: row('GET /customers/{id}', (s) =>
        http({ url, headers: { authorization } }, s, () => `/customers/${nextId()}`),
      ),
    },
    {
      floor: row('bare server: GET /customers?limit=20', (s) =>
        http({ url: `${bareUrl}/customers?limit=20`, headers: { authorization } }, s),
      ),
      route: row('GET /customers?limit=20', (s) =>
        http({ url: `${url}/customers?limit=20`, headers: { authorization } }, s),
      ),
    },
    {
      floor: row('its transaction (4 items), sent straight', (s) =>
        direct(
          () =>
            commit(
              createCustomerWrites(
                newCustomerResource(newCustomerSchema.parse(newCustomer()), {
                  ownerId: rep.id,
                  actorId: rep.id,
                }),
              ),
            ),
          s,
        ),
      ),
      route: row('POST /customers', (s) =>
        http(
          {
            url: `${url}/customers`,
            method: 'POST',
            headers,
            idReplacement: true,
            body: JSON.stringify({ ...newCustomer(), name: 'Bench [<id>]' }),
          },
          s,
        ),
      ),
    },
  ];
  const rawGet = row('raw GetItem (SDK → DynamoDB Local)', (s) =>
    direct(
      () =>
        dynamoDb.send(
          new GetItemCommand({
            TableName: TABLE_NAME,
            Key: marshall(Customers.key({ id: nextId() })),
          }),
        ),
      s,
    ),
  );

  const results = new Map<string, Result[]>();
  const measure = async (measured: Row) => {
    const result = await measured.run(SECONDS);
    results.set(measured.name, [...(results.get(measured.name) ?? []), result]);
    return result;
  };
  // On AWS the stream is read and the consumers run outside the API's functions: the runtime runs
  // here without its stream poller (STREAM_POLLING=off), and the events the creates wrote are
  // delivered after each pair, before the next row.
  const settle = async () => {
    const response = await fetch(`${url}/local/settle`, { method: 'POST' });
    if (!response.ok) throw new Error(`settle: ${response.status}`);
  };
  for (const warmed of [rawGet, ...pairs.flatMap(({ floor, route }) => [floor, route])])
    await warmed.run(WARM_SECONDS);
  await settle();
  const ratios = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round++) {
    await measure(rawGet);
    for (const { floor, route } of pairs) {
      // Each in turn goes first, so a drift within the round weighs on both alike.
      const order = round % 2 === 0 ? [floor, route] : [route, floor];
      for (const measured of order) await measure(measured);
      await settle();
      const ratio = results.get(route.name)!.at(-1)!.rps / results.get(floor.name)!.at(-1)!.rps;
      ratios.set(route.name, [...(ratios.get(route.name) ?? []), ratio]);
    }
  }

  console.log(
    `\n${ROUNDS} rounds of ${SECONDS} s per row after ${WARM_SECONDS} s of warm-up, ${CONNECTIONS} connections, ` +
      `Node ${process.version}, ${load.stop()}\n`,
  );
  console.log('| path | req/s (median) | req/s (rounds) | p50 (ms) | p99 (ms) | errors |');
  console.log('|---|---:|---|---:|---:|---:|');
  for (const [name, rounds] of results) {
    const rates = rounds.map((result) => result.rps);
    console.log(
      `| ${name} | ${median(rates).toFixed(0)} | ${Math.min(...rates).toFixed(0)}–${Math.max(...rates).toFixed(0)} | ` +
        `${median(rounds.map((result) => result.p50)).toFixed(1)} | ${median(rounds.map((result) => result.p99)).toFixed(1)} | ` +
        `${rounds.reduce((sum, result) => sum + result.errors, 0)} |`,
    );
  }
  console.log('');
  verdict(
    pairs.flatMap(({ floor, route }) => {
      const rounds = ratios.get(route.name)!;
      // A failed request on either side makes the comparison meaningless.
      const errors = [floor, route]
        .flatMap((measured) => results.get(measured.name)!)
        .reduce((sum, result) => sum + result.errors, 0);
      return [
        {
          name: `${route.name} as a share of ${floor.name} (rounds ${rounds.map((value) => (100 * value).toFixed(0)).join(', ')})`,
          measured: Math.round(100 * median(rounds)),
          goal: 100 * GOAL,
          unit: '%',
          kind: 'at-least' as const,
        },
        { name: `${route.name} and its floor: failed requests`, measured: errors, goal: 0, unit: 'requests' },
      ];
    }),
  );
  const bareGet = median(results.get(pairs[0]!.floor.name)!.map((result) => result.rps));
  console.log(
    `(the bare server's read runs at ${((100 * bareGet) / median(results.get(rawGet.name)!.map((result) => result.rps))).toFixed(0)}% of raw GetItem)`,
  );
  dynamoDb.destroy();
} finally {
  await stop(bare.child);
  await stop(backend.child);
  rmSync(dataDir, { recursive: true, force: true });
}
