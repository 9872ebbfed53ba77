import { App, NestedStack, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AttributeType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOMAIN_FUNCTIONS } from '../../functions/routes.ts';
import { readFileSync } from 'node:fs';
import { JOB_TIMEOUT_SECONDS, SCHEDULED_JOBS, schedulerExpression } from '../../functions/schedules.ts';
import { consumerPattern, EVENT_CONSUMERS, OPERATOR_ALERTS } from '../../functions/events.ts';
import { STREAM_FILTER } from '../../functions/shared/events.ts';
import { FUNCTION_MEMORY_MB } from '../../lib/domain-function.ts';
import { WORKFLOWS } from '../../functions/workflows.ts';
import { ROLES } from '../../functions/shared/roles.ts';
import { TABLE_SCHEMA } from '../../functions/shared/table-schema.ts';
import { FUNCTION_DATA } from '../../functions/data-access.ts';
import { partitionsOf } from '../../functions/shared/data-access.ts';
import { PUBLIC_ROUTE_RATE, REPORT_ROUTE_RATE } from '../../lib/api.ts';
import { SalesDepartmentStack } from '../../lib/sales-department-stack.ts';
import { readSettings } from '../../lib/settings.ts';
import { SIGN_IN } from '../../functions/shared/sign-in.ts';

const taskFunctions = [
  ...new Map(
    WORKFLOWS.flatMap((workflow) => Object.values(workflow.tasks)).map((task) => [task.name, task]),
  ).values(),
];
let stack: Stack;
let template: Template;
let routesTemplate: Template;

beforeAll(() => {
  // Bundling is skipped: these tests read the template, not the code.
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [], stage: 'test' } });
  stack = new SalesDepartmentStack(app, 'Test', { settings: readSettings(app.node) });
  template = Template.fromStack(stack);
  const nested = stack.node.findAll().filter((construct) => construct instanceof NestedStack);
  expect(nested.map((construct) => construct.node.id)).toEqual(['Routes']);
  routesTemplate = Template.fromStack(nested[0] as NestedStack);
});

describe('the stacks', () => {
  it('keep every description within what CloudFormation accepts', () => {
    const limits: [string, string, number][] = [
      ['AWS::Events::Rule', 'Description', 512],
      ['AWS::Scheduler::Schedule', 'Description', 512],
      ['AWS::Lambda::Function', 'Description', 256],
      ['AWS::CloudWatch::Alarm', 'AlarmDescription', 1024],
    ];
    for (const [type, property, limit] of limits)
      for (const [id, resource] of Object.entries(template.findResources(type))) {
        const text = (resource.Properties as Record<string, unknown>)[property];
        if (typeof text === 'string') expect(text.length, `${id} ${property}`).toBeLessThanOrEqual(limit);
      }
  });
  it('stay within CloudFormation’s 500 resources each, the main one with room for the next domains', () => {
    const count = (of: Template) => Object.keys(of.toJSON().Resources as object).length;
    expect(count(template)).toBeLessThanOrEqual(450);
    expect(count(routesTemplate)).toBeLessThanOrEqual(500);
    // The nested stack holds the routes, with each function's integration and invoke permission.
    const types = new Set(
      Object.values(routesTemplate.toJSON().Resources as Record<string, { Type: string }>).map((r) => r.Type),
    );
    expect([...types].sort()).toEqual([
      'AWS::ApiGatewayV2::Integration',
      'AWS::ApiGatewayV2::Route',
      'AWS::Lambda::Permission',
    ]);
  });
});

describe('the table', () => {
  it('is built from the shared schema, protected and streamed', () => {
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        TableName: 'sales-department-test',
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
        TimeToLiveSpecification: { AttributeName: TABLE_SCHEMA.timeToLiveAttribute, Enabled: true },
        GlobalSecondaryIndexes: TABLE_SCHEMA.indexes.map((index) =>
          Match.objectLike({ IndexName: index.indexName }),
        ),
        Replicas: [
          Match.objectLike({
            DeletionProtectionEnabled: true,
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          }),
        ],
      }),
    });
  });
});

