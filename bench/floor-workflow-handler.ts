// The floor for functions that also start or resume workflows: the DynamoDB and Step Functions clients only.
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { SendTaskSuccessCommand, SFNClient } from '@aws-sdk/client-sfn';

const dynamo = new DynamoDBClient({});
const sfn = new SFNClient({});

export const handler = async (event: { id: string; token: string }) => {
  await dynamo.send(
    new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: { pk: { S: event.id }, sk: { S: 'X' } } }),
  );
  return sfn.send(new SendTaskSuccessCommand({ taskToken: event.token, output: '{}' }));
};
