import { CfnOutput, Fn, Stack, Validations } from 'aws-cdk-lib';
import { EmailIdentity, Identity } from 'aws-cdk-lib/aws-ses';
import { nagArnPrefix } from './nag.ts';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

/**
 * Sending email through SES v2 from the deployment's sender address. By default the stack creates
 * the sender's domain identity with Easy DKIM and prints the three DNS records the domain's owner
 * adds (`SenderDkim1..3`); SES verifies the domain once they resolve. Where the identity is verified
 * in the account already (`senderIdentity=existing`), the stack only sends from it.
 */
export class EmailSending extends Construct {
  private readonly identities: string[];

  private readonly sandbox: boolean;

  constructor(
    scope: Construct,
    id: string,
    props: { senderAddress: string; sandbox: boolean; createIdentity: boolean },
  ) {
    super(scope, id);
    const stack = Stack.of(this);
    const domain = props.senderAddress.split('@')[1]!;
    this.sandbox = props.sandbox;
    if (props.createIdentity) {
      const identity = new EmailIdentity(this, 'SenderDomain', { identity: Identity.domain(domain) });
      identity.dkimRecords.forEach((record, index) => {
        new CfnOutput(stack, `SenderDkim${index + 1}`, {
          description: `DNS record ${index + 1} of 3 that verifies ${domain} for SES (Easy DKIM)`,
          value: Fn.join(' ', [record.name, 'CNAME', record.value]),
        });
      });
    }
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
