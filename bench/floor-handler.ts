// The floor for bundle size and init time: a handler holding only the DynamoDB client.
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';

const client = new DynamoDBClient({});

export const handler = async (event: { id: string }) =>
  client.send(
    new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: { pk: { S: event.id }, sk: { S: 'X' } } }),
  );
