import { Stack, Token } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * How cdk-nag spells the start of an ARN in a finding's id: the partition, region and account as
 * the template renders them (literals when the deployment names its environment, or under the
 * partition-literals feature flag; placeholders otherwise), so an acknowledgement names the finding
 * whatever the deploy command.
 */
export function nagArnPrefix(scope: IConstruct, service: string): string {
  const stack = Stack.of(scope);
  const shown = (value: string, placeholder: string) => (Token.isUnresolved(value) ? placeholder : value);
  return `arn:${shown(stack.partition, '<AWS::Partition>')}:${service}:${shown(stack.region, '<AWS::Region>')}:${shown(stack.account, '<AWS::AccountId>')}`;
}
