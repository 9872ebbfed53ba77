import * as z from 'zod/mini';
import { decodeCursor, encodeCursor, invalidCursor } from './cursor.ts';
import { getItem, query, type QueryRequest } from './db.ts';
import type { Entity, EntitySpec, PrimaryKey } from './entity.ts';
import { TABLE_SCHEMA, type IndexName } from './table-schema.ts';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;
/** Round trips one page may take when a filter skips items; then the page ends early with a cursor. */
const MAX_ROUND_TRIPS = 5;

/** `limit` and `cursor` query parameters, shared by every list. */
export const pageParameters = {
  limit: z._default(
    z.pipe(
      z.string().check(z.regex(/^\d{1,3}$/, 'Must be a whole number')),
      z.transform(Number).check(z.minimum(1), z.maximum(MAX_PAGE_SIZE)),
    ),
    DEFAULT_PAGE_SIZE,
  ),
  cursor: z.optional(z.string().check(z.maxLength(2048))),
};

export const pageOf = <S extends z.ZodMiniType>(item: S) =>
  z.object({ items: z.array(item), nextCursor: z.optional(z.string()) });

export interface PageParameters {
  limit: number;
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

const KEY_ATTRIBUTES: string[] = [
  TABLE_SCHEMA.partitionKey,
  TABLE_SCHEMA.sortKey,
  ...TABLE_SCHEMA.indexes.flatMap((index) => [index.partitionKey, index.sortKey]),
];

const HIDDEN = new Set([...KEY_ATTRIBUTES, 'entityType', TABLE_SCHEMA.timeToLiveAttribute]);

/** The stored item without keys and bookkeeping: what the API shows. */
export function toResource<T>(item: Record<string, unknown>): T {
  // Copied without them rather than deleted from a copy: an object that lost properties is one V8
  // keeps as a dictionary, slower to serialize on every answer.
  const resource: Record<string, unknown> = {};
  for (const attribute in item) if (!HIDDEN.has(attribute)) resource[attribute] = item[attribute];
  return resource as T;
}

/** One item as a resource, or undefined when there is none. */
export async function getResource<T>(key: PrimaryKey, consistent = false): Promise<T | undefined> {
  const item = await getItem(key, consistent);
  return item ? toResource<T>(item) : undefined;
}

export interface PageRequest {
  index?: IndexName;
  /** Partition key attribute and value. */
  partition: { attribute: string; value: string };
  /** Only sort keys with this prefix. */
  sortKeyPrefix?: { attribute: string; value: string };
  /** Only sort keys in this range (both ends included). */
  sortKeyBetween?: { attribute: string; from: string; to: string };
  filter?: { expression: string; names: Record<string, string>; values: Record<string, unknown> };
  limit: number;
  cursor?: string;
  newestFirst?: boolean;
}

/**
 * One page of a Query. With a filter, DynamoDB's Limit counts items read rather than items
 * returned, so it keeps reading (a bounded number of times) until the page is full.
 */
export async function queryPage<T>(request: PageRequest): Promise<Page<T>> {
  const names: Record<string, string> = { '#p': request.partition.attribute, ...request.filter?.names };
  const values: Record<string, unknown> = { ':p': request.partition.value, ...request.filter?.values };
  let condition = '#p = :p';
  if (request.sortKeyPrefix) {
    names['#s'] = request.sortKeyPrefix.attribute;
    values[':s'] = request.sortKeyPrefix.value;
    condition += ' AND begins_with(#s, :s)';
  } else if (request.sortKeyBetween) {
    names['#s'] = request.sortKeyBetween.attribute;
    values[':from'] = request.sortKeyBetween.from;
    values[':to'] = request.sortKeyBetween.to;
    condition += ' AND #s BETWEEN :from AND :to';
  }
  const items: Record<string, unknown>[] = [];
  const index = TABLE_SCHEMA.indexes.find((candidate) => candidate.indexName === request.index);
  const keyAttributes = [
    TABLE_SCHEMA.partitionKey,
    TABLE_SCHEMA.sortKey,
    ...(index ? [index.partitionKey, index.sortKey] : []),
  ];
  let startKey = decodeCursor(request.cursor, request.partition, keyAttributes);
  for (let trip = 0; trip < MAX_ROUND_TRIPS; trip++) {
    const input: QueryRequest = {
      IndexName: request.index,
      KeyConditionExpression: condition,
      FilterExpression: request.filter?.expression,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ExclusiveStartKey: startKey,
      Limit: request.limit - items.length,
      ScanIndexForward: !request.newestFirst,
    };
    let result: Awaited<ReturnType<typeof query>>;
    try {
      result = await query(input);
    } catch (error) {
      // DynamoDB refusing a start key that passed the checks above is still the cursor's fault.
      if (request.cursor && error instanceof Error && error.name === 'ValidationException')
        throw invalidCursor();
      throw error;
    }
    items.push(...result.items);
    startKey = result.lastKey;
    if (!startKey || items.length >= request.limit) break;
  }
  // Limit never lets a trip read past what the page can hold, so the last key read is exactly
  // where the next page starts.
  return { items: items.map((item) => toResource<T>(item)), nextCursor: encodeCursor(startKey) };
}

/**
 * A whole partition's stored items (or those under a sort key prefix), a megabyte a call: for
 * bounded partitions read whole, such as a record's file split by `entityType`.
 */
export async function partitionItems(
  pk: string,
  options: { skPrefix?: string; consistent?: boolean } = {},
): Promise<Record<string, unknown>[]> {
  const { skPrefix, consistent = false } = options;
  const found: Record<string, unknown>[] = [];
  let startKey: Record<string, string> | undefined;
  do {
    const { items, lastKey } = await query({
      KeyConditionExpression: skPrefix ? 'pk = :pk AND begins_with(sk, :prefix)' : 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk, ...(skPrefix ? { ':prefix': skPrefix } : {}) },
      ExclusiveStartKey: startKey,
      ConsistentRead: consistent,
    });
    found.push(...items);
    startKey = lastKey;
  } while (startKey);
  return found;
}