describe('identity', () => {
  it('has one Cognito group per role', () => {
    const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup')).map(
      (resource) => resource.Properties.GroupName,
    );
    expect(groups.sort()).toEqual([...ROLES].sort());
  });
  it('carries the employee id of an account made through the API, set once (immutable)', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      Schema: Match.arrayWith([
        Match.objectLike({ Name: 'employee_id', AttributeDataType: 'String', Mutable: false }),
      ]),
    });
  });
  it('lets only the consumer that keeps sign-in accounts manage users, in this pool', () => {
    const keepers = Object.entries(template.findResources('AWS::IAM::Policy')).filter(([, policy]) =>
      JSON.stringify(policy.Properties.PolicyDocument).includes('cognito-idp:AdminCreateUser'),
    );
    expect(keepers).toHaveLength(EVENT_CONSUMERS.filter((consumer) => consumer.managesSignIn).length);
    expect(keepers).toHaveLength(1);
    const statement = keepers[0]![1].Properties.PolicyDocument.Statement.find((s: { Action: string[] }) =>
      [s.Action].flat().includes('cognito-idp:AdminDisableUser'),
    );
    const pool = Object.keys(template.findResources('AWS::Cognito::UserPool'))[0]!;
    expect(statement.Resource).toEqual({ 'Fn::GetAtt': [pool, 'Arn'] });
    const keeper = Object.values(template.findResources('AWS::Lambda::Function')).find(
      (fn) => fn.Properties.FunctionName === 'sales-department-test-employees-events',
    );
    expect(Object.keys(keeper!.Properties.Environment.Variables)).toContain('USER_POOL_ID');
  });
  it('requires MFA and allows no self sign-up', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
    });
  });
});

