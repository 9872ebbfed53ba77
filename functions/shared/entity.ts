import type { IndexName } from './table-schema.ts';

/**
 * Entities declare themselves: type, key templates, the indexes they appear in, the access
 * patterns that use them, whether changes are audited. Stores build keys from the declaration and
 * `npm run data-model` writes docs/data-model.md from all of them (functions/entities.ts), so the
 * document and the code cannot disagree.
 *
 * A template is text with `{name}` parameters (`{name:4}` pads a number to four digits):
 * `CUSTOMER#{id}`, `REVISION#{revision:4}`.
 */
export interface PrimaryKey {
  pk: string;
  sk: string;
}

type Parameters_<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? (P extends `${infer Name}:${string}` ? Name : P) | Parameters_<Rest>
  : never;
/** The values a set of templates needs, by parameter name. */
export type KeyValues<S extends string> = { [K in Parameters_<S>]: string | number };

export interface KeyTemplate {
  pk: string;
  sk: string;
}
export interface IndexTemplate extends KeyTemplate {
  /** Only items with every value of the index keys appear in it. */
  sparse?: boolean;
}

export interface AccessPattern {
  /** What is looked up, in the department's words. */
  name: string;
  /** `table` (default), an index, or the table's stream. */
  index?: 'table' | IndexName | 'stream';
  /** One item; a whole partition; a partition's items whose sort key starts with the entity's prefix; a range of sort keys. */
  by: 'item' | 'partition' | 'prefix' | 'range';
  /** Said instead of the key condition (the stream's filter, for example). */
  condition?: string;
  notes?: string;
}

export interface EntitySpec {
  type: string;
  /** The domain that owns the entity: only its store writes it. */
  owner: string;
  description: string;
  key: KeyTemplate;
  indexes?: Partial<Record<IndexName, IndexTemplate>>;
  /** Each change writes an audit record into the entity's partition. */
  audited?: boolean;
  /** Its name as the subject of events, when not its type in kebab case (`ServiceTicket` → `ticket`). */
  subject?: string;
  /** When DynamoDB's TTL removes it, if it does. */
  expires?: string;
  patterns?: AccessPattern[];
}

type Templates<S extends EntitySpec> =
  S['key']['pk'] | S['key']['sk'] | NonNullable<S['indexes']>[keyof NonNullable<S['indexes']>] extends infer I
  ? I extends KeyTemplate
    ? I['pk'] | I['sk']
    : never
  : never;

function fill(template: string, values: Record<string, string | number | undefined>): string | undefined {
  let missing = false;
  const text = template.replace(/\{(\w+)(?::(\d+))?\}/g, (_match, name: string, width?: string) => {
    const value = values[name];
    if (value === undefined || value === '') missing = true;
    return width ? String(value).padStart(Number(width), '0') : String(value);
  });
  return missing ? undefined : text;
}

function required(template: string, values: Record<string, string | number | undefined>, type: string) {
  const text = fill(template, values);
  if (text === undefined) throw new Error(`${type}: a value of ${template} is missing`);
  return text;
}

export interface Entity<S extends EntitySpec> {
  readonly spec: S;
  readonly type: S['type'];
  /** The constant start of the sort key, e.g. `CONTACT#`, for queries within a partition. */
  readonly skPrefix: string;
  key(values: KeyValues<S['key']['pk'] | S['key']['sk']>): PrimaryKey;
  /** The partition key alone (to query a partition). */
  partition(values: KeyValues<S['key']['pk']>): string;
  /** An index's partition key value. */
  indexPartition<I extends keyof NonNullable<S['indexes']> & IndexName>(
    index: I,
    values: KeyValues<
      NonNullable<S['indexes']>[I] extends KeyTemplate ? NonNullable<S['indexes']>[I]['pk'] : never
    >,
  ): string;
  /** A partition of the table or an index, for code that serves several entities alike. */
  partitionOf(index: 'table' | IndexName, values: Record<string, string | number>): string;
  /** The primary key and every index key (a sparse index's only when all its values are there). */
  keys(
    values: Partial<KeyValues<Templates<S>>> & KeyValues<S['key']['pk'] | S['key']['sk']>,
  ): PrimaryKey & Record<string, string>;
  /** The whole item: keys, `entityType` and the attributes. */
  item<A extends object>(
    values: Partial<KeyValues<Templates<S>>> & KeyValues<S['key']['pk'] | S['key']['sk']>,
    attributes: A,
  ): PrimaryKey & Record<string, unknown> & { entityType: S['type'] } & A;
}

export function defineEntity<const S extends EntitySpec>(spec: S): Entity<S> {
  const values = (input: object) => input as Record<string, string | number | undefined>;
  const key = (input: object): PrimaryKey => ({
    pk: required(spec.key.pk, values(input), spec.type),
    sk: required(spec.key.sk, values(input), spec.type),
  });
  const keys = (input: object) => {
    const result: PrimaryKey & Record<string, string> = { ...key(input) };
    for (const [index, template] of Object.entries(spec.indexes ?? {}) as [IndexName, IndexTemplate][]) {
      const pk = fill(template.pk, values(input));
      const sk = fill(template.sk, values(input));
      if (pk === undefined || sk === undefined) {
        if (template.sparse) continue;
        throw new Error(`${spec.type}: a value of index ${index} is missing`);
      }
      result[`${index}pk`] = pk;
      result[`${index}sk`] = sk;
    }
    return result;
  };
  const partitionOf = (index: 'table' | IndexName, input: object) =>
    required(index === 'table' ? spec.key.pk : spec.indexes![index]!.pk, values(input), spec.type);
  return {
    spec,
    type: spec.type,
    skPrefix: spec.key.sk.split('{')[0]!,
    key,
    partition: (input) => partitionOf('table', input),
    indexPartition: (index, input) => partitionOf(index, input),
    partitionOf,
    keys,
    item: (input, attributes) => ({ ...keys(input), entityType: spec.type, ...attributes }) as never,
  };
}
