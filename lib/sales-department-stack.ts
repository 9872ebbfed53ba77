import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { DOMAIN_FUNCTIONS } from '../functions/routes.ts';
import { SCHEDULED_JOBS } from '../functions/schedules.ts';
import { WORKFLOWS } from '../functions/workflows.ts';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Api } from './api.ts';
import { Auth } from './auth.ts';
import { DomainLambda } from './domain-function.ts';
import { EmailSending } from './email.ts';
import { Monitoring } from './monitoring.ts';
import { Schedules } from './schedules.ts';
import type { Settings } from './settings.ts';
import { SalesTable } from './table.ts';
import { Workflows } from './workflows.ts';

/** Runtime files some functions read, copied beside their bundle. */
const FUNCTION_ASSETS: Record<string, { environment: Record<string, string>; assets: [string, string][] }> = {
  platform: {
    environment: { DOCS_ASSETS_DIR: '/var/task/swagger-ui' },
    assets: [
      ['node_modules/swagger-ui-dist/swagger-ui.css', 'swagger-ui/swagger-ui.css'],
      ['node_modules/swagger-ui-dist/swagger-ui-bundle.js', 'swagger-ui/swagger-ui-bundle.js'],
    ],
  },
};

/** The whole sales-department backend: table, identity, functions, HTTP API, schedules, email and alarms. */
export class SalesDepartmentStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps & { settings: Settings }) {
    super(scope, id, props);
    const { settings } = props;
    const data = new SalesTable(this, 'Data', { tableName: `sales-department-${settings.stage}` });
    const { table } = data;
    const auth = new Auth(this, 'Auth', { stage: settings.stage });

    // What every function is told; the settings JSON is only set when a deployment overrides it.
    const environment = {
      TABLE_NAME: table.tableName,
      POWERTOOLS_METRICS_NAMESPACE: 'SalesDepartment',
      POWERTOOLS_LOG_LEVEL: 'INFO',
      SENDER_ADDRESS: settings.senderAddress,
      TIME_ZONE: settings.timeZone,
      ...(settings.classification ? { CLASSIFICATION_SETTINGS: settings.classification } : {}),
      ...(settings.care ? { CARE_SETTINGS: settings.care } : {}),
      ...(settings.approvals ? { APPROVAL_SETTINGS: settings.approvals } : {}),
    };
    const lambda = (definition: { name: string; entry: string }, extra: Record<string, string> = {}) =>
      new DomainLambda(this, `${definition.name}Function`, {
        definition,
        stage: settings.stage,
        logRetentionDays: settings.logRetentionDays,
        environment: { ...environment, ...FUNCTION_ASSETS[definition.name]?.environment, ...extra },
        assets: FUNCTION_ASSETS[definition.name]?.assets,
      }).fn;

    const email = new EmailSending(this, 'Email', { senderAddress: settings.senderAddress });
    // The functions workflows' Task states call (one per task, shared across workflows).
    const taskFunctions = new Map<string, IFunction>();
    for (const task of WORKFLOWS.flatMap((workflow) => Object.values(workflow.tasks))) {
      if (taskFunctions.has(task.name)) continue;
      const fn = lambda(task);
      data.grantItemAccess(fn, 'read-write');
      if (task.sendsEmail) email.grantSend(fn);
      taskFunctions.set(task.name, fn);
    }
    const workflows = new Workflows(this, 'Workflows', {
      stage: settings.stage,
      logRetentionDays: settings.logRetentionDays,
      workflows: WORKFLOWS,
      taskFunction: (name) => taskFunctions.get(name)!,
    });

    const functions = DOMAIN_FUNCTIONS.map((definition) => {
      const started = WORKFLOWS.filter((workflow) => definition.startsWorkflows?.includes(workflow.name));
      const fn = lambda(definition, {
        ...Object.fromEntries(
          started.map((workflow) => [
            workflow.arnVariable,
            workflows.machines.get(workflow.name)!.stateMachineArn,
          ]),
        ),
        ...(definition.verifiesTokens
          ? {
              JWT_ISSUER: auth.issuerUrl,
              JWT_AUDIENCE: auth.client.userPoolClientId,
              JWKS_URL: `${auth.issuerUrl}/.well-known/jwks.json`,
            }
          : {}),
      });
      data.grantItemAccess(fn, definition.writes ? 'read-write' : 'read');
      if (definition.sendsEmail) email.grantSend(fn);
      for (const workflow of started) workflows.machines.get(workflow.name)!.grantStartExecution(fn);
      if (definition.resumesWorkflows)
        for (const machine of workflows.machines.values()) machine.grantTaskResponse(fn);
      return { definition, fn, name: definition.name };
    });

    const api = new Api(this, 'Api', {
      stage: settings.stage,
      issuerUrl: auth.issuerUrl,
      audience: auth.client.userPoolClientId,
      corsOrigins: settings.corsOrigins,
      logRetentionDays: settings.logRetentionDays,
      rateLimit: settings.apiRateLimit,
      functions,
    });

    const jobs = SCHEDULED_JOBS.map((job) => {
      // Links in emails point at the API.
      const fn = lambda(job, { PUBLIC_API_URL: api.httpApi.apiEndpoint });
      data.grantItemAccess(fn, 'read-write');
      if (job.sendsEmail) email.grantSend(fn);
      return { job, fn, name: job.name };
    });
    new Schedules(this, 'Schedules', { stage: settings.stage, timeZone: settings.timeZone, jobs });
    new Monitoring(this, 'Monitoring', {
      api: api.httpApi,
      functions: [...functions, ...jobs, ...[...taskFunctions].map(([name, fn]) => ({ name, fn }))],
    });

    new CfnOutput(this, 'ApiUrl', { value: api.httpApi.apiEndpoint });
    new CfnOutput(this, 'UserPoolId', { value: auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: auth.client.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: table.tableName });
  }
}