describe('functions', () => {
  it('one per domain, scheduled job, workflow task and event consumer, plus the dispatcher, the failure record and the inbound mail: Node 24, arm64, untraced unless asked', () => {
    const functions = template.findResources('AWS::Lambda::Function', {
      Properties: { Runtime: 'nodejs24.x', Architectures: ['arm64'] },
    });
    for (const fn of Object.values(functions)) expect(fn.Properties.TracingConfig).toBeUndefined();
    expect(Object.keys(functions)).toHaveLength(
      DOMAIN_FUNCTIONS.length + SCHEDULED_JOBS.length + taskFunctions.length + EVENT_CONSUMERS.length + 3,
    );
  });
  it('have a timeout that fits their work: API 10 s, jobs long enough to page and continue', () => {
    const timeouts = Object.values(template.findResources('AWS::Lambda::Function')).map((resource) => [
      resource.Properties.FunctionName,
      resource.Properties.Timeout,
    ]);
    for (const job of SCHEDULED_JOBS)
      expect(timeouts).toContainEqual([`sales-department-test-${job.name}`, JOB_TIMEOUT_SECONDS]);
    for (const fn of DOMAIN_FUNCTIONS)
      expect(timeouts).toContainEqual([`sales-department-test-${fn.name}`, 10]);
  });
  it('have the memory the benchmarks size them to', () => {
    for (const fn of Object.values(template.findResources('AWS::Lambda::Function')))
      expect([fn.Properties.FunctionName, fn.Properties.MemorySize]).toEqual([
        fn.Properties.FunctionName,
        FUNCTION_MEMORY_MB,
      ]);
  });
  it('lets only the functions that send email use SES, from the sender identity', () => {
    const sesPolicies = Object.entries(template.findResources('AWS::IAM::Policy')).filter(([, policy]) =>
      JSON.stringify(policy.Properties.PolicyDocument).includes('ses:SendEmail'),
    );
    expect(sesPolicies).toHaveLength(
      SCHEDULED_JOBS.filter((job) => job.sendsEmail).length +
        DOMAIN_FUNCTIONS.filter((fn) => fn.sendsEmail).length +
        taskFunctions.filter((task) => task.sendsEmail).length +
        EVENT_CONSUMERS.filter((consumer) => consumer.sendsEmail).length,
    );
    for (const [, policy] of sesPolicies) {
      const statement = policy.Properties.PolicyDocument.Statement.find(
        (s: { Action: string }) => s.Action === 'ses:SendEmail',
      );
      expect(JSON.stringify(statement.Resource)).toContain('identity/sales-department@example.com');
    }
  });
  it('get item-level table access only, never Scan', () => {
    const policies = Object.values(template.findResources('AWS::IAM::Policy'));
    const actions = policies.flatMap((policy) =>
      policy.Properties.PolicyDocument.Statement.flatMap(
        (statement: { Action: string | string[] }) => statement.Action,
      ),
    );
    expect(actions).toContain('dynamodb:Query');
    expect(actions.filter((action: string) => /Scan|\*/.test(action))).toEqual([]);
  });
  it('reach only the partitions each function declares, in the table and in each index', () => {
    const policies = Object.entries(template.findResources('AWS::IAM::Policy'));
    interface Statement {
      Action: string | string[];
      Resource: unknown;
      Condition?: Record<string, Record<string, string[]>>;
    }
    const tableStatementsOf = (name: string) => {
      const found = policies.find(([id]) => id.startsWith(`${name.replace(/-/g, '')}Function`));
      // The table's items, not its stream (which the dispatcher reads).
      const streamActions = [
        'dynamodb:DescribeStream',
        'dynamodb:GetRecords',
        'dynamodb:GetShardIterator',
        'dynamodb:ListStreams',
      ];
      return ((found?.[1].Properties.PolicyDocument.Statement ?? []) as Statement[]).filter((statement) =>
        [statement.Action]
          .flat()
          .some((action) => action.startsWith('dynamodb:') && !streamActions.includes(action)),
      );
    };
    const deployed = [
      ...DOMAIN_FUNCTIONS.map((fn) => fn.name),
      ...EVENT_CONSUMERS.map((consumer) => consumer.name),
      ...SCHEDULED_JOBS.map((job) => job.name),
      ...new Set(WORKFLOWS.flatMap((workflow) => Object.values(workflow.tasks).map((task) => task.name))),
      'event-dispatcher',
      'event-failures',
      'inbound-mail',
    ];
    // Every declaration is of a deployed function.
    expect(Object.keys(FUNCTION_DATA).filter((name) => !deployed.includes(name))).toEqual([]);
    for (const name of deployed) {
      const statements = tableStatementsOf(name);
      const declared = FUNCTION_DATA[name];
      if (!declared) {
        expect(statements, name).toEqual([]);
        continue;
      }
      const partitions = partitionsOf(declared);
      // Each statement names its partitions; none reaches the whole table.
      for (const statement of statements)
        expect(
          statement.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'],
          name,
        ).toBeDefined();
      const patternsFor = (action: string, index?: string) =>
        statements
          .filter(
            (statement) =>
              [statement.Action].flat().includes(action) &&
              JSON.stringify(statement.Resource).includes(index ? `/index/${index}` : '') &&
              (index || !JSON.stringify(statement.Resource).includes('/index/')),
          )
          .flatMap((statement) => statement.Condition!['ForAllValues:StringLike']!['dynamodb:LeadingKeys']!);
      expect(patternsFor('dynamodb:GetItem').sort(), name).toEqual(partitions.read);
      expect(patternsFor('dynamodb:PutItem').sort(), name).toEqual(partitions.write);
      for (const { indexName } of TABLE_SCHEMA.indexes)
        expect(patternsFor('dynamodb:Query', indexName).sort(), `${name} ${indexName}`).toEqual(
          partitions.indexes[indexName],
        );
    }
    // Health and the documents touch no data; the reports write only the plans and their analyses.
    expect(FUNCTION_DATA.platform).toBeUndefined();
    expect(FUNCTION_DATA['event-dispatcher']).toBeUndefined();
    expect(partitionsOf(FUNCTION_DATA.reports!).write).toEqual(['IDEMPOTENCY#*', 'PLAN#*']);
  });
});

