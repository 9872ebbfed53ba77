import { type CfnElement, Duration, Stack, Validations } from 'aws-cdk-lib';
import type { CfnRule } from 'aws-cdk-lib/aws-events';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { FilterCriteria, type IFunction, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { LambdaDestination, SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { consumerPattern, continuationPattern, type EventConsumer } from '../functions/events.ts';
import type { ScheduledJob } from '../functions/schedules.ts';
import { EVENT_SOURCE, STREAM_FILTER } from '../functions/shared/events.ts';

/**
 * The event path from the event table: the table's stream → the dispatcher (filtered to new event
 * items) → a custom bus → one rule per consumer → its function. Every hop retries and parks what
 * still fails where an alarm sees it:
 * - the dispatcher's stream source: retries, bisects a failing batch, then sends the batch's
 *   description to the stage's dead-letter queue;
 * - a rule that cannot invoke its target (throttled, no permission): retries for 24 hours, then
 *   the dead-letter queue;
 * - a consumer that keeps failing: two retries of the asynchronous invocation, then its on-failure
 *   destination, the failure record (listed and redelivered through the API), whose
 *   `delivery.failed` event tells the alarm topic;
 * - the failure record's own failures: the dead-letter queue.
 */
export class EventPath extends Construct {
  readonly bus: EventBus;
  private readonly stage: string;
  private readonly failureRecorder: IFunction;
  private readonly deliveryDeadLetters: Queue;

  constructor(
    scope: Construct,
    id: string,
    props: {
      stage: string;
      table: ITable;
      dispatcher: IFunction;
      failureRecorder: IFunction;
      /** Where whatever could not be delivered or done lands (`Monitoring`). */
      deadLetters: Queue;
    },
  ) {
    super(scope, id);
    this.stage = props.stage;
    this.failureRecorder = props.failureRecorder;
    this.deliveryDeadLetters = props.deadLetters;

    this.bus = new EventBus(this, 'Bus', { eventBusName: `sales-department-${props.stage}` });

    props.dispatcher.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        retryAttempts: 20,
        maxRecordAge: Duration.hours(24),
        filters: [FilterCriteria.filter(STREAM_FILTER as never)],
        onFailure: new SqsDlq(props.deadLetters),
      }),
    );
    this.bus.grantPutEventsTo(props.dispatcher);

    // The failure record's own failures (it could not write the record) have nowhere else to go.
    props.failureRecorder.configureAsyncInvoke({
      retryAttempts: 2,
      onFailure: new SqsDestination(props.deadLetters),
    });
  }

  /** A job continues a run in a new invocation when its `job.continued` event reaches it. */
  addJobContinuations(jobs: { job: ScheduledJob; fn: IFunction }[]): void {
    for (const { job, fn } of jobs) {
      new Rule(this, `${job.name}Continuations`, {
        ruleName: `sales-department-${this.stage}-${job.name}-continuations`,
        description: `Continues a ${job.name} run from its checkpoint.`,
        eventBus: this.bus,
        eventPattern: continuationPattern(job.name),
        targets: [
          new LambdaFunction(fn, {
            retryAttempts: 185,
            maxEventAge: Duration.hours(24),
            deadLetterQueue: this.deliveryDeadLetters,
          }),
        ],
      });
    }
  }

  /** One rule per consumer, delivering its events (and redeliveries addressed to it) to its function. */
  addConsumers(consumers: { consumer: EventConsumer; fn: IFunction }[]): void {
    for (const { consumer, fn } of consumers) {
      fn.configureAsyncInvoke({
        retryAttempts: 2,
        maxEventAge: Duration.hours(6),
        onFailure: new LambdaDestination(this.failureRecorder, { responseOnly: false }),
      });
      const recorderId = Stack.of(this).resolve(
        (this.failureRecorder.node.defaultChild as CfnElement).logicalId,
      ) as string;
      Validations.of(fn.role ?? fn).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${recorderId}.Arn>:*]`,
        reason:
          'The on-failure destination invokes the failure record; the wildcard covers only its versions and aliases.',
      });
      const rule = new Rule(this, `${consumer.name}Rule`, {
        ruleName: `sales-department-${this.stage}-${consumer.name}`,
        // A rule's description holds at most 512 characters; the consumer's own is in docs/events.md.
        description:
          `Hands ${consumer.events.map((spec) => spec.type).join(', ')} to ${consumer.name}.`.slice(0, 512),
        eventBus: this.bus,
        // Replaced below by the declared pattern, whose `$or` the L2 pattern type cannot express.
        eventPattern: { source: [EVENT_SOURCE] },
        targets: [
          new LambdaFunction(fn, {
            retryAttempts: 185,
            maxEventAge: Duration.hours(24),
            deadLetterQueue: this.deliveryDeadLetters,
          }),
        ],
      });
      const cfnRule = rule.node.defaultChild as CfnRule;
      cfnRule.addPropertyDeletionOverride('EventPattern.source');
      cfnRule.addPropertyOverride('EventPattern.$or', consumerPattern(consumer).$or);
    }
  }
}
