import { Stack } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { ReceiptRuleSet, TlsPolicy } from 'aws-cdk-lib/aws-ses';
import { Lambda, LambdaInvocationType, S3 } from 'aws-cdk-lib/aws-ses-actions';
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';

/**
 * The complaint channel by email on AWS: an SES receipt rule for the service address stores each
 * email in the documents bucket (`inbound/<message id>`) and then invokes the `inbound-mail`
 * function, asynchronously (Lambda retries it). CloudFormation cannot make a rule set the active
 * one, so a custom resource does, once; the account has one active set per Region.
 */
export class InboundMail extends Construct {
  constructor(
    scope: Construct,
    id: string,
    props: { stage: string; address: string; bucket: IBucket; receiver: IFunction; prefix: string },
  ) {
    super(scope, id);
    const ruleSet = new ReceiptRuleSet(this, 'RuleSet', {
      receiptRuleSetName: `sales-department-${props.stage}-inbound`,
    });
    ruleSet.addRule('ServiceAddress', {
      recipients: [props.address],
      scanEnabled: true,
      tlsPolicy: TlsPolicy.REQUIRE,
      actions: [
        new S3({ bucket: props.bucket, objectKeyPrefix: `${props.prefix}/` }),
        new Lambda({ function: props.receiver, invocationType: LambdaInvocationType.EVENT }),
      ],
    });
    new AwsCustomResource(this, 'Activate', {
      onCreate: {
        service: 'SES',
        action: 'setActiveReceiptRuleSet',
        parameters: { RuleSetName: ruleSet.receiptRuleSetName },
        physicalResourceId: PhysicalResourceId.of(`${Stack.of(this).stackName}-inbound-active`),
      },
      policy: AwsCustomResourcePolicy.fromSdkCalls({ resources: AwsCustomResourcePolicy.ANY_RESOURCE }),
      installLatestAwsSdk: false,
    });
  }
}