describe('the HTTP API', () => {
  it('has one route per operation, JWT-authorized unless public', () => {
    const routes = Object.values(routesTemplate.findResources('AWS::ApiGatewayV2::Route')).map(
      (resource) => resource.Properties,
    );
    const operations = DOMAIN_FUNCTIONS.flatMap((fn) => fn.operations);
    expect(routes).toHaveLength(operations.length);
    for (const operation of operations) {
      const route = routes.find(
        (candidate) => candidate.RouteKey === `${operation.method} ${operation.path}`,
      );
      expect(route, operation.operationId).toBeDefined();
      expect(route.AuthorizationType).toBe(operation.auth === 'jwt' ? 'JWT' : 'NONE');
    }
  });
  it('has a JWT authorizer on the Cognito pool and access logs', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: Match.objectLike({ Audience: Match.anyValue() }),
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      AccessLogSettings: Match.objectLike({ Format: Match.stringLikeRegexp('requestId') }),
    });
  });
});

describe('schedules', () => {
  it('one per job, in the department time zone, with the scheduled time as input', () => {
    const schedules = Object.values(template.findResources('AWS::Scheduler::Schedule')).map(
      (resource) => resource.Properties,
    );
    expect(schedules).toHaveLength(SCHEDULED_JOBS.length);
    for (const job of SCHEDULED_JOBS) {
      const schedule = schedules.find((candidate) => candidate.Name === `sales-department-test-${job.name}`);
      expect(schedule, job.name).toMatchObject({
        ScheduleExpression: schedulerExpression(job.cron),
        ScheduleExpressionTimezone: 'Asia/Shanghai',
        State: 'ENABLED',
        Target: {
          Input: JSON.stringify({ scheduledTime: '<aws.scheduler.scheduled-time>' }),
          RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 7200 },
          DeadLetterConfig: {
            Arn: { 'Fn::GetAtt': [expect.stringMatching(/^MonitoringDeadLetters/), 'Arn'] },
          },
        },
      });
    }
  });
  it('park undeliverable firings in the encrypted dead-letter queue, which has an alarm', () => {
    template.resourceCountIs('AWS::SQS::Queue', 1);
    template.hasResourceProperties('AWS::SQS::Queue', {
      QueueName: 'sales-department-test-dead-letters',
      SqsManagedSseEnabled: true,
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Threshold: 1,
    });
  });
});

describe('workflows', () => {
  it('are Standard state machines running the ASL files, logged and traced', () => {
    const machines = template.findResources('AWS::StepFunctions::StateMachine');
    expect(Object.keys(machines)).toHaveLength(WORKFLOWS.length);
    for (const workflow of WORKFLOWS) {
      const [machine] = Object.values(machines).filter(
        (resource) => resource.Properties.StateMachineName === `sales-department-test-${workflow.name}`,
      );
      expect(machine!.Properties).toMatchObject({
        StateMachineType: 'STANDARD',
        TracingConfiguration: { Enabled: false },
        LoggingConfiguration: { Level: 'ALL', IncludeExecutionData: false },
      });
      // The definition is the ASL file itself, placeholders filled with the task functions.
      const asl = JSON.parse(readFileSync(new URL(`../../${workflow.definition}`, import.meta.url), 'utf8'));
      expect(Object.keys(machine!.Properties.DefinitionSubstitutions).sort()).toEqual(
        Object.keys(workflow.tasks).sort(),
      );
      expect(JSON.stringify(machine!.Properties.DefinitionString)).toContain(
        asl.States[asl.StartAt].Comment ?? asl.StartAt,
      );
    }
  });
  it('lets contracts start the review and approvals answer its task tokens', () => {
    const policies = JSON.stringify(template.findResources('AWS::IAM::Policy'));
    expect(policies).toContain('states:StartExecution');
    expect(policies).toContain('states:SendTaskSuccess');
    expect(policies).toContain('states:SendTaskFailure');
  });
});

