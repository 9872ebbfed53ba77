import { type CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';

/** A deployed stage's stack outputs, by key; a missing one says to deploy first. */
export async function stageOutputs(stage: string, cloudFormation: CloudFormationClient) {
  const stackName = `SalesDepartment-${stage}`;
  const { Stacks } = await cloudFormation.send(new DescribeStacksCommand({ StackName: stackName }));
  return (key: string): string => {
    const value = Stacks?.[0]?.Outputs?.find((candidate) => candidate.OutputKey === key)?.OutputValue;
    if (!value) throw new Error(`The stack ${stackName} has no output ${key}: deploy it first.`);
    return value;
  };
}
