import { type CfnElement, Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  ContextAttribute,
  Schedule,
  ScheduleExpression,
  ScheduleTargetInput,
} from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { type ScheduledJob, schedulerExpression } from '../functions/schedules.ts';

/**
 * EventBridge Scheduler schedules from the schedule table: each invokes its job function with
 * `{ scheduledTime }`, retries, and parks what still fails in a dead-letter queue with an alarm.
 */
export class Schedules extends Construct {
  readonly deadLetters: Queue;

  constructor(
    scope: Construct,
    id: string,
    props: { stage: string; timeZone: string; jobs: { job: ScheduledJob; fn: IFunction }[] },
  ) {
    super(scope, id);
    this.deadLetters = new Queue(this, 'DeadLetters', {
      queueName: `sales-department-${props.stage}-schedule-dead-letters`,
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetters).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter queue of the schedules; an operator inspects it.',
    });

    // One role for all schedules, assumable by this account's schedules only; each target adds the
    // right to invoke its function and to write to the dead-letter queue.
    const role = new Role(this, 'InvokeRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    });
    // The scheduler invokes asynchronously: a run that still fails after Lambda's retries lands here.
    const failedRuns = new Queue(this, 'FailedRuns', {
      queueName: `sales-department-${props.stage}-failed-job-runs`,
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(failedRuns).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: "This queue is the jobs' on-failure destination; an operator inspects it.",
    });
    new Alarm(this, 'FailedRunsAlarm', {
      alarmDescription: 'A scheduled job failed after its retries (its run record says why).',
      metric: failedRuns.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    for (const { job, fn } of props.jobs) {
      fn.configureAsyncInvoke({ retryAttempts: 2, onFailure: new SqsDestination(failedRuns) });
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

    new Alarm(this, 'DeadLettersAlarm', {
      alarmDescription: 'A scheduled job could not be delivered or kept failing after its retries.',
      metric: this.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }
}