describe('the event path', () => {
  it('reads the stream through the declared filter into the dispatcher, retrying from a failed record', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      StartingPosition: 'TRIM_HORIZON',
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify(STREAM_FILTER) }] },
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
  });
  it('has one rule per consumer on the bus, with the declared pattern, retries and a dead-letter queue', () => {
    const rules = Object.values(template.findResources('AWS::Events::Rule'))
      .map((rule) => rule.Properties)
      .filter((rule) => rule.EventBusName !== undefined);
    // And one per job, for its continuations, and one per operator alert.
    expect(rules).toHaveLength(EVENT_CONSUMERS.length + SCHEDULED_JOBS.length + OPERATOR_ALERTS.length);
    for (const consumer of EVENT_CONSUMERS) {
      const rule = rules.find((candidate) => candidate.Name === `sales-department-test-${consumer.name}`);
      expect(rule.EventPattern).toEqual(consumerPattern(consumer));
      expect(rule.Targets[0]).toMatchObject({
        RetryPolicy: { MaximumRetryAttempts: 185 },
        DeadLetterConfig: { Arn: expect.anything() },
      });
    }
  });
  it('hands what a consumer keeps failing on to the failure record, and a failed job run to a queue', () => {
    const configs = Object.values(template.findResources('AWS::Lambda::EventInvokeConfig')).map(
      (config) => config.Properties,
    );
    // Consumers, jobs, and the failure record itself.
    expect(configs).toHaveLength(EVENT_CONSUMERS.length + SCHEDULED_JOBS.length + 1);
    for (const config of configs) expect(config.DestinationConfig.OnFailure.Destination).toBeDefined();
  });
  it('watches each kind of failure once for the stage, every alarm notifying the alarm topic', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')).map(
      (alarm) => alarm.Properties,
    );
    for (const alarm of alarms) expect(alarm.AlarmActions).toHaveLength(1);
    // The API's server errors, function errors (Lambda's count for the Region) and the dead-letter
    // queue; no alarm per function or per workflow, and no custom metric.
    expect(alarms.map((alarm) => alarm.MetricName).sort()).toEqual(
      ['5xx', 'Errors', 'ApproximateNumberOfMessagesVisible'].sort(),
    );
    for (const alarm of alarms) expect(alarm.Namespace).toMatch(/^AWS\//);
    template.resourceCountIs('AWS::SNS::Topic', 1);
  });
  it('hands every workflow that fails, times out or is aborted to the alarm topic through the default bus', () => {
    const [rule] = Object.values(template.findResources('AWS::Events::Rule'))
      .map((candidate) => candidate.Properties)
      .filter((candidate) => candidate.EventBusName === undefined);
    expect(rule.EventPattern).toMatchObject({
      source: ['aws.states'],
      'detail-type': ['Step Functions Execution Status Change'],
      detail: { status: ['FAILED', 'TIMED_OUT', 'ABORTED'] },
    });
    expect(rule.EventPattern.detail.stateMachineArn).toHaveLength(WORKFLOWS.length);
    expect(JSON.stringify(rule.Targets[0].Arn)).toContain('MonitoringAlarms');
  });
  it('hands each operator alert from the bus to the alarm topic, naming the subject', () => {
    const rules = Object.values(template.findResources('AWS::Events::Rule')).map(
      (candidate) => candidate.Properties,
    );
    for (const alert of OPERATOR_ALERTS) {
      const rule = rules.find(
        (candidate) => JSON.stringify(candidate.EventPattern) === JSON.stringify(alert.pattern),
      );
      expect(rule, alert.name).toBeDefined();
      expect(rule.EventBusName).toBeDefined();
      expect(JSON.stringify(rule.Targets[0].Arn)).toContain('MonitoringAlarms');
      expect(JSON.stringify(rule.Targets[0].InputTransformer)).toContain('$.detail.subject.id');
    }
  });
  it('traces every function and workflow in X-Ray when the tracing setting asks for it', () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [], stage: 'traced', tracing: 'true' } });
    const traced = new SalesDepartmentStack(app, 'Traced', { settings: readSettings(app.node) });
    const tracedTemplate = Template.fromStack(traced);
    for (const fn of Object.values(tracedTemplate.findResources('AWS::Lambda::Function')))
      expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
    for (const machine of Object.values(tracedTemplate.findResources('AWS::StepFunctions::StateMachine')))
      expect(machine.Properties.TracingConfiguration).toEqual({ Enabled: true });
    expect(new AwsSolutionsChecks().validateScope(traced).violations).toEqual([]);
  });
  it('limits each public route and each report to a rate of its own, under the stage’s', () => {
    const [stage] = Object.values(template.findResources('AWS::ApiGatewayV2::Stage')).map(
      (resource) => resource.Properties,
    );
    const limits = stage.RouteSettings as Record<
      string,
      { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }
    >;
    const operations = DOMAIN_FUNCTIONS.flatMap((fn) => fn.operations);
    for (const operation of operations.filter((candidate) => candidate.auth === 'public'))
      expect(limits[`${operation.method} ${operation.path}`], operation.path).toEqual({
        ThrottlingRateLimit: PUBLIC_ROUTE_RATE,
        ThrottlingBurstLimit: PUBLIC_ROUTE_RATE * 2,
      });
    expect(limits['GET /reports/sales']).toMatchObject({ ThrottlingRateLimit: REPORT_ROUTE_RATE });
    expect(limits['POST /tickets/{id}/visits/{number}/report']).toBeUndefined();
    expect(stage.DefaultRouteSettings.ThrottlingRateLimit).toBeGreaterThan(PUBLIC_ROUTE_RATE);
  });
  it('creates the sender’s domain identity with Easy DKIM and prints its DNS records, unless it exists already', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'example.com' });
    const outputs = Object.keys(template.findOutputs('*')).filter((name) => name.startsWith('SenderDkim'));
    expect(outputs.sort()).toEqual(['SenderDkim1', 'SenderDkim2', 'SenderDkim3']);
    const app = new App({
      context: { 'aws:cdk:bundling-stacks': [], stage: 'existing', senderIdentity: 'existing' },
    });
    const existing = Template.fromStack(
      new SalesDepartmentStack(app, 'Existing', { settings: readSettings(app.node) }),
    );
    existing.resourceCountIs('AWS::SES::EmailIdentity', 0);
  });
  it('subscribes the alarm email when one is set', () => {
    const app = new App({
      context: { 'aws:cdk:bundling-stacks': [], stage: 'mail', alarmEmail: 'ops@example.com' },
    });
    const mailed = Template.fromStack(
      new SalesDepartmentStack(app, 'Mail', { settings: readSettings(app.node) }),
    );
    mailed.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.com',
    });
  });
});

