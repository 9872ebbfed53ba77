import {
  BatchGetItemCommand,
  DynamoDBClient,
  GetItemCommand,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';

/**
 * One DynamoDB client per execution environment, and the few calls the stores make, in plain
 * JavaScript values (util-dynamodb converts). Endpoints come from the environment
 * (`AWS_ENDPOINT_URL_DYNAMODB` locally), so the code is the same everywhere.
 */
export const dynamo = new DynamoDBClient({});

export type Item = Record<string, unknown>;

export const toAttributes = (values: Item) => marshall(values, { removeUndefinedValues: true });
export const fromAttributes = unmarshall as (attributes: Parameters<typeof unmarshall>[0]) => Item;

export function tableName(): string {
  const name = process.env.TABLE_NAME;
  if (!name) throw new Error('TABLE_NAME is not set');
  return name;
}

export async function getItem(
  key: { pk: string; sk: string },
  consistent = false,
): Promise<Item | undefined> {
  const { Item } = await dynamo.send(
    new GetItemCommand({ TableName: tableName(), Key: toAttributes(key), ConsistentRead: consistent }),
  );
  return Item ? fromAttributes(Item) : undefined;
}

export interface QueryRequest extends Omit<
  QueryCommandInput,
  'TableName' | 'ExpressionAttributeValues' | 'ExclusiveStartKey'
> {
  ExpressionAttributeValues: Item;
  ExclusiveStartKey?: Record<string, string>;
}

export async function query(
  request: QueryRequest,
): Promise<{ items: Item[]; lastKey?: Record<string, string> }> {
  const result = await dynamo.send(
    new QueryCommand({
      ...request,
      TableName: tableName(),
      ExpressionAttributeValues: toAttributes(request.ExpressionAttributeValues),
      ExclusiveStartKey: request.ExclusiveStartKey && toAttributes(request.ExclusiveStartKey),
    }),
  );
  return {
    items: (result.Items ?? []).map(fromAttributes),
    lastKey: result.LastEvaluatedKey && (fromAttributes(result.LastEvaluatedKey) as Record<string, string>),
  };
}

const BATCH_GET_LIMIT = 100;

/** Many items by key (BatchGetItem, 100 keys a call, unprocessed keys retried with backoff). */
export async function batchGetItems(keys: readonly { pk: string; sk: string }[]): Promise<Item[]> {
  const items: Item[] = [];
  for (let start = 0; start < keys.length; start += BATCH_GET_LIMIT) {
    let pending = keys.slice(start, start + BATCH_GET_LIMIT).map((key) => toAttributes({ ...key }));
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 0) {
        if (attempt > 8) throw new Error(`BatchGetItem left ${pending.length} keys unprocessed`);
        await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
      }
      const response = await dynamo.send(
        new BatchGetItemCommand({ RequestItems: { [tableName()]: { Keys: pending } } }),
      );
      items.push(...(response.Responses?.[tableName()] ?? []).map(fromAttributes));
      pending = response.UnprocessedKeys?.[tableName()]?.Keys ?? [];
    }
  }
  return items;
}
