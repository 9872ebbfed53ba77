// The monthly cost of one deployed stage at the department's volumes (`npm run cost`), at list
// prices. What the stack holds (functions and their memory and tracing, alarms, schedules, state
// machines) is read from the synthesized template and the code's declarations; what the department
// does is the volumes below, each turned into requests, events, emails and writes by the measured
// or counted activity of one unit of work. Prints the month line by line and fails above the goal;
// `--write` puts the table in docs/performance.md, `--check` fails when that table is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { App, NestedStack, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { EVENT_RETENTION_DAYS } from '../functions/shared/events.ts';
import { SalesDepartmentStack } from '../lib/sales-department-stack.ts';
import { readSettings } from '../lib/settings.ts';

export const GOAL_USD = 5;

/** What the department does in a month (issue: 50 people, 1,000 orders, 300 claims, 500 tickets). */
const VOLUMES = { orders: 1000, claims: 300, tickets: 500, repsEvaluated: 200, users: 50, workdays: 21 };

/**
 * One unit of work, counted from the flows the tests drive (docs/performance.md, "The cost of one
 * order"): API requests, events (each one dispatcher delivery and about 1.4 consumer runs),
 * emails, Step Functions transitions, workflow Task invocations, and items written (each written
 * in a transaction, so at twice the units, plus its index entries).
 */
const PER_UNIT = {
  // Quote to paid: quote, revision, send, accept, contract, the review's links, signing (12 requests,
  // 2-step contract review: 11 transitions, 5 events, 5 emails), then the order as measured: 8
  // requests, 13 transitions, 8 Tasks, 18 events, 8 emails; and three payments.
  orders: { requests: 23, events: 26, emails: 13, transitions: 24, tasks: 11, items: 70 },
  // Filed, a receipt, submitted, three links decided, paid: a 3-step review (15 transitions).
  claims: { requests: 10, events: 7, emails: 6, transitions: 15, tasks: 4, items: 25 },
  // Opened, routed, a visit, solved, rated; its timer ends at its next alarm (≈ 8 transitions).
  tickets: { requests: 7, events: 7, emails: 4, transitions: 8, tasks: 2, items: 22 },
  // Evaluated in its run, rated by five people by link, graded.
  repsEvaluated: { requests: 10, events: 7, emails: 6, transitions: 0, tasks: 0, items: 15 },
} as const;
/** Each person reads what they work on through the day. */
const READS_PER_USER_DAY = 60;
/** Item reads behind one read request (a resource with its file, a page of a list). */
const READ_UNITS_PER_REQUEST = 3;
/** Consumers per event on average (most events have one, a few two or three). */
const CONSUMERS_PER_EVENT = 1.4;
/** What a function does in one invocation, on average, at its memory. */
const SECONDS_PER_INVOCATION = 0.15;
/** Log bytes per invocation (START/END/REPORT and two or three JSON lines) and per access-log line. */
const LOG_BYTES_PER_INVOCATION = 1200;
const ACCESS_LOG_BYTES = 400;
/** An item with its index entries is about 1 KB; each index that holds it is written too. */
const INDEX_ENTRIES_PER_ITEM = 1.5;
/** What the table keeps: a year of records; events and their handled records for their TTL. */
const MONTHS_KEPT = 12;
/** Emails the daily jobs send (greetings, digests, reminders) on an ordinary day. */
const JOB_EMAILS_PER_DAY = 15;

/** us-east-1 list prices (USD), without free tiers. */
const PRICE = {
  apiRequest: 1.0 / 1e6,
  lambdaRequest: 0.2 / 1e6,
  lambdaGbSecondArm: 0.0000133334,
  writeUnit: 0.625 / 1e6,
  readUnit: 0.125 / 1e6,
  storageGbMonth: 0.25,
  transition: 0.025 / 1000,
  busEvent: 1.0 / 1e6,
  schedulerInvocation: 1.0 / 1e6,
  email: 0.1 / 1000,
  logIngestGb: 0.5,
  logStorageGbMonth: 0.03,
  customMetric: 0.3,
  alarmMetric: 0.1,
  trace: 5.0 / 1e6,
} as const;