describe('a first deployment that works', () => {
  it('signs people in through the managed login (code flow, back to the report page and the CLI) or SRP', () => {
    const client = Object.values(template.findResources('AWS::Cognito::UserPoolClient'))[0]!.Properties;
    expect(client.ExplicitAuthFlows).toContain('ALLOW_USER_SRP_AUTH');
    // No implicit grant, no client secret (a page and a command line keep none), no placeholder.
    expect(client.AllowedOAuthFlows).toEqual(['code']);
    expect(client.GenerateSecret).toBe(false);
    expect(client.AllowedOAuthScopes.sort()).toEqual(['email', 'openid', 'profile']);
    expect(JSON.stringify(client)).not.toContain('example.com');
    const callbacks = JSON.stringify(client.CallbackURLs);
    expect(callbacks).toContain('/reports');
    expect(client.CallbackURLs).toContain(SIGN_IN.cliRedirectUri);
    // The managed login pages (version 2) with Cognito's own style for the client.
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { ManagedLoginVersion: 2 });
    template.resourceCountIs('AWS::Cognito::ManagedLoginBranding', 1);
    // The report page is told where to sign in; the authorizer trusts the same client.
    const reports = Object.values(template.findResources('AWS::Lambda::Function')).find(
      (fn) => fn.Properties.FunctionName === 'sales-department-test-reports',
    )!;
    expect(Object.keys(reports.Properties.Environment.Variables)).toEqual(
      expect.arrayContaining([
        'SIGN_IN_ISSUER',
        'SIGN_IN_AUTHORIZATION_ENDPOINT',
        'SIGN_IN_TOKEN_ENDPOINT',
        'SIGN_IN_CLIENT_ID',
      ]),
    );
  });
  it('sends the user pool’s emails through SES once asked, from the sender identity', () => {
    const app = new App({
      context: { 'aws:cdk:bundling-stacks': [], stage: 'mailing', userPoolEmail: 'ses' },
    });
    const stack = new SalesDepartmentStack(app, 'Mailing', {
      settings: readSettings(app.node),
      env: { account: '123456789012', region: 'eu-west-1' },
    });
    const pool = Object.values(Template.fromStack(stack).findResources('AWS::Cognito::UserPool'))[0]!;
    expect(pool.Properties.EmailConfiguration).toMatchObject({
      EmailSendingAccount: 'DEVELOPER',
      From: expect.stringContaining('sales-department@example.com'),
    });
    expect(JSON.stringify(pool.Properties.EmailConfiguration.SourceArn)).toContain('identity/example.com');
    expect(JSON.stringify(pool.DependsOn)).toContain('EmailSenderDomain');
    // By default (the identity is new, not verified yet) Cognito's own sender, with a warning.
    expect(
      Object.values(template.findResources('AWS::Cognito::UserPool'))[0]!.Properties.EmailConfiguration,
    ).toMatchObject({ EmailSendingAccount: 'COGNITO_DEFAULT' });
  });
  it('keeps the audit seals under Object Lock: governance in a test stage, compliance in production', () => {
    const locked = Object.values(template.findResources('AWS::S3::Bucket')).filter(
      (bucket) => bucket.Properties?.ObjectLockEnabled,
    );
    expect(locked).toHaveLength(1);
    expect(locked[0]!.Properties.ObjectLockConfiguration).toEqual({
      ObjectLockEnabled: 'Enabled',
      Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 3653 } },
    });
    expect(locked[0]!.DeletionPolicy).toBe('Retain');
    const app = new App({
      context: {
        'aws:cdk:bundling-stacks': [],
        stage: 'prod',
        corsOrigins: 'https://crm.example.com',
        alarmEmail: 'ops@example.com',
      },
    });
    const prod = Template.fromStack(
      new SalesDepartmentStack(app, 'Prod', { settings: readSettings(app.node) }),
    );
    prod.hasResourceProperties('AWS::S3::Bucket', {
      ObjectLockConfiguration: {
        ObjectLockEnabled: 'Enabled',
        Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 3653 } },
      },
    });
    // Only the seal job writes there (once per key); the audit routes read; nobody may delete.
    const grants = Object.values(template.findResources('AWS::IAM::Policy'))
      .flatMap(
        (policy) => policy.Properties.PolicyDocument.Statement as { Action: unknown; Resource: unknown }[],
      )
      .filter((statement) => JSON.stringify(statement.Resource).includes('audit-chain/*'));
    expect(grants.map((statement) => statement.Action).sort()).toEqual(
      [['s3:PutObject', 's3:GetObject'], 's3:GetObject'].sort(),
    );
  });
  it('receives the service address’s email only where one is set: stored, then handed to the inbound function', () => {
    expect(template.findResources('AWS::SES::ReceiptRuleSet')).toEqual({});
    const app = new App({
      context: {
        'aws:cdk:bundling-stacks': [],
        stage: 'test',
        inboundAddress: 'service@hd-machinery.example',
      },
    });
    const inbound = Template.fromStack(
      new SalesDepartmentStack(app, 'Inbound', { settings: readSettings(app.node) }),
    );
    inbound.hasResourceProperties('AWS::SES::ReceiptRule', {
      Rule: Match.objectLike({
        Recipients: ['service@hd-machinery.example'],
        ScanEnabled: true,
        Actions: [
          { S3Action: Match.objectLike({ ObjectKeyPrefix: 'inbound/' }) },
          { LambdaAction: Match.objectLike({ InvocationType: 'Event' }) },
        ],
      }),
    });
    const activation = Object.values(inbound.findResources('Custom::AWS'));
    expect(activation).toHaveLength(1);
    expect(JSON.stringify(activation[0]!.Properties.Create)).toContain('setActiveReceiptRuleSet');
    expect(() => readSettings(new App({ context: { inboundAddress: 'service' } }).node)).toThrow(
      /inboundAddress/,
    );
  });
  it('requires named CORS origins for a production stage', () => {
    const app = new App({ context: { stage: 'prod' } });
    expect(() => readSettings(app.node)).toThrow(/corsOrigins/);
    const named = new App({
      context: { stage: 'prod', corsOrigins: 'https://crm.example.com', alarmEmail: 'ops@example.com' },
    });
    expect(readSettings(named.node).corsOrigins).toEqual(['https://crm.example.com']);
  });
  it('in the SES sandbox, lets the email senders send to verified recipients too, with a reason for cdk-nag', () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [], stage: 'sandbox', sesSandbox: 'true' } });
    const sandboxed = new SalesDepartmentStack(app, 'Sandbox', { settings: readSettings(app.node) });
    const statements = Object.values(Template.fromStack(sandboxed).findResources('AWS::IAM::Policy')).flatMap(
      (policy) => policy.Properties.PolicyDocument.Statement,
    );
    const ses = statements.filter((statement: { Action: string }) => statement.Action === 'ses:SendEmail');
    expect(ses.length).toBeGreaterThan(0);
    for (const statement of ses) expect(JSON.stringify(statement.Resource)).toContain('identity/*');
    expect(
      new AwsSolutionsChecks().validateScope(sandboxed).violations.map((violation) => violation.ruleName),
    ).toEqual([]);
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('reports no unacknowledged finding, and every acknowledgement has a reason', () => {
    const report = new AwsSolutionsChecks().validateScope(stack);
    const failures = report.violations.map(
      (violation) =>
        `${violation.ruleName}: ${violation.violatingResources.map((r) => r.constructPath).join(', ')}`,
    );
    expect(failures).toEqual([]);
  });
  it('reports none either for a deployment that names its region and account (as `cdk synth` may)', () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [], stage: 'placed' } });
    const placed = new SalesDepartmentStack(app, 'Placed', {
      settings: readSettings(app.node),
      env: { region: 'us-east-1', account: '123456789012' },
    });
    const report = new AwsSolutionsChecks().validateScope(placed);
    expect(report.violations.map((violation) => violation.ruleName)).toEqual([]);
  });
  it('does report an unacknowledged finding (the check can fail)', () => {
    const probe = new Stack(new App(), 'Probe');
    new Table(probe, 'Unprotected', { partitionKey: { name: 'pk', type: AttributeType.STRING } });
    const report = new AwsSolutionsChecks().validateScope(probe);
    expect(report.violations.map((violation) => violation.ruleName)).toContain('AwsSolutions-DDB3');
  });
});
