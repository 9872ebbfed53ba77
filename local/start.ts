// `npm start`: the whole backend on this machine, with demo data. Ctrl-C stops everything it started.
import './function-environment.ts';
import { DEMO_EMPLOYEES } from './demo-data.ts';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, ensureDataDir, IN_MEMORY, RUNTIME_FILE, SES_PORT, SIGN_IN_PORT } from './config.ts';
import { type LocalBackend, startLocalBackend } from './backend.ts';

// Filled in once started; a signal before that still stops what has started.
const running: { backend?: LocalBackend } = {};
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping…');
    // Still starting: exiting runs the emulators' exit hooks, which stop them.
    if (!running.backend) process.exit(130);
    running.backend.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}

const started = performance.now();
const memory = IN_MEMORY;
const backend = await startLocalBackend({
  port: Number(process.env.PORT ?? 3000),
  dataDir: memory ? undefined : ensureDataDir(),
  keyDir: ensureDataDir(),
  sesPort: SES_PORT,
  signInPort: SIGN_IN_PORT,
  seed: process.env.SEED !== 'false',
  schedules: process.env.SCHEDULES !== 'false',
  log: process.env.QUIET ? undefined : (line) => console.log(line),
});
running.backend = backend;
// `npm run job` finds the runtime here, whatever port it listens on.
const runtimeFile = join(ensureDataDir(), RUNTIME_FILE);
writeFileSync(
  runtimeFile,
  JSON.stringify({ url: backend.url, signInUrl: backend.signInUrl, pid: process.pid }),
);
process.on('exit', () => rmSync(runtimeFile, { force: true }));
const zone = process.env.TIME_ZONE!;
/** A schedule's next firing in the department's time zone, as people there read it. */
const local = (iso: string | undefined) =>
  iso ? `${new Date(iso).toLocaleString('sv-SE', { timeZone: zone }).slice(0, 16)} ${zone}` : 'not scheduled';

console.log(`
sales-department is running (${Math.round(performance.now() - started)} ms)
  API            ${backend.url}
  API reference  ${backend.url}/docs
  OpenAPI        ${backend.url}/openapi.json
  Health         ${backend.url}/health
  SES inbox      ${backend.sesInboxUrl}   (every email sent; JSON at /store; ${memory ? 'in memory: emptied when this stops' : 'kept across restarts'})
  S3 store       ${backend.s3Url}   (bucket ${process.env.DOCUMENTS_BUCKET}: claims' receipts, the archive)
  Schedules      ${backend.scheduler
    .nextRuns()
    .map((run) => `${run.name.padEnd(24)} next ${local(run.next)}`)
    .join('\n                 ')}
                 npm run job -- --list   |   npm run job -- <name> [--at <ISO date-time>]
  Step Functions ${backend.stepFunctionsUrl}   (contract and quote reviews run here)
  Event bus      ${backend.eventBusUrl}   (the table's stream → dispatcher → bus → consumers)
  DynamoDB Local ${backend.dynamoDbEndpoint}${memory ? ' (in memory)' : ` (data in ${DATA_DIR})`}
  Demo data      ${backend.seeded ? 'loaded now' : 'already present'}: ${DEMO_EMPLOYEES.length} employees
  Sign-in        ${backend.signInUrl}   (the report page and npm run login sign in here: a demo email, no password)
  Tokens         npm run --silent token -- <email>   or   npm run --silent token -- --role sales_rep
                 (signed with the key in ${DATA_DIR}; a token from another checkout is refused)
Ctrl-C stops everything.`);
console.log(`listening on ${backend.url}`);
