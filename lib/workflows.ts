import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CfnElement, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { DefinitionBody, LogLevel, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { Workflow } from '../functions/workflows.ts';
import { ROOT } from './domain-function.ts';

/**
 * The workflows from the workflow table as Standard state machines: the ASL file inline (so tests
 * can read it), `${Placeholders}` substituted with the task functions' ARNs, full logging without
 * execution data (no personal data in logs), X-Ray tracing when the `tracing` setting asks for it.
 */
export class Workflows extends Construct {
  readonly machines = new Map<string, StateMachine>();

  constructor(
    scope: Construct,
    id: string,
    props: {
      stage: string;
      logRetentionDays: number;
      /** X-Ray tracing of the executions (the `tracing` setting). */
      tracing: boolean;
      workflows: readonly Workflow[];
      taskFunction: (name: string) => IFunction;
    },
  ) {
    super(scope, id);
    for (const workflow of props.workflows) {
      const tasks = Object.entries(workflow.tasks).map(
        ([placeholder, task]) => [placeholder, props.taskFunction(task.name)] as const,
      );
      const machine = new StateMachine(this, workflow.name, {
        stateMachineName: `sales-department-${props.stage}-${workflow.name}`,
        stateMachineType: StateMachineType.STANDARD,
        definitionBody: DefinitionBody.fromString(readFileSync(join(ROOT, workflow.definition), 'utf8')),
        definitionSubstitutions: Object.fromEntries(
          tasks.map(([placeholder, fn]) => [placeholder, fn.functionArn]),
        ),
        logs: {
          destination: new LogGroup(this, `${workflow.name}Logs`, {
            retention: props.logRetentionDays,
            removalPolicy: RemovalPolicy.DESTROY,
          }),
          level: LogLevel.ALL,
          includeExecutionData: false,
        },
        tracingEnabled: props.tracing,
      });
      for (const [, fn] of tasks) {
        fn.grantInvoke(machine);
        const functionId = Stack.of(this).resolve((fn.node.defaultChild as CfnElement).logicalId) as string;
        Validations.of(machine).acknowledge({
          id: `AwsSolutions-IAM5[Resource::<${functionId}.Arn>:*]`,
          reason:
            'The state machine invokes its task function; the wildcard covers only its versions and aliases.',
        });
      }
      if (!props.tracing)
        Validations.of(machine).acknowledge({
          id: 'AwsSolutions-SF2',
          reason:
            'X-Ray tracing is off unless the tracing setting turns it on: a trace per execution costs more than the execution, and the execution history with the correlation id in every log line answers what a trace would.',
        });
      Validations.of(machine).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'Logging to CloudWatch Logs and X-Ray tracing from Step Functions take no resource-level permissions.',
      });
      this.machines.set(workflow.name, machine);
    }
  }
}
