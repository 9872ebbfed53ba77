import { AsyncLocalStorage } from 'node:async_hooks';
import { FUNCTION_DATA } from '../functions/data-access.ts';
import { allows } from '../functions/shared/data-access.ts';
import { dynamo } from '../functions/shared/db.ts';
import { TABLE_SCHEMA } from '../functions/shared/table-schema.ts';

/**
 * The local runtime's stand-in for each function's IAM policy on the table: every DynamoDB call
 * made while a function runs is checked against the partitions that function declares, as
 * `dynamodb:LeadingKeys` does on AWS. The invokers (gateway, bus, workflows, scheduler) run each
 * invocation under its function's name.
 */
const invoked = new AsyncLocalStorage<string>();

/** Runs one invocation as the named function. */
export const asFunction = <T>(name: string, work: () => T): T => invoked.run(name, work);

type Attributes = Record<string, { S?: string } | undefined>;
export interface Access {
  index: string;
  partition: string;
  /** The item's sort key, for a call on one item. */
  item?: string;
  write: boolean;
}

const pkOf = (key: Attributes | undefined) => key?.[TABLE_SCHEMA.partitionKey]?.S ?? '';
const skOf = (key: Attributes | undefined) => key?.[TABLE_SCHEMA.sortKey]?.S;

/** The partitions a DynamoDB command names, as IAM sees them: each item's, or a query's. */
export function accessesOf(command: string, input: Record<string, unknown>): Access[] {
  const table = (key: unknown, write: boolean): Access => ({
    index: 'table',
    partition: pkOf(key as Attributes),
    item: skOf(key as Attributes),
    write,
  });
  switch (command) {
    case 'GetItemCommand':
      return [table(input.Key, false)];
    case 'PutItemCommand':
      return [table(input.Item, true)];
    case 'UpdateItemCommand':
    case 'DeleteItemCommand':
      return [table(input.Key, true)];
    case 'QueryCommand': {
      const index = (input.IndexName as string | undefined) ?? 'table';
      const attribute =
        index === 'table'
          ? TABLE_SCHEMA.partitionKey
          : TABLE_SCHEMA.indexes.find((candidate) => candidate.indexName === index)!.partitionKey;
      const names = (input.ExpressionAttributeNames ?? {}) as Record<string, string>;
      const values = (input.ExpressionAttributeValues ?? {}) as Attributes;
      const condition = String(input.KeyConditionExpression);
      const match = [...condition.matchAll(/(#?\w+)\s*=\s*(:\w+)/g)].find(
        ([, name]) => (names[name!] ?? name) === attribute,
      );
      return [{ index, partition: match ? (values[match[2]!]?.S ?? '') : '', write: false }];
    }
    case 'BatchGetItemCommand':
      return Object.values(input.RequestItems as Record<string, { Keys: unknown[] }>).flatMap((request) =>
        request.Keys.map((key) => table(key, false)),
      );
    case 'TransactWriteItemsCommand':
      return (input.TransactItems as Record<string, { Key?: unknown; Item?: unknown }>[]).map((item) => {
        const [action, part] = Object.entries(item)[0]!;
        return table(part.Key ?? part.Item, action !== 'ConditionCheck');
      });
    default:
      // Scan, batch writes, table management: no function is granted them.
      return [{ index: 'table', partition: `(${command})`, write: true }];
  }
}

/** What a function that declares no entities may touch: nothing (one object, so its check is compiled once). */
const NO_DATA = {};

/** Refuses a call outside the function's declared partitions, with the error DynamoDB gives a role whose policy does not allow it. */
let installed = false;
export function checkDataScopes(): void {
  if (installed) return;
  installed = true;
  dynamo.middlewareStack.add(
    (next, context) => async (args) => {
      const fn = invoked.getStore();
      if (fn) {
        for (const access of accessesOf(context.commandName!, args.input as Record<string, unknown>))
          if (!allows(FUNCTION_DATA[fn] ?? NO_DATA, access))
            throw Object.assign(
              new Error(
                `${fn} is not authorized to ${access.write ? 'write' : 'read'} ${access.partition}${access.item ? ` / ${access.item}` : ''} (${access.index}): no entity it declares in functions/data-access.ts has that partition`,
              ),
              { name: 'AccessDeniedException' },
            );
      }
      return next(args);
    },
    { step: 'initialize', name: 'dataScope' },
  );
}
