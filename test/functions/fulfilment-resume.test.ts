import { DeleteItemCommand, DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { SendTaskSuccessCommand, SFNClient } from '@aws-sdk/client-sfn';
import { marshall } from '@aws-sdk/util-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';

/**
 * Resuming the fulfilment workflow, with each AWS call failing the way the service fails: a step
 * resumed twice (or after the workflow moved on) is not an error, a throttled resume is retried,
 * and the stored wait is removed only when it is still the one resumed.
 */
process.env.TABLE_NAME = 'unit-table';
process.env.LOG_LEVEL = 'SILENT';
const { resumeIfReached } = await import('../../functions/orders/fulfilment-flow.ts');

const dynamo = mockClient(DynamoDBClient);
const sfn = mockClient(SFNClient);
beforeEach(() => {
  dynamo.reset();
  sfn.reset();
});

const wait = {
  pk: 'ORDER#O1',
  sk: 'WAIT',
  orderId: 'O1',
  run: 1,
  until: 'in_production',
  taskToken: 'token-1',
  since: '2026-12-01T00:00:00Z',
};
function stored(status: string) {
  dynamo
    .on(GetItemCommand, { Key: marshall({ pk: 'ORDER#O1', sk: 'WAIT' }) })
    .resolves({ Item: marshall(wait) });
  dynamo.on(GetItemCommand, { Key: marshall({ pk: 'ORDER#O1', sk: 'ORDER' }) }).resolves({
    Item: marshall({ pk: 'ORDER#O1', sk: 'ORDER', id: 'O1', status, version: 3 }),
  });
  dynamo.on(DeleteItemCommand).resolves({});
}
const serviceError = (name: string) => Object.assign(new Error(name), { name, $metadata: {} });

describe('resuming a fulfilment step', () => {
  it('does nothing while the order has not got that far', async () => {
    stored('awaiting_production');
    await resumeIfReached('O1');
    expect(sfn.commandCalls(SendTaskSuccessCommand)).toHaveLength(0);
    expect(dynamo.commandCalls(DeleteItemCommand)).toHaveLength(0);
  });

  it('answers the stored token and removes that wait only', async () => {
    stored('in_production');
    sfn.on(SendTaskSuccessCommand).resolves({});
    await resumeIfReached('O1');
    expect(sfn.commandCalls(SendTaskSuccessCommand)[0]!.args[0].input.taskToken).toBe('token-1');
    const removal = dynamo.commandCalls(DeleteItemCommand)[0]!.args[0].input;
    expect(removal.ConditionExpression).toBe('taskToken = :token');
    expect(removal.ExpressionAttributeValues).toEqual(marshall({ ':token': 'token-1' }));
  });

  it('takes a step resumed before (the token no longer answers) as done', async () => {
    stored('ready_to_ship');
    sfn.on(SendTaskSuccessCommand).rejects(serviceError('TaskTimedOut'));
    await expect(resumeIfReached('O1')).resolves.toBeUndefined();
    expect(dynamo.commandCalls(DeleteItemCommand)).toHaveLength(1);
  });

  it('fails (so the consumer is retried) when Step Functions is throttled, keeping the wait', async () => {
    stored('in_production');
    sfn.on(SendTaskSuccessCommand).rejects(serviceError('ThrottlingException'));
    await expect(resumeIfReached('O1')).rejects.toThrow('ThrottlingException');
    expect(dynamo.commandCalls(DeleteItemCommand)).toHaveLength(0);
  });
});
