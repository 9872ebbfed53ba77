// `npm run job -- --list` lists the scheduled jobs; `npm run job -- <name> [--at <ISO date-time>]`
// fires one now on the running local backend (`npm start`), as if its schedule fired at that time.
// `npm run job -- evaluation --period 2026-Q3` fires the evaluation as on the day after the period.
import { parseArgs } from 'node:util';
import { runningBackend } from './config.ts';
import { cronerPattern, SCHEDULED_JOBS } from '../functions/schedules.ts';
import { firingDay } from '../functions/performance/evaluation-rules.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    list: { type: 'boolean' },
    at: { type: 'string' },
    period: { type: 'string' },
    port: { type: 'string' },
  },
});

if (values.list || positionals.length === 0) {
  for (const job of SCHEDULED_JOBS) {
    console.log(`${job.name.padEnd(26)} ${cronerPattern(job.cron).padEnd(12)} ${job.description}`);
  }
  console.log(
    `\n(cron fields: minute hour day month weekday, in ${process.env.TIME_ZONE ?? 'Asia/Shanghai'})`,
  );
  process.exit(positionals.length === 0 && !values.list ? 2 : 0);
}

const [name] = positionals;
if (!SCHEDULED_JOBS.some((job) => job.name === name)) {
  console.error(`No scheduled job ${name}; npm run job -- --list shows them.`);
  process.exit(2);
}
if (values.period !== undefined) {
  if (name !== 'evaluation' || !/^20\d\d(-Q[1-4]|-(0[1-9]|1[0-2]))?$/.test(values.period)) {
    console.error('--period goes with the evaluation job: 2026, 2026-Q3 or 2026-07');
    process.exit(2);
  }
  // Noon UTC of the firing day is that day in the department's time zone.
  values.at = `${firingDay(values.period)}T12:00:00Z`;
}
if (values.at !== undefined && Number.isNaN(Date.parse(values.at))) {
  console.error(`--at takes an ISO date-time, e.g. 2026-02-17T09:00:00+08:00`);
  process.exit(2);
}
const base = runningBackend(values.port);
const query = values.at ? `?at=${encodeURIComponent(values.at)}` : '';
let response: Response;
try {
  response = await fetch(`${base}/local/jobs/${encodeURIComponent(name!)}${query}`, { method: 'POST' });
} catch {
  console.error(`Nothing answers on ${base}: start the backend with npm start first.`);
  process.exit(1);
}
const body = await response.json();
console.log(JSON.stringify(body, null, 2));
process.exit(response.ok ? 0 : 1);
