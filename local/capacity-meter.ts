import { dynamo } from '../functions/shared/db.ts';

export interface MeteredCall {
  command: string;
  /** Capacity units DynamoDB reported for the call (reads and writes, indexes included). */
  capacity: number;
}

/**
 * Meters every call the functions' shared DynamoDB client makes, asking for
 * ReturnConsumedCapacity on each. For tests and benchmarks: returns the live list; `clear()`
 * empties it.
 */
export function meterDynamoCalls() {
  const calls: MeteredCall[] = [];
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
    { step: 'initialize', name: 'meterDynamoCalls', override: true },
  );
  return Object.assign(calls, { clear: () => calls.splice(0, calls.length) });
}
