// `npm run bench:bundles`: each function's bundle size, module init time and memory after init on
// Node 24, beside a floor bundle that holds only the AWS clients it needs (DynamoDB; with SES v2 for
// functions that send email, Step Functions for those that start or resume workflows, EventBridge
// for those that publish to the bus, S3 for those that keep documents), each making the calls the
// project makes with it. Bundling options are the CDK stack's own (lib/bundle.ts), source maps
// included, and each import runs with --enable-source-maps, as the deployed functions do.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_CONSUMERS } from '../functions/events.ts';
import { DOMAIN_FUNCTIONS } from '../functions/routes.ts';
import { SCHEDULED_JOBS } from '../functions/schedules.ts';
import { WORKFLOWS } from '../functions/workflows.ts';
import { type BundleSource, bundleAsDeployed } from '../lib/bundle.ts';
import { machineLoad, median, verdict } from './goals.ts';
import { FUNCTION_MEMORY_MB } from '../lib/domain-function.ts';

const RUNS = Number(process.env.RUNS ?? 15);
/** Each function within 1.2 times its floor, in what is deployed (the bundle and its map) and in init. */
const GOAL = 1.2;
/** A third of the memory the stack gives a function: init leaves the work room. */
const MEMORY_AFTER_INIT_MB = FUNCTION_MEMORY_MB / 3;
const load = machineLoad();
const out = mkdtempSync(join(tmpdir(), 'bundles-'));

const bundle = (name: string, source: BundleSource) => bundleAsDeployed(source, join(out, name, 'index.mjs'));

/**
 * Wall time of importing a bundle in a fresh Node process, as a cold start does, and the process's
 * resident memory (what Lambda reports as memory used) once it has.
 */
function importOnce(file: string): { ms: number; rssMb: number } {
  const script = `const t=performance.now();await import(${JSON.stringify(file)});console.log(JSON.stringify({ms:performance.now()-t,rssMb:process.memoryUsage().rss/1048576}))`;
  return JSON.parse(
    execFileSync(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', script], {
      env: { ...process.env, TABLE_NAME: 'bench', AWS_REGION: 'ap-east-1', DOCS_ASSETS_DIR: out },
    }).toString(),
  ) as { ms: number; rssMb: number };
}

type Subject = { name: string } & (
  { entry: string; floor: string } | { contents: string; floor?: undefined }
);

interface Needs {
  sendsEmail?: boolean;
  startsWorkflows?: string[];
  resumesWorkflows?: boolean;
  publishesEvents?: boolean;
  storesDocuments?: string;
  readsDocuments?: string;
}

/**
 * The floors: a handler holding only the AWS clients a function needs, each making the calls the
 * project makes with it (DynamoDB: get, query, batch get, transaction; SES v2: send; Step
 * Functions: start, task success and failure; EventBridge: put events; S3: get, put, presign).
 */
const CLIENTS = {
  dynamodb: {
    label: 'DynamoDB',
    source: `import { BatchGetItemCommand, DynamoDBClient, GetItemCommand, QueryCommand, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
const dynamodb = new DynamoDBClient({});
export const dynamodbCalls = (id: string) => [
  dynamodb.send(new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: { pk: { S: id }, sk: { S: 'X' } } })),
  dynamodb.send(new QueryCommand({ TableName: process.env.TABLE_NAME, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: id } } })),
  dynamodb.send(new BatchGetItemCommand({ RequestItems: { [process.env.TABLE_NAME!]: { Keys: [{ pk: { S: id }, sk: { S: 'X' } }] } } })),
  dynamodb.send(new TransactWriteItemsCommand({ TransactItems: [{ Put: { TableName: process.env.TABLE_NAME, Item: { pk: { S: id }, sk: { S: 'X' } } } }] })),
];`,
  },
  ses: {
    label: 'SES v2',
    source: `import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
const ses = new SESv2Client({});
export const sesCalls = (id: string) => [ses.send(new SendEmailCommand({ FromEmailAddress: id, Destination: { ToAddresses: [id] }, Content: { Simple: { Subject: { Data: id }, Body: { Text: { Data: id } } } } }))];`,
  },
  sfn: {
    label: 'Step Functions',
    source: `import { SendTaskFailureCommand, SendTaskSuccessCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
const sfn = new SFNClient({});
export const sfnCalls = (id: string) => [
  sfn.send(new StartExecutionCommand({ stateMachineArn: id, input: '{}' })),
  sfn.send(new SendTaskSuccessCommand({ taskToken: id, output: '{}' })),
  sfn.send(new SendTaskFailureCommand({ taskToken: id })),
];`,
  },
  events: {
    label: 'EventBridge',
    source: `import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
const events = new EventBridgeClient({});
export const eventsCalls = (id: string) => [events.send(new PutEventsCommand({ Entries: [{ Source: id, DetailType: id, Detail: '{}' }] }))];`,
  },
  s3: {
    label: 'S3',
    source: `import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
const s3 = new S3Client({});
export const s3Calls = (id: string) => [
  s3.send(new GetObjectCommand({ Bucket: id, Key: id })),
  s3.send(new PutObjectCommand({ Bucket: id, Key: id, Body: id })),
  getSignedUrl(s3, new GetObjectCommand({ Bucket: id, Key: id })),
];`,
  },
};
type Client = keyof typeof CLIENTS;

