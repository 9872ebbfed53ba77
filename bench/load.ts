import { BatchWriteItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { forEachConcurrently } from '../functions/shared/concurrency.ts';

/**
 * Loads items into the table TABLE_NAME names with BatchWriteItem, 25 a call, 8 calls in flight,
 * retrying unprocessed ones: how the benchmarks fill DynamoDB Local fast.
 */
export async function loadItems(client: DynamoDBClient, items: Record<string, unknown>[]): Promise<void> {
  const table = process.env.TABLE_NAME!;
  const batches: Record<string, unknown>[][] = [];
  for (let start = 0; start < items.length; start += 25) batches.push(items.slice(start, start + 25));
  await forEachConcurrently(batches, 8, async (batch) => {
    let requests = batch.map((item) => ({
      PutRequest: { Item: marshall(item, { removeUndefinedValues: true }) },
    }));
    while (requests.length > 0) {
      const result = await client.send(new BatchWriteItemCommand({ RequestItems: { [table]: requests } }));
      requests = (result.UnprocessedItems?.[table] ?? []) as typeof requests;
    }
  });
}
