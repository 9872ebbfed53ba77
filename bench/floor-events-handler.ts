// The floor for functions that publish to the event bus: the DynamoDB and EventBridge clients only.
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';

const dynamo = new DynamoDBClient({});
const bus = new EventBridgeClient({});

export const handler = async (event: { id: string }) => {
  await dynamo.send(
    new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: { pk: { S: event.id }, sk: { S: 'X' } } }),
  );
  return bus.send(new PutEventsCommand({ Entries: [{ Source: 'bench', DetailType: 'x', Detail: '{}' }] }));
};
