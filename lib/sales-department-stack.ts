import { nagArnPrefix } from './nag.ts';
import { Documents } from './documents.ts';
import { type CfnElement, CfnOutput, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { FUNCTION_DATA } from '../functions/data-access.ts';
import { EVENT_CONSUMERS } from '../functions/events.ts';
import { DOMAIN_FUNCTIONS } from '../functions/routes.ts';
import { JOB_TIMEOUT_SECONDS, SCHEDULED_JOBS } from '../functions/schedules.ts';
import { ATTACHMENT_PREFIX, INBOUND_PREFIX } from '../functions/service/inbound-model.ts';
import { InboundMail } from './inbound.ts';
import { WORKFLOWS } from '../functions/workflows.ts';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Api } from './api.ts';
import { Auth } from './auth.ts';
import { DomainLambda, FUNCTION_TIMEOUTS } from './domain-function.ts';
import { EventPath } from './events.ts';
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
  // The font of the archived quotations' and contracts' PDFs (Noto Sans SC, SIL Open Font License).
  'archive-events': {
    environment: { PDF_FONTS_DIR: '/var/task/fonts' },
    assets: [
      [
        'node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
        'fonts/NotoSansSC_400Regular.ttf',
      ],
    ],
  },
  reports: {
    environment: {
      REPORT_ASSETS_DIR: '/var/task/chart.js',
      SIGN_IN_LIBRARY: '/var/task/oauth4webapi/index.js',
    },
    assets: [
      ['node_modules/chart.js/dist/chart.umd.min.js', 'chart.js/chart.umd.min.js'],
      ['node_modules/oauth4webapi/build/index.js', 'oauth4webapi/index.js'],
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
    const auth = new Auth(this, 'Auth', {
      stage: settings.stage,
      senderAddress: settings.senderAddress,
      userPoolEmail: settings.userPoolEmail,
      domainPrefix: settings.signInDomainPrefix,
    });

    // What every function is told; the settings JSON is only set when a deployment overrides it.
    const environment = {
      TABLE_NAME: table.tableName,
      LOG_LEVEL: 'INFO',
      SENDER_ADDRESS: settings.senderAddress,
      EMAIL_RATE: String(settings.emailRate),
      TIME_ZONE: settings.timeZone,
      ...(settings.classification ? { CLASSIFICATION_SETTINGS: settings.classification } : {}),
      ...(settings.care ? { CARE_SETTINGS: settings.care } : {}),
      ...(settings.company ? { COMPANY_SETTINGS: settings.company } : {}),
      ...(settings.approvals ? { APPROVAL_SETTINGS: settings.approvals } : {}),
      ...(settings.sales ? { SALES_SETTINGS: settings.sales } : {}),
      ...(settings.orders ? { ORDER_SETTINGS: settings.orders } : {}),
      ...(settings.expenses ? { EXPENSE_SETTINGS: settings.expenses } : {}),
      ...(settings.service ? { SERVICE_SETTINGS: settings.service } : {}),
      ...(settings.performance ? { PERFORMANCE_SETTINGS: settings.performance } : {}),
      ...(settings.training ? { TRAINING_SETTINGS: settings.training } : {}),
    };
    // Each function may touch only the entities it declares (`FUNCTION_DATA`); none, if it declares none.
    const lambda = (
      definition: { name: string; entry: string },
      timeoutSeconds: number,
      extra: Record<string, string> = {},
    ) => {
      const { fn } = new DomainLambda(this, `${definition.name}Function`, {
        definition,
        stage: settings.stage,
        logRetentionDays: settings.logRetentionDays,
        tracing: settings.tracing === 'true',
        timeoutSeconds,
        environment: { ...environment, ...FUNCTION_ASSETS[definition.name]?.environment, ...extra },
        assets: FUNCTION_ASSETS[definition.name]?.assets,
      });
      const access = FUNCTION_DATA[definition.name];
      if (access) data.grantData(fn, access);
      return fn;
    };
    const workflowArns = (names: string[] = []) =>
      Object.fromEntries(
        WORKFLOWS.filter((workflow) => names.includes(workflow.name)).map((workflow) => [
          workflow.arnVariable,
          workflows.machines.get(workflow.name)!.stateMachineArn,
        ]),
      );

    const email = new EmailSending(this, 'Email', {
      senderAddress: settings.senderAddress,
      sandbox: settings.sesSandbox === 'true',
      createIdentity: settings.senderIdentity !== 'existing',
    });
    // The functions workflows' Task states call (one per task, shared across workflows).
    const taskFunctions = new Map<string, IFunction>();
    for (const task of WORKFLOWS.flatMap((workflow) => Object.values(workflow.tasks))) {
      if (taskFunctions.has(task.name)) continue;
      const fn = lambda(task, FUNCTION_TIMEOUTS.task);
      if (task.sendsEmail) email.grantSend(fn);
      taskFunctions.set(task.name, fn);
    }
    const workflows = new Workflows(this, 'Workflows', {
      stage: settings.stage,
      logRetentionDays: settings.logRetentionDays,
      tracing: settings.tracing === 'true',
      workflows: WORKFLOWS,
      taskFunction: (name) => taskFunctions.get(name)!,
    });

    // The event path: dispatcher, failure record, bus, and one function and rule per consumer.
    const dispatcher = lambda(
      { name: 'event-dispatcher', entry: 'functions/events/dispatcher.ts' },
      FUNCTION_TIMEOUTS.dispatcher,
    );
    const failureRecorder = lambda(
      { name: 'event-failures', entry: 'functions/events/failures.ts' },
      FUNCTION_TIMEOUTS.consumer,
    );
    const monitoring = new Monitoring(this, 'Monitoring', {
      stage: settings.stage,
      alarmEmail: settings.alarmEmail,
    });
    const events = new EventPath(this, 'Events', {
      stage: settings.stage,
      table,
      dispatcher,
      failureRecorder,
      deadLetters: monitoring.deadLetters,
    });
    dispatcher.addEnvironment('EVENT_BUS_NAME', events.bus.eventBusName);

    const documents = new Documents(this, 'Documents', {
      stage: settings.stage,
      corsOrigins: settings.corsOrigins,
    });
    const functions = DOMAIN_FUNCTIONS.map((definition) => {
      const started = WORKFLOWS.filter((workflow) => definition.startsWorkflows?.includes(workflow.name));
      const fn = lambda(definition, FUNCTION_TIMEOUTS.api, {
        ...workflowArns(definition.startsWorkflows),
        ...(definition.publishesEvents ? { EVENT_BUS_NAME: events.bus.eventBusName } : {}),
        ...(definition.storesDocuments || definition.readsDocuments
          ? { DOCUMENTS_BUCKET: documents.bucket.bucketName }
          : {}),
        ...(definition.readsAuditSeals ? { AUDIT_SEALS_BUCKET: documents.auditSeals.bucketName } : {}),
        ...(definition.verifiesTokens
          ? {
              JWT_ISSUER: auth.issuerUrl,
              JWKS_URL: `${auth.issuerUrl}/.well-known/jwks.json`,
            }
          : {}),
      });
      if (definition.sendsEmail) email.grantSend(fn);
      for (const workflow of started) workflows.machines.get(workflow.name)!.grantStartExecution(fn);
      if (definition.resumesWorkflows)
        for (const machine of workflows.machines.values()) machine.grantTaskResponse(fn);
      if (definition.publishesEvents) events.bus.grantPutEventsTo(fn);
      if (definition.storesDocuments) documents.grantObjects(fn, definition.storesDocuments);
      if (definition.readsDocuments) documents.grantRead(fn, definition.readsDocuments);
      if (definition.readsAuditSeals) documents.grantAuditSeals(fn, false);
      return { definition, fn, name: definition.name };
    });

    const api = new Api(this, 'Api', {
      stage: settings.stage,
      issuerUrl: auth.issuerUrl,
      // The app client returns to the API's pages, so it is made once the API has its address.
      audience: (apiUrl) => auth.addAppClient(apiUrl).userPoolClientId,
      corsOrigins: settings.corsOrigins,
      logRetentionDays: settings.logRetentionDays,
      rateLimit: settings.apiRateLimit,
      functions,
    });
    for (const { definition, fn } of functions) {
      if (definition.verifiesTokens) fn.addEnvironment('JWT_AUDIENCE', auth.client.userPoolClientId);
      if (definition.signsIn)
        for (const [name, value] of Object.entries(auth.signInEnvironment())) fn.addEnvironment(name, value);
    }
    // Temporary passwords and codes go out from the sender identity once it exists.
    if (settings.userPoolEmail === 'ses') auth.userPool.node.addDependency(email);

    const consumers = EVENT_CONSUMERS.map((consumer) => {
      // Links in emails point at the API.
      const fn = lambda(consumer, FUNCTION_TIMEOUTS.consumer, {
        PUBLIC_API_URL: api.httpApi.apiEndpoint,
        ...workflowArns(consumer.startsWorkflows),
        ...(consumer.storesDocuments ? { DOCUMENTS_BUCKET: documents.bucket.bucketName } : {}),
      });
      if (consumer.sendsEmail) email.grantSend(fn);
      if (consumer.storesDocuments) documents.grantObjects(fn, consumer.storesDocuments);
      if (consumer.managesSignIn) auth.grantAccountKeeping(fn);
      for (const name of consumer.startsWorkflows ?? []) {
        const machine = workflows.machines.get(name)!;
        machine.grantStartExecution(fn);
        // A withdrawn subject's review is stopped by the consumer that started it.
        machine.grantExecution(fn, 'states:StopExecution');
        // cdk-nag names the resource as the template renders it: region and account stay tokens
        // unless the deployment's environment names them.
        const stack = Stack.of(this);
        const machineId = stack.resolve((machine.node.defaultChild as CfnElement).logicalId) as string;
        Validations.of(fn.role ?? fn).acknowledge({
          id: `AwsSolutions-IAM5[Resource::${nagArnPrefix(stack, 'states')}:execution:{"Fn::Select":[6,{"Fn::Split":[":",{"Ref":"${machineId}"}]}]}:*]`,
          reason:
            'Stopping a review names its execution, which exists only once the review started; the wildcard covers the executions of this state machine only.',
        });
      }
      if (consumer.resumesWorkflows)
        for (const machine of workflows.machines.values()) machine.grantTaskResponse(fn);
      return { consumer, fn, name: consumer.name };
    });
    events.addConsumers(consumers);

    // The service address's email: always deployed (the API's queue is its other half); SES hands
    // it email only where a receipt rule for `inboundAddress` exists.
    const inboundMail = lambda(
      { name: 'inbound-mail', entry: 'functions/service/inbound-mail.ts' },
      FUNCTION_TIMEOUTS.consumer,
      { DOCUMENTS_BUCKET: documents.bucket.bucketName },
    );
    documents.grantRead(inboundMail, INBOUND_PREFIX);
    // It keeps each email's files under their own prefix, apart from the emails SES stores.
    documents.grantObjects(inboundMail, ATTACHMENT_PREFIX);
    if (settings.inboundAddress)
      new InboundMail(this, 'Inbound', {
        stage: settings.stage,
        address: settings.inboundAddress,
        bucket: documents.bucket,
        receiver: inboundMail,
        prefix: INBOUND_PREFIX,
      });

    const jobs = SCHEDULED_JOBS.map((job) => {
      const fn = lambda(job, JOB_TIMEOUT_SECONDS, {
        PUBLIC_API_URL: api.httpApi.apiEndpoint,
        ...(job.keepsAuditSeals ? { AUDIT_SEALS_BUCKET: documents.auditSeals.bucketName } : {}),
        ...(job.readsDocuments ? { DOCUMENTS_BUCKET: documents.bucket.bucketName } : {}),
      });
      if (job.sendsEmail) email.grantSend(fn);
      if (job.keepsAuditSeals) documents.grantAuditSeals(fn, true);
      if (job.readsDocuments) documents.grantRead(fn, job.readsDocuments);
      return { job, fn, name: job.name };
    });
    new Schedules(this, 'Schedules', {
      stage: settings.stage,
      timeZone: settings.timeZone,
      jobs,
      deadLetters: monitoring.deadLetters,
    });
    events.addJobContinuations(jobs);
    monitoring.watch({
      stage: settings.stage,
      api: api.httpApi,
      workflows: [...workflows.machines.values()],
      bus: events.bus,
    });

    monitoring.notifyOnEveryAlarm(this);

    new CfnOutput(this, 'ApiUrl', { value: api.httpApi.apiEndpoint });
    new CfnOutput(this, 'UserPoolId', { value: auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: auth.client.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'EventBusName', { value: events.bus.eventBusName });
  }
}
