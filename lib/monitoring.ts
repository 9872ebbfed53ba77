import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

/** Alarms an operator acts on: failing functions and server errors at the API. */
export class Monitoring extends Construct {
  constructor(
    scope: Construct,
    id: string,
    props: { api: HttpApi; functions: { name: string; fn: IFunction }[] },
  ) {
    super(scope, id);
    for (const { name, fn } of props.functions) {
      new Alarm(this, `${name}Errors`, {
        alarmDescription: `The ${name} function failed (unhandled errors or timeouts).`,
        metric: fn.metricErrors({ period: Duration.minutes(5) }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
    }
    new Alarm(this, 'Api5xx', {
      alarmDescription: 'The HTTP API answered with server errors.',
      metric: props.api.metricServerError({ period: Duration.minutes(5) }),
      threshold: 5,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }
}
