import { Stack, Validations } from 'aws-cdk-lib';
import { nagArnPrefix } from './nag.ts';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

/**
 * Sending email through SES v2 from the deployment's sender address. The identity (the address or
 * its domain) is verified in SES once per account and region, outside the stack: verification needs
 * a person to click a link or DNS records only the domain's owner can add.
 */
export class EmailSending extends Construct {
  private readonly identities: string[];

  private readonly sandbox: boolean;

  constructor(scope: Construct, id: string, props: { senderAddress: string; sandbox: boolean }) {
    super(scope, id);
    const stack = Stack.of(this);
    const domain = props.senderAddress.split('@')[1]!;
    this.sandbox = props.sandbox;
    this.identities = [
      props.senderAddress,
      domain,
      // In the SES sandbox, SES also checks the permission on each (verified) recipient identity.
      ...(props.sandbox ? ['*'] : []),
    ].map((identity) => stack.formatArn({ service: 'ses', resource: 'identity', resourceName: identity }));
  }

  /** ses:SendEmail from the sender's identity only. */
  grantSend(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['ses:SendEmail'], resources: this.identities }),
    );
    if (this.sandbox && grantee.grantPrincipal instanceof Construct)
      Validations.of(grantee.grantPrincipal).acknowledge({
        // cdk-nag names the finding by the ARN as synthesized: with the region and account a deploy
        // names, or their placeholders when the stack is environment-agnostic.
        id: `AwsSolutions-IAM5[Resource::${nagArnPrefix(this, 'ses')}:identity/*]`,
        reason:
          'In the SES sandbox every recipient is a verified identity and SendEmail is authorized on it too.',
      });
  }
}
