import { type TransactWriteItem, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { dynamo, type Item, tableName, toAttributes } from './db.ts';
import type { PrimaryKey } from './entity.ts';

interface Conditional {
  TableName: string;
  ConditionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Item;
}

/**
 * One item of a transaction, in plain values. Its `name` says which condition refused a
 * transaction (`failedCondition('quoteClaim')`); a Put is named after its item's `entityType`
 * (`Quote` → `quote`) unless named otherwise.
 */
export type TransactItem = (
  | { Put: Conditional & { Item: Item } }
  | { Delete: Conditional & { Key: PrimaryKey } }
  | { Update: Conditional & { Key: PrimaryKey; UpdateExpression: string } }
  | { ConditionCheck: Conditional & { Key: PrimaryKey; ConditionExpression: string } }
) & {
  name?: string;
  /** Marks the versioned write of a change's entity (`#shared/change.ts`): its refusal means "changed meanwhile". */
  subject?: { type: string; id: string };
};

/** Names a transaction item, so that a refusal of its condition can be told by name. */
export const named = <T extends TransactItem>(name: string, item: T): T => ({ ...item, name });

/** The item's name: given, or its entity type with a lower-case first letter. */
export function nameOf(item: TransactItem): string | undefined {
  if (item.name) return item.name;
  const type = 'Put' in item ? item.Put.Item.entityType : undefined;
  return typeof type === 'string' ? type.charAt(0).toLowerCase() + type.slice(1) : undefined;
}

const conditional = (part: Conditional) => ({
  TableName: part.TableName,
  ConditionExpression: part.ConditionExpression,
  ExpressionAttributeNames: part.ExpressionAttributeNames,
  ExpressionAttributeValues: part.ExpressionAttributeValues && toAttributes(part.ExpressionAttributeValues),
});

function toWire(item: TransactItem): TransactWriteItem {
  if ('Put' in item) return { Put: { ...conditional(item.Put), Item: toAttributes(item.Put.Item) } };
  if ('Update' in item) {
    return {
      Update: {
        ...conditional(item.Update),
        Key: toAttributes({ ...item.Update.Key }),
        UpdateExpression: item.Update.UpdateExpression,
      },
    };
  }
  if ('Delete' in item)
    return { Delete: { ...conditional(item.Delete), Key: toAttributes({ ...item.Delete.Key }) } };
  const check = item.ConditionCheck;
  return {
    ConditionCheck: {
      ...conditional(check),
      ConditionExpression: check.ConditionExpression,
      Key: toAttributes({ ...check.Key }),
    },
  };
}

/** A transaction DynamoDB refused: each item's name and its code (`None` when it was fine). */
export class TransactionCancelled extends Error {
  readonly reasons: string[];
  readonly names: (string | undefined)[];
  constructor(reasons: string[], names: (string | undefined)[]) {
    super(`Transaction cancelled: ${reasons.map((reason, i) => `${names[i] ?? i} ${reason}`).join(', ')}`);
    this.name = 'TransactionCancelled';
    this.reasons = reasons;
    this.names = names;
  }
  /** True when an item of that name failed its condition. */
  failedCondition(name: string): boolean {
    return this.reasons.some((reason, i) => reason === 'ConditionalCheckFailed' && this.names[i] === name);
  }
  /** The same refusal, seen by a caller that knows only some of the items. */
  without(name: string): TransactionCancelled {
    const keep = this.names.map((candidate) => candidate !== name);
    return new TransactionCancelled(
      this.reasons.filter((_, i) => keep[i]),
      this.names.filter((_, i) => keep[i]),
    );
  }
  get conflicted(): boolean {
    return this.reasons.includes('TransactionConflict');
  }
}

/** What one TransactWriteItems takes. */
export const MOST_ITEMS = 100;
/**
 * Tries after another transaction held an item: a burst on one aggregate (a nightly classification
 * moving hundreds of classes) meets many. Exponential backoff with full jitter, capped: the waits
 * spread the writers apart, about 4 s at most in all.
 */
export const CONFLICT_RETRIES = 7;
const CONFLICT_BACKOFF_MS = 25;
const CONFLICT_BACKOFF_CAP_MS = 1000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Writes all items or none. When another transaction held one of the items (and no condition
 * failed), nothing was written, so it tries again, backing off, before giving up (a consumer's
 * invocation then fails and is retried whole).
 */
export async function commit(items: TransactItem[]): Promise<void> {
  if (items.length > MOST_ITEMS)
    throw new Error(`A transaction of ${items.length} items is more than DynamoDB takes (${MOST_ITEMS})`);
  const transactItems = items.map(toWire);
  for (let attempt = 0; ; attempt++) {
    try {
      await dynamo.send(new TransactWriteItemsCommand({ TransactItems: transactItems }));
      return;
    } catch (error) {
      if (!(error instanceof Error && error.name === 'TransactionCanceledException')) throw error;
      const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
      const cancelled = new TransactionCancelled(
        reasons.map((reason) => reason.Code ?? 'None'),
        items.map(nameOf),
      );
      const onlyConflicts = cancelled.conflicted && !cancelled.reasons.includes('ConditionalCheckFailed');
      if (!onlyConflicts || attempt >= CONFLICT_RETRIES) throw cancelled;
      await pause(Math.random() * Math.min(CONFLICT_BACKOFF_CAP_MS, CONFLICT_BACKOFF_MS * 2 ** attempt));
    }
  }
}

/** Creates an item that must not exist yet. */
export function putNew(item: PrimaryKey & Record<string, unknown>): TransactItem {
  return {
    Put: { TableName: tableName(), Item: item, ConditionExpression: 'attribute_not_exists(pk)' },
  };
}

/**
 * Replaces an item only if nobody changed it since `expectedVersion` was read (optimistic locking),
 * and, when given, only if a further condition on its current state holds.
 */
export function putIfVersion(
  item: PrimaryKey & Record<string, unknown>,
  expectedVersion: number,
  also?: { condition: string; names?: Record<string, string>; values?: Item },
): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: item,
      ConditionExpression: also ? `version = :expected AND (${also.condition})` : 'version = :expected',
      ExpressionAttributeNames: also?.names,
      ExpressionAttributeValues: { ':expected': expectedVersion, ...also?.values },
    },
  };
}

/** Creates the item (`before` undefined) or replaces the version that was read. */
export const putVersioned = (
  before: { version: number } | undefined,
  item: PrimaryKey & Record<string, unknown>,
): TransactItem => (before ? putIfVersion(item, before.version) : putNew(item));
