// `npm start`: the whole backend on this machine, with demo data. Ctrl-C stops everything it started.
import './function-environment.ts';
import { DEMO_EMPLOYEES } from './demo-data.ts';
import { DATA_DIR, ensureDataDir } from './config.ts';
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
const memory = process.env.DATA_DIR === ':memory:';
const backend = await startLocalBackend({
  port: Number(process.env.PORT ?? 3000),
  dataDir: memory ? undefined : ensureDataDir(),
  seed: process.env.SEED !== 'false',
  schedules: process.env.SCHEDULES !== 'false',
  log: process.env.QUIET ? undefined : (line) => console.log(line),
});
running.backend = backend;

console.log(`
sales-department is running (${Math.round(performance.now() - started)} ms)
  API            ${backend.url}
  API reference  ${backend.url}/docs
  OpenAPI        ${backend.url}/openapi.json
  Health         ${backend.url}/health
  SES inbox      ${backend.sesInboxUrl}   (every email sent; JSON at /store)
  Schedules      ${backend.scheduler
    .nextRuns()
    .map((run) => `${run.name} ${run.next}`)
    .join('\n                 ')}
                 npm run job -- --list   |   npm run job -- <name> [--at <ISO date-time>]
  Step Functions ${backend.stepFunctionsUrl}   (contract review runs here)
  Event bus      ${backend.eventBusUrl}   (the table's stream → dispatcher → bus → consumers)
  DynamoDB Local ${backend.dynamoDbEndpoint}${memory ? ' (in memory)' : ` (data in ${DATA_DIR})`}
  Demo data      ${backend.seeded ? 'loaded now' : 'already present'}: ${DEMO_EMPLOYEES.length} employees
  Tokens         npm run --silent token -- <email>   or   npm run --silent token -- --role sales_rep
Ctrl-C stops everything.`);
console.log(`listening on ${backend.url}`);
