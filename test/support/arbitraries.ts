import fc from 'fast-check';

/**
 * fast-check arbitraries from the JSON Schemas of the OpenAPI document (2020-12, as the document
 * writes them): values that fit a schema, mostly, so that requests get past validation and reach the
 * rules and the table. Strings and arrays are kept short; dates fall around today, where the
 * document's bounds let them through.
 */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
}

const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

/** Values a client may hold for a field named like this (ids of the data, known addresses). */
export type Pools = Partial<Record<string, readonly string[]>>;

export function arbitraryOf(
  schema: JsonSchema,
  resolve: (ref: string) => JsonSchema,
  pools: Pools = {},
  name = '',
): fc.Arbitrary<unknown> {
  if (schema.$ref) return arbitraryOf(resolve(schema.$ref), resolve, pools, name);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return fc.oneof(...variants.map((variant) => arbitraryOf(variant, resolve, pools, name)));
  if (schema.allOf) return arbitraryOf(Object.assign({}, ...schema.allOf), resolve, pools, name);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1)
    return fc.oneof(...types.map((type) => arbitraryOf({ ...schema, type }, resolve, pools, name)));
  switch (types[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({
        min: Math.max(schema.minimum ?? (schema.exclusiveMinimum ?? -1_000_001) + 1, -1_000_000),
        max: Math.min(schema.maximum ?? (schema.exclusiveMaximum ?? 1_000_001) - 1, 1_000_000),
      });
    case 'number':
      return fc.double({
        min: Math.max(schema.minimum ?? -1_000_000, -1_000_000),
        max: Math.min(schema.maximum ?? 1_000_000, 1_000_000),
        noNaN: true,
      });
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 3, 3));
      return fc.array(arbitraryOf(schema.items ?? {}, resolve, pools, name), { minLength, maxLength });
    }
    case 'object':
      return objectOf(schema, resolve, pools);
    case 'string':
      return stringOf(schema, pools, name);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectOf(schema: JsonSchema, resolve: (ref: string) => JsonSchema, pools: Pools) {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  if (Object.keys(properties).length === 0 && typeof schema.additionalProperties === 'object')
    return fc.dictionary(
      schema.propertyNames
        ? (stringOf(schema.propertyNames, pools, '') as fc.Arbitrary<string>)
        : fc.string(),
      arbitraryOf(schema.additionalProperties, resolve, pools),
      { maxKeys: 3 },
    );
  return fc.record(
    Object.fromEntries(
      Object.entries(properties).map(([key, inner]) => [key, arbitraryOf(inner, resolve, pools, key)]),
    ),
    { requiredKeys: [...required].filter((key) => key in properties) },
  );
}

function stringOf(schema: JsonSchema, pools: Pools, name: string): fc.Arbitrary<unknown> {
  const pool = pools[name];
  if (pool?.length) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pool) }, plainString(schema));
  return plainString(schema);
}

function plainString(schema: JsonSchema): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'date':
      return fc.integer({ min: -400, max: 400 }).map(isoDay);
    case 'date-time':
      return fc
        .integer({ min: -400 * 24, max: 400 * 24 })
        .map((hours) => new Date(Date.now() + hours * 3_600_000).toISOString());
    case 'email':
      return fc.constantFrom('buyer@customer.example', 'li.na@hd-machinery.example', 'x@a1.b2.example');
    case 'uri':
      return fc.constant('https://example.com/x');
  }
  if (schema.pattern)
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .map((value) => value.slice(0, schema.maxLength ?? 200));
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 30, 30));
  return fc.string({ minLength, maxLength, unit: fc.constantFrom(...'abc 华东 XYZ-09'.split('')) });
}
