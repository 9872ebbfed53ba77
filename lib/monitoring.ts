import { Duration, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, type IMetric, Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { alarmWhen } from './alarms.ts';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { WORKFLOWS } from '../functions/workflows.ts';

/**
 * Alarms an operator acts on: failing functions, server errors at the API, workflows that failed or
 * timed out. Every alarm in the stack (these, and the dead-letter queues' elsewhere) notifies the
 * alarm topic, to which the `alarmEmail` setting subscribes.
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
      functions: { name: string; fn: IFunction }[];
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
    for (const { name, fn } of props.functions) {
      alarm(
        `${name}Errors`,
        `The ${name} function failed (unhandled errors or timeouts).`,
        fn.metricErrors(period),
      );
    }
    for (const machine of props.workflows) {
      const name = machine.node.id;
      alarm(`${name}Failed`, `A ${name} execution failed.`, machine.metricFailed(period));
      alarm(`${name}TimedOut`, `A ${name} execution timed out.`, machine.metricTimedOut(period));
    }
    alarm('Api5xx', 'The HTTP API answered with server errors.', props.api.metricServerError(period), 5);
    // A review that failed is caught and its subject returned to its owner: the execution
    // succeeds, so each review's outcome Task counts it.
    for (const workflow of WORKFLOWS) {
      const outcomes = workflow.tasks.ReviewOutcomeFunction;
      if (!outcomes) continue;
      alarm(
        `${workflow.name}ReviewsFailed`,
        `A ${workflow.name} could not go on; its subject went back to its owner (the outcome Task logged why).`,
        new Metric({
          namespace: 'SalesDepartment',
          metricName: 'ReviewsFailed',
          dimensionsMap: { service: outcomes.name },
          statistic: 'Sum',
          ...period,
        }),
      );
    }
  }

  /** Points every alarm of the stack at the topic; call once everything is built. */
  notifyOnEveryAlarm(root: Construct): void {
    const action = new SnsAction(this.topic);
    for (const construct of root.node.findAll())
      if (construct instanceof Alarm) construct.addAlarmAction(action);
  }
}
