import { Duration, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, type IMetric, Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { alarmWhen } from './alarms.ts';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { ALARMED_METRICS, METRICS_NAMESPACE, METRICS_SERVICE } from '../functions/shared/observability.ts';
import { Rule } from 'aws-cdk-lib/aws-events';
import { SnsTopic } from 'aws-cdk-lib/aws-events-targets';

/**
 * What an operator acts on, each watched once for the stage: server errors at the API, reviews that
 * failed, workflows that failed or timed out (an event rule), and, where they are made, the
 * dead-letter queues and the failure record. Every alarm notifies the alarm topic, to which the
 * `alarmEmail` setting subscribes.
 */
export class Monitoring extends Construct {
  readonly topic: Topic;

  constructor(
    scope: Construct,
    id: string,
    props: {
      stage: string;
      alarmEmail: string;
      api: HttpApi;
      workflows: StateMachine[];
    },
  ) {
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

    const alarm = (name: string, description: string, metric: IMetric, threshold = 1) =>
      alarmWhen(this, name, description, metric, threshold);
    const period = { period: Duration.minutes(5) };
    // What someone acts on, each once for the stage (an alarm and a custom metric cost monthly):
    // - a function that fails answers 5xx at the API (API functions), lands in a dead-letter queue
    //   (jobs, the dispatcher, the failure record: alarmed where the queues are made), becomes a
    //   failure record (consumers: `DeliveryFailures`), or fails its workflow (Tasks, below);
    alarm('Api5xx', 'The HTTP API answered with server errors.', props.api.metricServerError(period), 5);
    // - and any function error at all, a Task's that its workflow caught included: Lambda's own
    //   count for the account and Region, one alarm instead of one per function (it also counts
    //   another workload's functions where the account is shared).
    alarm(
      'FunctionErrors',
      'A function failed (an unhandled error or a timeout); its log group says which and why.',
      new Metric({ namespace: 'AWS/Lambda', metricName: 'Errors', statistic: 'Sum', ...period }),
    );
    // - a review that failed is caught and its subject returned to its owner: the execution
    //   succeeds, so the outcome Task counts it (one metric, whichever review);
    alarm(
      'ReviewsFailed',
      'A review could not go on; its subject went back to its owner (the outcome Task logged why).',
      new Metric({
        namespace: METRICS_NAMESPACE,
        metricName: ALARMED_METRICS.ReviewsFailed,
        dimensionsMap: { service: METRICS_SERVICE },
        statistic: 'Sum',
        ...period,
      }),
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
  }

  /** Points every alarm of the stack at the topic; call once everything is built. */
  notifyOnEveryAlarm(root: Construct): void {
    const action = new SnsAction(this.topic);
    for (const construct of root.node.findAll())
      if (construct instanceof Alarm) construct.addAlarmAction(action);
  }
}
