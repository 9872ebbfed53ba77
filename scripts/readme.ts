// `npm run readme`: writes the parts of README.md that come from declarations (domain functions
// and their routes, event consumers, workflows, scheduled jobs, the test suite and the diagram);
// with `--check` fails when the committed README differs. Everything else in it is prose.
import { readdirSync, readFileSync } from 'node:fs';
import { EVENT_CONSUMERS } from '../functions/events.ts';
import { DOMAIN_FUNCTIONS } from '../functions/routes.ts';
import { cronerPattern, SCHEDULED_JOBS } from '../functions/schedules.ts';
import { ROLES } from '../functions/shared/roles.ts';
import { WORKFLOWS } from '../functions/workflows.ts';
import { PROPERTY_IDENTITIES, RUNS_PER_IDENTITY } from '../test/support/properties-plan.ts';
import { writeOrCheck } from './generated.ts';

const ROOT = new URL('../', import.meta.url);
const routes = DOMAIN_FUNCTIONS.flatMap((fn) => fn.operations);

/** The distinct first segments of a function's paths, as a reader finds them. */
const areas = (paths: string[]) =>
  [...new Set(paths.map((path) => `/${path.split('/')[1]}`))].map((area) => `\`${area}\``).join(', ');

const sections: Record<string, () => string> = {
  domains: () =>
    [
      '| function | routes | paths under |',
      '| --- | --- | --- |',
      ...DOMAIN_FUNCTIONS.map(
        (fn) =>
          `| ${fn.name} | ${fn.operations.length} | ${areas(fn.operations.map((operation) => operation.path))} |`,
      ),
      `| **all** | **${routes.length}** | |`,
    ].join('\n'),
  consumers: () =>
    [
      '| consumer | reacts to | what it does |',
      '| --- | --- | --- |',
      ...EVENT_CONSUMERS.map(
        (consumer) =>
          `| ${consumer.name} | ${consumer.events.map((event) => `\`${event.type}\``).join(', ')} | ${consumer.description} |`,
      ),
    ].join('\n'),
  workflows: () =>
    [
      '| workflow | definition | Task functions |',
      '| --- | --- | --- |',
      ...WORKFLOWS.map(
        (workflow) =>
          `| ${workflow.name} | [\`${workflow.definition}\`](${workflow.definition}) | ${[
            ...new Set(Object.values(workflow.tasks).map((task) => task.name)),
          ].join(', ')} |`,
      ),
    ].join('\n'),
  jobs: () =>
    [
      '| job | when (cron, department time) | what it does |',
      '| --- | --- | --- |',
      ...SCHEDULED_JOBS.map((job) => `| ${job.name} | \`${cronerPattern(job.cron)}\` | ${job.description} |`),
    ].join('\n'),
  tests: () => {
    const files = (folder: string): string[] =>
      readdirSync(new URL(folder, ROOT), { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? files(`${folder}${entry.name}/`)
          : entry.name.endsWith('.test.ts')
            ? [`${folder}${entry.name}`]
            : [],
      );
    const unit = [...files('test/unit/'), ...files('test/functions/'), ...files('test/infra/')];
    const integration = files('test/integration/');
    const e2e = files('test/e2e/');
    const identities = ROLES.length + PROPERTY_IDENTITIES.length;
    return [
      '| project | files | what it runs against |',
      '| --- | --- | --- |',
      `| unit | ${unit.length} | pure rules, handlers over aws-sdk-client-mock, the CDK stack with cdk-nag |`,
      `| integration | ${integration.length} | handlers over DynamoDB Local, the local event path, the local Step Functions engine and S3 store |`,
      `| e2e | ${e2e.length} | \`npm start\` as a newcomer runs it, over HTTP (${e2e.map((file) => `\`${file.split('/').at(-1)}\``).join(', ')}) |`,
      '',
      `The property test (\`test/e2e/api-properties.test.ts\`) calls each of the ${routes.length} operations as each of ${identities} identities (every role, ${PROPERTY_IDENTITIES.join(', ')}) ${RUNS_PER_IDENTITY} times: ${routes.length * identities * RUNS_PER_IDENTITY} requests with inputs generated from the OpenAPI document, seeded so a failure replays.`,
    ].join('\n');
  },
  diagram: () => {
    const list = (names: string[]) => names.join(', ');
    return [
      '```mermaid',
      'flowchart LR',
      '  client[API client or browser] -- "HTTPS + Cognito ID token" --> api[API Gateway HTTP API<br/>JWT authorizer]',
      `  api --> fns["${DOMAIN_FUNCTIONS.length} domain λs<br/>${list(DOMAIN_FUNCTIONS.map((fn) => fn.name))}"]`,
      '  links[emailed links] -- "single-use token" --> api',
      '  fns -- "one transaction: change + audit + event" --> table[(DynamoDB<br/>single table)]',
      '  table -- stream --> dispatcher[event-dispatcher λ] --> bus[EventBridge bus]',
      `  bus -- "one rule each" --> consumers["${EVENT_CONSUMERS.length} consumer λs<br/>${list(EVENT_CONSUMERS.map((consumer) => consumer.name))}"]`,
      '  consumers --> table',
      `  consumers -- "StartExecution, SendTaskSuccess" --> sfn["Step Functions<br/>${list(WORKFLOWS.map((workflow) => workflow.name))}"]`,
      '  sfn -- "Tasks, waitForTaskToken" --> tasks[workflow Task λs] --> table',
      `  scheduler[EventBridge Scheduler] --> jobs["${SCHEDULED_JOBS.length} job λs<br/>${list(SCHEDULED_JOBS.map((job) => job.name))}"] --> table`,
      '  consumers --> ses[SES] --> people[staff and customer contacts]',
      '  tasks --> ses',
      '  jobs --> ses',
      '  fns -- "presigned URLs" --> s3[(S3 documents)]',
      '  cognito[Cognito user pool<br/>group per role] -. issues tokens .-> client',
      '```',
    ].join('\n');
  },
};

const path = 'README.md';
let text = readFileSync(new URL(path, ROOT), 'utf8');
for (const [name, generate] of Object.entries(sections)) {
  const pattern = new RegExp(`(<!-- generated:${name} -->)[\\s\\S]*?(<!-- /generated:${name} -->)`);
  if (!pattern.test(text)) throw new Error(`README.md has no generated:${name} section`);
  text = text.replace(pattern, (_, open: string, close: string) => `${open}\n\n${generate()}\n\n${close}`);
}
await writeOrCheck(
  [{ path, text, parser: 'markdown' }],
  'readme',
  `${Object.keys(sections).length} sections`,
);
