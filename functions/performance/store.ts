import { auditChange } from '#shared/audit.ts';
import { query, tableName } from '#shared/db.ts';
import { collectAll, getResource, queryPage, toResource } from '#shared/listing.ts';
import { putVersioned, type TransactItem } from '#shared/transaction.ts';
import { MarketSizes, PerformanceFacts, PerformanceTargets } from './entities.ts';
import type { Fact, Targets } from './model.ts';

export const getTargets = (employeeId: string, year: string) =>
  getResource<Targets>(PerformanceTargets.key({ year, employeeId }));

export function targetsWrites(before: Targets | undefined, after: Targets, actorId: string): TransactItem[] {
  const key = PerformanceTargets.key({ year: after.year, employeeId: after.employeeId });
  return [
    putVersioned(before, PerformanceTargets.item(after, after)),
    auditChange(key, {
      type: 'PerformanceTargets',
      id: `${after.employeeId}/${after.year}`,
      actorId,
      at: after.updatedAt,
      ...(before ? { before } : {}),
      after,
    }),
  ];
}

/** Every rep's targets for a year (one partition). */
export const yearTargets = (year: string) =>
  collectAll((page) =>
    queryPage<Targets>({
      partition: { attribute: 'pk', value: PerformanceTargets.partition({ year }) },
      sortKeyPrefix: { attribute: 'sk', value: PerformanceTargets.skPrefix },
      ...page,
    }),
  );

export interface MarketSize {
  year: string;
  region: string;
  size: number;
  currency: string;
  setBy: string;
  updatedAt: string;
}

export const marketSizeWrite = (size: MarketSize): TransactItem => ({
  Put: { TableName: tableName(), Item: MarketSizes.item(size, size) },
});

export const yearMarketSizes = (year: string) =>
  collectAll((page) =>
    queryPage<MarketSize>({
      partition: { attribute: 'pk', value: MarketSizes.partition({ year }) },
      ...page,
    }),
  );

/** A fact, put by its event's id: a second delivery writes the same item. */
export const factWrite = (fact: Fact): TransactItem => ({
  Put: { TableName: tableName(), Item: PerformanceFacts.item(fact, fact) },
});

/**
 * A rep's facts of one month: the whole partition, one Query per megabyte (a month of a busy rep
 * is a few hundred small items, one call).
 */
export async function monthFacts(employeeId: string, month: string): Promise<Fact[]> {
  const facts: Fact[] = [];
  let startKey: Record<string, string> | undefined;
  do {
    const { items, lastKey } = await query({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': PerformanceFacts.partition({ employeeId, month }) },
      ExclusiveStartKey: startKey,
    });
    facts.push(...items.map((item) => toResource<Fact>(item)));
    startKey = lastKey;
  } while (startKey);
  return facts;
}
