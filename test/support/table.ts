import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Employee } from '../../functions/employees/model.ts';
import { employeeItem } from '../../functions/employees/store.ts';
import { dynamo } from '../../functions/shared/db.ts';
import type { Role } from '../../functions/shared/roles.ts';
import { commit, putNew } from '../../functions/shared/transaction.ts';
import { ensureTable } from '../../local/dynamodb.ts';

/** Creates this test file's table (its name comes from the environment) and some employees. */
export async function prepareTable(people: { id: string; roles: Role[] }[]): Promise<void> {
  const client = new DynamoDBClient({});
  await ensureTable(client, process.env.TABLE_NAME!);
  client.destroy();
  const now = new Date().toISOString();
  for (const person of people) {
    const profile: Employee = {
      id: person.id,
      name: person.id,
      email: `${person.id.toLowerCase()}@test.example`,
      roles: person.roles,
      locale: 'zh-CN',
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await commit([putNew(employeeItem(profile))]);
  }
}

export interface RecordedCall {
  command: string;
  capacity: number;
}

/**
 * Records every DynamoDB call the shared client makes, with the capacity it consumed, by asking
 * for ReturnConsumedCapacity on each. Returns the live list; `clear()` empties it.
 */
export function recordDynamoCalls() {
  const calls: RecordedCall[] = [];
  const capacityOf = (output: unknown) =>
    [(output as { ConsumedCapacity?: unknown })?.ConsumedCapacity]
      .flat()
      .reduce<number>(
        (sum, entry) => sum + ((entry as { CapacityUnits?: number } | undefined)?.CapacityUnits ?? 0),
        0,
      );
  dynamo.middlewareStack.add(
    (next, context) => async (args) => {
      (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'TOTAL';
      try {
        const result = await next(args);
        calls.push({ command: context.commandName ?? 'unknown', capacity: capacityOf(result.output) });
        return result;
      } catch (error) {
        calls.push({ command: context.commandName ?? 'unknown', capacity: 0 });
        throw error;
      }
    },
    { step: 'initialize', name: 'recordDynamoCalls', override: true },
  );
  return Object.assign(calls, { clear: () => calls.splice(0, calls.length) });
}