type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>;

function synthesized(): Resources {
  const app = new App({
    context: {
      'aws:cdk:bundling-stacks': [],
      stage: 'prod',
      corsOrigins: 'https://crm.example.com',
      alarmEmail: 'ops@example.com',
    },
  });
  const stack = new SalesDepartmentStack(app, 'Cost', {
    settings: readSettings(app.node),
    env: { account: '123456789012', region: 'us-east-1' },
  });
  // The stack and its nested stack (the routes).
  const stacks = [stack, ...stack.node.findAll().filter((construct) => construct instanceof NestedStack)];
  return Object.assign(
    {},
    ...stacks.map(
      (each) => (Template.fromStack(each as Stack).toJSON() as { Resources: Resources }).Resources,
    ),
  ) as Resources;
}

/** Firings a month of a Scheduler cron expression: hourly, daily, monthly or twice a year. */
function firingsPerMonth(expression: string): number {
  const [, hour, dayOfMonth, month] = /cron\((\S+) (\S+) (\S+) (\S+)/.exec(expression)!.slice(1);
  const perDay = hour === '*' ? 24 : 1;
  const days = dayOfMonth === '*' || dayOfMonth === '?' ? 30 : 1;
  const months = month === '*' ? 1 : month!.split(',').length / 12;
  return perDay * days * months;
}

export function monthlyCost() {
  const resources = Object.values(synthesized());
  const of = (type: string) => resources.filter((resource) => resource.Type === type);
  const functions = of('AWS::Lambda::Function');
  const memoryGb =
    functions.reduce((sum, fn) => sum + Number(fn.Properties.MemorySize ?? 128), 0) / functions.length / 1024;
  const traced = functions.filter(
    (fn) => (fn.Properties.TracingConfig as { Mode?: string } | undefined)?.Mode === 'Active',
  ).length;
  const alarms = of('AWS::CloudWatch::Alarm').reduce(
    (sum, alarm) => sum + ((alarm.Properties.Metrics as unknown[] | undefined)?.length ?? 1),
    0,
  );
  // A metric that AWS does not publish itself is custom, billed monthly.
  const customMetrics = new Set(
    of('AWS::CloudWatch::Alarm')
      .filter((alarm) => !String(alarm.Properties.Namespace).startsWith('AWS/'))
      .map((alarm) => JSON.stringify([alarm.Properties.Namespace, alarm.Properties.MetricName])),
  ).size;
  const firings = of('AWS::Scheduler::Schedule').reduce(
    (sum, schedule) => sum + firingsPerMonth(String(schedule.Properties.ScheduleExpression)),
    0,
  );

  const units = Object.entries(PER_UNIT).map(([name, activity]) => ({
    count: VOLUMES[name as keyof typeof PER_UNIT],
    activity,
  }));
  const total = (key: keyof (typeof PER_UNIT)['orders']) =>
    units.reduce((sum, unit) => sum + unit.count * unit.activity[key], 0);
  const reads = VOLUMES.users * VOLUMES.workdays * READS_PER_USER_DAY;
  const requests = total('requests') + reads;
  const events = total('events');
  const invocations = requests + events * (1 + CONSUMERS_PER_EVENT) + total('tasks') + firings; // API, dispatcher, consumers, Tasks, jobs
  const emails = total('emails') + JOB_EMAILS_PER_DAY * 30;
  // Each item written: twice in a transaction, its index entries once; events and handled records too.
  const itemsWritten = total('items') + events * (1 + CONSUMERS_PER_EVENT);
  const writeUnits = itemsWritten * (2 + INDEX_ENTRIES_PER_ITEM);
  const readUnits = reads * READ_UNITS_PER_REQUEST + events * CONSUMERS_PER_EVENT * 2;
  const eventMonths = EVENT_RETENTION_DAYS / 30;
  const storedGb =
    ((total('items') * MONTHS_KEPT + events * (1 + CONSUMERS_PER_EVENT) * eventMonths) *
      (1 + INDEX_ENTRIES_PER_ITEM)) /
    1e6;
  const logGb = (invocations * LOG_BYTES_PER_INVOCATION + requests * ACCESS_LOG_BYTES) / 1e9;
  const tracedInvocations = (invocations * traced) / functions.length;

  const lines: [string, string, number][] = [
    ['API Gateway (HTTP API)', `${fmt(requests)} requests`, requests * PRICE.apiRequest],
    [
      'Lambda',
      `${fmt(invocations)} invocations × ${SECONDS_PER_INVOCATION} s at ${memoryGb.toFixed(2)} GB (arm64)`,
      invocations * PRICE.lambdaRequest +
        invocations * SECONDS_PER_INVOCATION * memoryGb * PRICE.lambdaGbSecondArm,
    ],
    [
      'DynamoDB (on demand)',
      `${fmt(writeUnits)} write units, ${fmt(readUnits)} read units, ${storedGb.toFixed(2)} GB kept`,
      writeUnits * PRICE.writeUnit + readUnits * PRICE.readUnit + storedGb * PRICE.storageGbMonth,
    ],
    [
      'Step Functions (Standard)',
      `${fmt(total('transitions'))} state transitions`,
      total('transitions') * PRICE.transition,
    ],
    [
      'EventBridge (bus, Scheduler)',
      `${fmt(events)} events, ${fmt(firings)} schedule firings`,
      events * PRICE.busEvent + firings * PRICE.schedulerInvocation,
    ],
    ['SES', `${fmt(emails)} emails`, emails * PRICE.email],
    [
      'CloudWatch Logs',
      `${logGb.toFixed(2)} GB ingested (kept 30 days)`,
      logGb * PRICE.logIngestGb + logGb * PRICE.logStorageGbMonth,
    ],
    [
      'CloudWatch metrics and alarms',
      `${customMetrics} custom metrics, ${alarms} alarm metrics`,
      customMetrics * PRICE.customMetric + alarms * PRICE.alarmMetric,
    ],
    [
      'X-Ray',
      `${fmt(tracedInvocations)} traces (${traced} of ${functions.length} functions traced)`,
      tracedInvocations * PRICE.trace,
    ],
  ];
  return { lines, total: lines.reduce((sum, line) => sum + line[2], 0) };
}

const fmt = (value: number) => Math.round(value).toLocaleString('en-US');

function table(cost: ReturnType<typeof monthlyCost>): string {
  return [
    '| part | what a month holds | USD |',
    '| --- | --- | ---: |',
    ...cost.lines.map(([part, what, usd]) => `| ${part} | ${what} | ${usd.toFixed(2)} |`),
    `| **total** | goal: under $${GOAL_USD} | **${cost.total.toFixed(2)}** |`,
  ].join('\n');
}

const DOC = new URL('../docs/performance.md', import.meta.url);
const START = '<!-- cost:start -->';
const END = '<!-- cost:end -->';

if (import.meta.url === `file://${process.argv[1]}`) {
  const cost = monthlyCost();
  const text = table(cost);
  const doc = readFileSync(DOC, 'utf8');
  const updated = await format(
    `${doc.slice(0, doc.indexOf(START) + START.length)}\n\n${text}\n\n${doc.slice(doc.indexOf(END))}`,
    { ...(await resolveConfig(DOC.pathname)), parser: 'markdown' },
  );
  if (process.argv.includes('--check')) {
    if (updated !== doc) {
      console.error('docs/performance.md: the monthly cost is stale: run npm run cost -- --write');
      process.exit(1);
    }
    console.log(`docs/performance.md's monthly cost is current ($${cost.total.toFixed(2)})`);
  } else {
    console.log(text);
    if (process.argv.includes('--write')) writeFileSync(DOC, updated);
    if (cost.total > GOAL_USD) {
      console.error(`$${cost.total.toFixed(2)} a month is over the goal of $${GOAL_USD}`);
      process.exit(1);
    }
  }
}
