import type { Entity, EntitySpec } from './entity.ts';
import { type IndexName, TABLE_SCHEMA } from './table-schema.ts';

type AnyEntity = Entity<EntitySpec>;

/**
 * What a function may do in the table, by entity: the CDK stack turns it into the function's IAM
 * policy (`dynamodb:LeadingKeys` on the entities' partitions, in the table and in each index), and
 * the local runtime holds every call to the same partitions. Writing implies reading.
 */
export interface DataAccess {
  reads?: readonly AnyEntity[];
  writes?: readonly AnyEntity[];
}

/** A key template as an IAM `StringLike` pattern: each `{value}` may be anything. */
const pattern = (template: string) => template.replace(/\{[^}]+\}/g, '*');

/**
 * The partitions a function reaches, as `StringLike` patterns: the table's (to read, to write) and
 * each index's (to query). An entity kept in another's partition (an audit record) adds none.
 */
export function partitionsOf(access: DataAccess) {
  const table = (entities: readonly AnyEntity[]) =>
    [...new Set(entities.map((entity) => pattern(entity.spec.key.pk)).filter((each) => each !== '*'))].sort();
  const readable = [...(access.reads ?? []), ...(access.writes ?? [])];
  const indexes = Object.fromEntries(
    TABLE_SCHEMA.indexes.map(({ indexName }) => [
      indexName,
      [
        ...new Set(
          readable.flatMap((entity) => {
            const template = entity.spec.indexes?.[indexName]?.pk;
            return template ? [pattern(template)] : [];
          }),
        ),
      ].sort(),
    ]),
  ) as Record<IndexName, string[]>;
  return { read: table(readable), write: table(access.writes ?? []), indexes };
}

const likePattern = (like: string) =>
  new RegExp(
    `^${like
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );

/** IAM `StringLike`: `*` stands for any characters. */
export const likeMatches = (like: string, value: string): boolean => likePattern(like).test(value);

/** Each declaration's patterns, compiled once: the local runtime checks every DynamoDB call. */
const compiled = new WeakMap<DataAccess, Record<string, RegExp[]>>();

/** Whether a declaration allows one call: a read or write of a table partition, or an index query. */
export function allows(access: DataAccess, call: { index: string; partition: string; write: boolean }) {
  let patterns = compiled.get(access);
  if (!patterns) {
    const partitions = partitionsOf(access);
    patterns = Object.fromEntries(
      Object.entries({ write: partitions.write, read: partitions.read, ...partitions.indexes }).map(
        ([scope, likes]) => [scope, likes.map(likePattern)],
      ),
    );
    compiled.set(access, patterns);
  }
  const scope = call.index === 'table' ? (call.write ? 'write' : 'read') : call.index;
  return (patterns[scope] ?? []).some((pattern) => pattern.test(call.partition));
}
