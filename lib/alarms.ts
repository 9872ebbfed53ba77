import { Duration, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IMetric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/** An alarm that fires when a metric reaches `threshold` within 5 minutes; quiet without data. */
export const alarmWhen = (
  scope: Construct,
  id: string,
  description: string,
  metric: IMetric,
  threshold = 1,
) =>
  new Alarm(scope, id, {
    alarmDescription: description,
    metric,
    threshold,
    evaluationPeriods: 1,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });

/**
 * A queue that holds what could not be delivered or done (encrypted, TLS only, kept 14 days), with
 * an alarm as soon as anything lands in it.
 */
export function deadLetterQueue(
  scope: Construct,
  id: string,
  props: { queueName: string; holds: string },
): Queue {
  const queue = new Queue(scope, id, {
    queueName: props.queueName,
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  Validations.of(queue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: `This queue is itself a dead-letter queue (${props.holds}); an operator inspects it.`,
  });
  alarmWhen(
    scope,
    `${id}Alarm`,
    `Something landed in ${props.queueName}: ${props.holds}.`,
    queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
  );
  return queue;
}
