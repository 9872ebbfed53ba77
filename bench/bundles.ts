// `npm run bench:bundles`: each function's bundle size and module init time on Node 24, beside a
// floor bundle that holds only the AWS clients it needs (DynamoDB; with SES v2 for functions that
// send email; with Step Functions for those that start or resume workflows; with EventBridge for
// those that publish to the bus). Bundling options are the CDK stack's own, source maps included, and
// each import runs with --enable-source-maps, as the deployed functions do.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { EVENT_CONSUMERS } from '../functions/events.ts';
import { DOMAIN_FUNCTIONS } from '../functions/routes.ts';
import { SCHEDULED_JOBS } from '../functions/schedules.ts';
import { WORKFLOWS } from '../functions/workflows.ts';
import { BUNDLING, ROOT } from '../lib/domain-function.ts';

const RUNS = Number(process.env.RUNS ?? 15);
/** Each function within 1.2 times its floor, in what is deployed (the bundle and its map) and in init. */
const GOAL = 1.2;
const out = mkdtempSync(join(tmpdir(), 'bundles-'));

async function bundle(name: string, entry: string): Promise<string> {
  const outfile = join(out, name, 'index.mjs');
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: BUNDLING.target,
    minify: BUNDLING.minify,
    sourcemap: BUNDLING.sourceMap,
    sourcesContent: BUNDLING.sourcesContent,
    mainFields: BUNDLING.mainFields,
    banner: { js: BUNDLING.banner },
    logLevel: 'error',
  });
  return outfile;
}

/** Wall time of importing a bundle in a fresh Node process, as a cold start does. */
function importTime(file: string): number {
  const script = `const t=performance.now();await import(${JSON.stringify(file)});console.log(performance.now()-t)`;
  return Number(
    execFileSync(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', script], {
      env: { ...process.env, TABLE_NAME: 'bench', AWS_REGION: 'ap-east-1', DOCS_ASSETS_DIR: out },
    }).toString(),
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Subject {
  name: string;
  entry: string;
  /** The floor it is compared with; none for a floor. */
  floor?: string;
}

const FLOOR = 'floor: DynamoDB client only';
const EMAIL_FLOOR = 'floor: DynamoDB + SES v2 clients';
const WORKFLOW_FLOOR = 'floor: DynamoDB + Step Functions clients';
const EVENTS_FLOOR = 'floor: DynamoDB + EventBridge clients';
const EMAIL_WORKFLOW_FLOOR = 'floor: DynamoDB + SES v2 + Step Functions clients';
/** Each function compares with the floor of the AWS clients it needs. */
const floorOf = (needs: {
  sendsEmail?: boolean;
  startsWorkflows?: string[];
  resumesWorkflows?: boolean;
  publishesEvents?: boolean;
}) =>
  needs.publishesEvents
    ? EVENTS_FLOOR
    : needs.startsWorkflows?.length || needs.resumesWorkflows
      ? needs.sendsEmail
        ? EMAIL_WORKFLOW_FLOOR
        : WORKFLOW_FLOOR
      : needs.sendsEmail
        ? EMAIL_FLOOR
        : FLOOR;
const workflowTasks = [
  ...new Map(
    WORKFLOWS.flatMap((workflow) => Object.values(workflow.tasks)).map((task) => [task.name, task]),
  ).values(),
];
const subjects: Subject[] = [
  { name: FLOOR, entry: 'bench/floor-handler.ts' },
  { name: EMAIL_FLOOR, entry: 'bench/floor-email-handler.ts' },
  { name: WORKFLOW_FLOOR, entry: 'bench/floor-workflow-handler.ts' },
  { name: EVENTS_FLOOR, entry: 'bench/floor-events-handler.ts' },
  { name: EMAIL_WORKFLOW_FLOOR, entry: 'bench/floor-email-workflow-handler.ts' },
  { name: 'event dispatcher', entry: 'functions/events/dispatcher.ts', floor: EVENTS_FLOOR },
  { name: 'event failure record', entry: 'functions/events/failures.ts', floor: FLOOR },
  ...EVENT_CONSUMERS.map((consumer) => ({
    name: `consumer: ${consumer.name}`,
    entry: consumer.entry,
    floor: floorOf(consumer),
  })),
  ...DOMAIN_FUNCTIONS.map((fn) => ({ name: fn.name, entry: fn.entry, floor: floorOf(fn) })),
  ...SCHEDULED_JOBS.map((job) => ({ name: `job: ${job.name}`, entry: job.entry, floor: floorOf(job) })),
  ...workflowTasks.map((task) => ({
    name: `workflow task: ${task.name}`,
    entry: task.entry,
    floor: floorOf(task),
  })),
];

const files = new Map<string, string>();
for (const subject of subjects)
  files.set(subject.name, await bundle(subject.name.replace(/\W+/g, '-'), subject.entry));
// Rounds interleave the bundles, so a busy moment on the machine weighs on all of them alike.
const samples = new Map(subjects.map((subject) => [subject.name, [] as number[]]));
for (let round = 0; round < RUNS; round++) {
  for (const subject of subjects) samples.get(subject.name)!.push(importTime(files.get(subject.name)!));
}
// What is deployed: the bundle and the source map beside it.
const sizeOf = (name: string) => statSync(files.get(name)!).size + statSync(`${files.get(name)!}.map`).size;
const initOf = (name: string) => median(samples.get(name)!);
const rows = subjects.map((subject) => ({
  function: subject.name,
  kB: sizeOf(subject.name) / 1024,
  initMs: initOf(subject.name),
  sizeRatio: subject.floor ? sizeOf(subject.name) / sizeOf(subject.floor) : 1,
  initRatio: subject.floor ? initOf(subject.name) / initOf(subject.floor) : 1,
}));
const failed = rows.some((row) => row.sizeRatio > GOAL || row.initRatio > GOAL);
rmSync(out, { recursive: true, force: true });

console.log(`Node ${process.version}, ${RUNS} cold imports each (median)\n`);
console.log('| function | bundle and map (kB) | init (ms) | size / floor | init / floor |');
console.log('|---|---:|---:|---:|---:|');
for (const row of rows) {
  console.log(
    `| ${row.function} | ${row.kB.toFixed(1)} | ${row.initMs.toFixed(1)} | ${row.sizeRatio.toFixed(2)} | ${row.initRatio.toFixed(2)} |`,
  );
}
const over = rows.filter((row) => row.sizeRatio > GOAL || row.initRatio > GOAL).map((row) => row.function);
console.log(
  failed
    ? `\nOver ${GOAL} times the floor: ${over.join(', ')}.`
    : `\nEvery function is within ${GOAL} times the floor.`,
);
process.exitCode = failed ? 1 : 0;
