import { Duration, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, type IMetric, Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { alarmWhen, deadLetterQueue } from './alarms.ts';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { type CfnRule, EventField, type IEventBus, Rule, RuleTargetInput } from 'aws-cdk-lib/aws-events';
import { SnsTopic } from 'aws-cdk-lib/aws-events-targets';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { OPERATOR_ALERTS } from '../functions/events.ts';

/**
 * What an operator acts on, each watched once for the stage and told to the alarm topic, to which
 * the `alarmEmail` setting subscribes. Alarms (each costs monthly) only where no event says it:
 * server errors at the API, function errors, and the one dead-letter queue. Failed reviews,
 * consumers that gave up, and workflows that failed or timed out are events, handed to the topic
 * by rules.
 */
export class Monitoring extends Construct {
  readonly topic: Topic;
  /** Whatever could not be delivered or done, from every hop that retries; each message says whence. */
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: { stage: string; alarmEmail: string }) {
    super(scope, id);
    this.topic = new Topic(this, 'Alarms', {
      topicName: `sales-department-${props.stage}-alarms`,
      enforceSSL: true,
    });
    Validations.of(this.topic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'Alarm notifications carry no personal data; CloudWatch alarms cannot publish to a topic under the AWS-managed SNS key.',
    });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    // One queue, not one per hop: an alarm costs monthly, and the messages name their origin (the
    // rule or schedule and target, the stream batch, or the function whose invocation failed).
    this.deadLetters = deadLetterQueue(this, 'DeadLetters', {
      queueName: `sales-department-${props.stage}-dead-letters`,
      holds:
        'stream batches the dispatcher could not publish, events and firings that could not be handed to a function, job runs and failure records that failed after their retries',
    });
  }

  /** The alarms and rules over the API, the functions, the workflows and the bus. */
  watch(props: { stage: string; api: HttpApi; workflows: StateMachine[]; bus: IEventBus }): void {
    const alarm = (name: string, description: string, metric: IMetric, threshold = 1) =>
      alarmWhen(this, name, description, metric, threshold);
    const period = { period: Duration.minutes(5) };
    // - a function that fails answers 5xx at the API (API functions), lands in the dead-letter
    //   queue (jobs, the dispatcher, the failure record), becomes a failure record (consumers: its
    //   `delivery.failed` event, below), or fails its workflow (Tasks, below);
    alarm('Api5xx', 'The HTTP API answered with server errors.', props.api.metricServerError(period), 5);
    // - and any function error at all, a Task's that its workflow caught included: Lambda's own
    //   count for the account and Region, one alarm instead of one per function (it also counts
    //   another workload's functions where the account is shared).
    alarm(
      'FunctionErrors',
      'A function failed (an unhandled error or a timeout); its log group says which and why.',
      new Metric({ namespace: 'AWS/Lambda', metricName: 'Errors', statistic: 'Sum', ...period }),
    );
    // - a workflow execution that failed, timed out or was aborted: Step Functions reports it on the
    //   default event bus for free; the rule hands it straight to the alarm topic, no alarm needed.
    new Rule(this, 'WorkflowsFailed', {
      description: `A ${props.stage} workflow execution failed, timed out or was aborted.`,
      eventPattern: {
        source: ['aws.states'],
        detailType: ['Step Functions Execution Status Change'],
        detail: {
          status: ['FAILED', 'TIMED_OUT', 'ABORTED'],
          stateMachineArn: props.workflows.map((machine) => machine.stateMachineArn),
        },
      },
      targets: [new SnsTopic(this.topic)],
    });
    // - a review that failed (its subject went back to its owner), and a consumer that gave up:
    //   their domain events, straight from the bus.
    for (const alert of OPERATOR_ALERTS) {
      const rule = new Rule(this, alert.name, {
        description: `${alert.description} (${props.stage}).`,
        eventBus: props.bus,
        eventPattern: { source: [...alert.pattern.source] },
        targets: [
          new SnsTopic(this.topic, {
            message: RuleTargetInput.fromText(
              `${props.stage}: ${alert.description}. ${EventField.fromPath('$.detail-type')} ${EventField.fromPath('$.detail.subject.id')} (event ${EventField.fromPath('$.detail.id')}, correlation ${EventField.fromPath('$.detail.correlationId')}).`,
            ),
          }),
        ],
      });
      // The declared pattern as written (the L2 type renames `detail-type`).
      (rule.node.defaultChild as CfnRule).addPropertyOverride('EventPattern', alert.pattern);
    }
  }

  /** Points every alarm of the stack at the topic; call once everything is built. */
  notifyOnEveryAlarm(root: Construct): void {
    const action = new SnsAction(this.topic);
    for (const construct of root.node.findAll())
      if (construct instanceof Alarm) construct.addAlarmAction(action);
  }
}
