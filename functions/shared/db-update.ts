import { DeleteItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { dynamo, type Item, tableName, toAttributes } from './db.ts';
import type { PrimaryKey } from './entity.ts';

/** A single conditional UpdateItem; false when the condition did not hold. */
export async function updateIf(
  key: PrimaryKey,
  update: {
    expression: string;
    condition?: string;
    names?: Record<string, string>;
    values?: Item;
  },
): Promise<boolean> {
  try {
    await dynamo.send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: toAttributes({ ...key }),
        UpdateExpression: update.expression,
        ConditionExpression: update.condition,
        ExpressionAttributeNames: update.names,
        ExpressionAttributeValues: update.values && toAttributes(update.values),
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
}

/** A single conditional DeleteItem; false when the condition did not hold. */
export async function deleteIf(
  key: PrimaryKey,
  condition: { expression: string; names?: Record<string, string>; values?: Item },
): Promise<boolean> {
  try {
    await dynamo.send(
      new DeleteItemCommand({
        TableName: tableName(),
        Key: toAttributes({ ...key }),
        ConditionExpression: condition.expression,
        ExpressionAttributeNames: condition.names,
        ExpressionAttributeValues: condition.values && toAttributes(condition.values),
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
}