const clientsOf = (needs: Needs): Client[] => [
  'dynamodb',
  ...(needs.sendsEmail ? (['ses'] as const) : []),
  ...(needs.startsWorkflows?.length || needs.resumesWorkflows ? (['sfn'] as const) : []),
  ...(needs.publishesEvents ? (['events'] as const) : []),
  ...(needs.storesDocuments || needs.readsDocuments ? (['s3'] as const) : []),
];
const floorName = (clients: Client[]) =>
  `floor: ${clients.map((client) => CLIENTS[client].label).join(' + ')} client${clients.length > 1 ? 's' : ''}`;
/** The floor's handler, one module: the clients' code inlined, as a bundle inlines it. */
const floorSource = (clients: Client[]) =>
  [
    ...clients.map((client) => CLIENTS[client].source),
    `export const handler = async (event: { id: string }) => Promise.all([${clients.map((client) => `...${client}Calls(event.id)`).join(', ')}]);`,
  ].join('\n');

const workflowTasks = [
  ...new Map(
    WORKFLOWS.flatMap((workflow) => Object.values(workflow.tasks)).map((task) => [task.name, task]),
  ).values(),
];
const functions: (Needs & { name: string; entry: string })[] = [
  { name: 'event dispatcher', entry: 'functions/events/dispatcher.ts', publishesEvents: true },
  { name: 'event failure record', entry: 'functions/events/failures.ts' },
  ...EVENT_CONSUMERS.map((consumer) => ({ ...consumer, name: `consumer: ${consumer.name}` })),
  ...DOMAIN_FUNCTIONS,
  ...SCHEDULED_JOBS.map((job) => ({ ...job, name: `job: ${job.name}` })),
  ...workflowTasks.map((task) => ({ ...task, name: `workflow task: ${task.name}` })),
];
const floors = new Map(functions.map((fn) => [floorName(clientsOf(fn)), clientsOf(fn)]));
const subjects: Subject[] = [
  ...[...floors].map(([name, clients]) => ({ name, contents: floorSource(clients) })),
  ...functions.map((fn) => ({ name: fn.name, entry: fn.entry, floor: floorName(clientsOf(fn)) })),
];

const files = new Map<string, string>();
for (const subject of subjects)
  files.set(subject.name, await bundle(subject.name.replace(/\W+/g, '-'), subject));
// Rounds interleave the bundles, so a busy moment on the machine weighs on all of them alike.
const samples = new Map(subjects.map((subject) => [subject.name, [] as { ms: number; rssMb: number }[]]));
for (let round = 0; round < RUNS; round++) {
  for (const subject of subjects) samples.get(subject.name)!.push(importOnce(files.get(subject.name)!));
}
// What is deployed: the bundle and the source map beside it.
const sizeOf = (name: string) => statSync(files.get(name)!).size + statSync(`${files.get(name)!}.map`).size;
const initOf = (name: string) => median(samples.get(name)!.map((sample) => sample.ms));
const memoryOf = (name: string) => Math.max(...samples.get(name)!.map((sample) => sample.rssMb));
const rows = subjects.map((subject) => ({
  function: subject.name,
  kB: sizeOf(subject.name) / 1024,
  initMs: initOf(subject.name),
  rssMb: memoryOf(subject.name),
  sizeRatio: subject.floor ? sizeOf(subject.name) / sizeOf(subject.floor) : 1,
  initRatio: subject.floor ? initOf(subject.name) / initOf(subject.floor) : 1,
}));
rmSync(out, { recursive: true, force: true });

console.log(`Node ${process.version}, ${RUNS} cold imports each (median), ${load.stop()}\n`);
console.log(
  '| function | bundle and map (kB) | init (ms) | memory after init (MB) | size / floor | init / floor |',
);
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of rows) {
  console.log(
    `| ${row.function} | ${row.kB.toFixed(1)} | ${row.initMs.toFixed(1)} | ${row.rssMb.toFixed(0)} | ${row.sizeRatio.toFixed(2)} | ${row.initRatio.toFixed(2)} |`,
  );
}
const over = (ratio: (row: (typeof rows)[number]) => number) =>
  rows.filter((row) => ratio(row) > GOAL).map((row) => `${row.function} ${ratio(row).toFixed(2)}×`);
for (const [what, names] of [
  ['size', over((row) => row.sizeRatio)],
  ['init', over((row) => row.initRatio)],
] as const)
  if (names.length) console.log(`\nOver ${GOAL}× the floor in ${what}: ${names.join(', ')}.`);
verdict([
  {
    name: `functions over ${GOAL}× their floor in size (bundle and map)`,
    measured: over((row) => row.sizeRatio).length,
    goal: 0,
    unit: `of ${functions.length}`,
  },
  {
    name: `functions over ${GOAL}× their floor in init`,
    measured: over((row) => row.initRatio).length,
    goal: 0,
    unit: `of ${functions.length}`,
  },
  {
    name: 'memory after init, the largest',
    measured: Math.round(Math.max(...rows.map((row) => row.rssMb))),
    goal: MEMORY_AFTER_INIT_MB,
    unit: 'MB',
  },
]);
