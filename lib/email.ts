import { Stack } from 'aws-cdk-lib';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

/**
 * Sending email through SES v2 from the deployment's sender address. The identity (the address or
 * its domain) is verified in SES once per account and region, outside the stack: verification needs
 * a person to click a link or DNS records only the domain's owner can add.
 */
export class EmailSending extends Construct {
  private readonly identities: string[];

  constructor(scope: Construct, id: string, props: { senderAddress: string }) {
    super(scope, id);
    const stack = Stack.of(this);
    const domain = props.senderAddress.split('@')[1]!;
    this.identities = [props.senderAddress, domain].map((identity) =>
      stack.formatArn({ service: 'ses', resource: 'identity', resourceName: identity }),
    );
  }

  /** ses:SendEmail from the sender's identity only. */
  grantSend(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['ses:SendEmail'], resources: this.identities }),
    );
  }
}