/** A whole partition (or its items under a sort key prefix) as resources: a rep's month of facts. */
export async function queryPartition<T>(pk: string, skPrefix?: string): Promise<T[]> {
  return (await partitionItems(pk, { skPrefix })).map((item) => toResource<T>(item));
}

/** Whose records a list covers: one rep's (their own, or one the manager names) or the department's. */
export type ListScope = { ownerId: string } | 'department';

const ownerParameters = new WeakMap<object, string>();

/** The one parameter of an owned collection's gsi1 partition (`{ownerId}`, a claim's `{claimantId}`). */
function ownerParameter(entity: Pick<Entity<EntitySpec>, 'spec'>): string {
  const known = ownerParameters.get(entity.spec);
  if (known) return known;
  const template = entity.spec.indexes?.gsi1?.pk ?? '';
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  if (names.length !== 1) throw new Error(`${entity.spec.type}: gsi1 is not partitioned by one owner`);
  ownerParameters.set(entity.spec, names[0]!);
  return names[0]!;
}

/**
 * The partition of an owned collection (customers, quotes, …): per owner on the entity's gsi1,
 * the whole department on its gsi2. `sortKey` is that index's sort key attribute.
 */
export function scopedPartition(scope: ListScope, entity: Pick<Entity<EntitySpec>, 'partitionOf' | 'spec'>) {
  return scope === 'department'
    ? ({
        index: 'gsi2',
        partition: { attribute: 'gsi2pk', value: entity.partitionOf('gsi2', {}) },
        sortKey: 'gsi2sk',
      } as const)
    : ({
        index: 'gsi1',
        partition: {
          attribute: 'gsi1pk',
          value: entity.partitionOf('gsi1', { [ownerParameter(entity)]: scope.ownerId }),
        },
        sortKey: 'gsi1sk',
      } as const);
}

/**
 * A scoped list, newest first, narrowed to a status: a sort key prefix in the department's index
 * (whose sort key starts with the status), a filter in an owner's (sorted by time alone).
 */
export function statusScopedPage<T>(
  entity: Pick<Entity<EntitySpec>, 'partitionOf' | 'spec'>,
  scope: ListScope,
  status: string | undefined,
  page: PageParameters,
): Promise<Page<T>> {
  const { sortKey, ...partition } = scopedPartition(scope, entity);
  return queryPage<T>({
    ...partition,
    ...(status && scope === 'department'
      ? { sortKeyPrefix: { attribute: sortKey, value: `${status}#` } }
      : {}),
    ...(status && scope !== 'department'
      ? {
          filter: {
            expression: '#status = :status',
            names: { '#status': 'status' },
            values: { ':status': status },
          },
        }
      : {}),
    newestFirst: true,
    ...page,
  });
}

/** Walks every page of a list, the largest pages allowed: for jobs that cover a whole partition. */
export async function forEachPage<T>(
  list: (page: PageParameters) => Promise<Page<T>>,
  visit: (items: T[]) => Promise<void>,
): Promise<void> {
  let cursor: string | undefined;
  do {
    const page = await list({ limit: MAX_PAGE_SIZE, cursor });
    await visit(page.items);
    cursor = page.nextCursor;
  } while (cursor);
}

/** Every item of a list that is known to be small (a department's employees, one person's tasks). */
export const collectAll = <T>(list: (page: PageParameters) => Promise<Page<T>>): Promise<T[]> =>
  collectWhere(list, () => true);

/** Every item of a list that matches, page by page (a rep's own quotes, say: bounded). */
export async function collectWhere<T>(
  list: (page: PageParameters) => Promise<Page<T>>,
  keep: (item: T) => boolean,
): Promise<T[]> {
  const kept: T[] = [];
  await forEachPage(list, async (items) => void kept.push(...items.filter(keep)));
  return kept;
}
