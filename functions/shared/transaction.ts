import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { dynamo, tableName } from './db.ts';
import type { PrimaryKey } from './keys.ts';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** A transaction DynamoDB refused; `reasons[i]` is the code for item i (`None` when it was fine). */
export class TransactionCancelled extends Error {
  readonly reasons: string[];
  constructor(reasons: string[]) {
    super(`Transaction cancelled: ${reasons.join(', ')}`);
    this.name = 'TransactionCancelled';
    this.reasons = reasons;
  }
  /** True when item i failed its condition. */
  failedCondition(index: number): boolean {
    return this.reasons[index] === 'ConditionalCheckFailed';
  }
  get conflicted(): boolean {
    return this.reasons.includes('TransactionConflict');
  }
}

/** Writes all items or none. */
export async function commit(items: TransactItem[]): Promise<void> {
  try {
    await dynamo.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    if (error instanceof Error && error.name === 'TransactionCanceledException') {
      const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
      throw new TransactionCancelled(reasons.map((reason) => reason.Code ?? 'None'));
    }
    throw error;
  }
}

/** Creates an item that must not exist yet. */
export function putNew(item: PrimaryKey & Record<string, unknown>): TransactItem {
  return {
    Put: { TableName: tableName(), Item: item, ConditionExpression: 'attribute_not_exists(pk)' },
  };
}

/** Replaces an item only if nobody changed it since `expectedVersion` was read (optimistic locking). */
export function putIfVersion(
  item: PrimaryKey & Record<string, unknown>,
  expectedVersion: number,
): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: item,
      ConditionExpression: 'version = :expected',
      ExpressionAttributeValues: { ':expected': expectedVersion },
    },
  };
}

/** Asserts an item exists without changing it. */
export function mustExist(key: PrimaryKey): TransactItem {
  return {
    ConditionCheck: { TableName: tableName(), Key: key, ConditionExpression: 'attribute_exists(pk)' },
  };
}
