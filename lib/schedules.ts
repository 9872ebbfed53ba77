import { type CfnElement, Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  ContextAttribute,
  Schedule,
  ScheduleExpression,
  ScheduleTargetInput,
} from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { type ScheduledJob, schedulerExpression } from '../functions/schedules.ts';

/**
 * EventBridge Scheduler schedules from the schedule table: each invokes its job function with
 * `{ scheduledTime }`, retries, and parks what still fails in the stage's dead-letter queue.
 */
export class Schedules extends Construct {
  readonly deadLetters: Queue;

  constructor(
    scope: Construct,
    id: string,
    props: {
      stage: string;
      timeZone: string;
      jobs: { job: ScheduledJob; fn: IFunction }[];
      /** Firings the scheduler could not deliver, and runs that failed after their retries. */
      deadLetters: Queue;
    },
  ) {
    super(scope, id);
    this.deadLetters = props.deadLetters;

    // One role for all schedules, assumable by this account's schedules only; each target adds the
    // right to invoke its function and to write to the dead-letter queue.
    const role = new Role(this, 'InvokeRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    });
    // The scheduler invokes asynchronously: a run that still fails after Lambda's retries lands in
    // the dead-letter queue too (its run record says why).
    for (const { job, fn } of props.jobs) {
      fn.configureAsyncInvoke({ retryAttempts: 2, onFailure: new SqsDestination(this.deadLetters) });
      // The target adds `<function>:*` (versions and aliases) beside the exact ARN.
      const functionId = Stack.of(this).resolve((fn.node.defaultChild as CfnElement).logicalId) as string;
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${functionId}.Arn>:*]`,
        reason:
          'EventBridge Scheduler invokes the job function; the wildcard covers only its versions and aliases.',
      });
      new Schedule(this, job.name, {
        scheduleName: `sales-department-${props.stage}-${job.name}`,
        description: job.description,
        schedule: ScheduleExpression.expression(schedulerExpression(job.cron), TimeZone.of(props.timeZone)),
        target: new LambdaInvoke(fn, {
          input: ScheduleTargetInput.fromObject({ scheduledTime: ContextAttribute.scheduledTime }),
          retryAttempts: 3,
          maxEventAge: Duration.hours(2),
          deadLetterQueue: this.deadLetters,
          role,
        }),
      });
    }
  }
}
