import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { DOMAIN_FUNCTIONS } from '../../functions/routes.ts';
import { emailAddress } from '../../functions/shared/schemas.ts';

/**
 * Every field a client sends has bounds, checked over every operation's body at once so that a
 * new field cannot ship without them: a date or a moment far in the past or the future is refused,
 * and a short text (a title, a name, a place: anything that may become an email subject or a
 * header) refuses line breaks.
 */
type JsonSchema = {
  type?: string | string[];
  format?: string;
  maxLength?: number;
  enum?: unknown[];
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

interface Field {
  path: (string | number)[];
  schema: JsonSchema;
}

/** The leaf fields of a body, with the path to reach each (arrays by their first element). */
function fields(schema: JsonSchema, path: (string | number)[] = []): Field[] {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.flatMap((variant) => fields(variant, path));
  if (schema.properties)
    return Object.entries(schema.properties).flatMap(([name, inner]) => fields(inner, [...path, name]));
  if (schema.items) return fields(schema.items, [...path, 0]);
  return [{ path, schema }];
}

/** A body that holds `value` at `path` and nothing else. */
function bodyWith(path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  return typeof head === 'number' ? [bodyWith(rest, value)] : { [head!]: bodyWith(rest, value) };
}

/** Whether the schema refuses `value` at `path` itself (other fields' complaints aside). */
function refusedAt(schema: z.ZodMiniType, path: (string | number)[], value: unknown): boolean {
  const result = z.safeParse(schema, bodyWith(path, value));
  return !result.success && result.error.issues.some((issue) => issue.path.join('.') === path.join('.'));
}

const operations = DOMAIN_FUNCTIONS.flatMap((fn) =>
  fn.operations.filter((operation) => operation.body).map((operation) => ({ fn: fn.name, operation })),
);
const bodyFields = operations.flatMap(({ operation }) =>
  fields(z.toJSONSchema(operation.body!, { io: 'input', unrepresentable: 'any' }) as JsonSchema).map(
    (field) => ({
      operation,
      ...field,
      name: `${operation.method} ${operation.path} ${field.path.join('.')}`,
    }),
  ),
);
const dates = bodyFields.filter((field) => field.schema.format === 'date');
const moments = bodyFields.filter((field) => field.schema.format === 'date-time');
const shortTexts = bodyFields.filter(
  (field) =>
    field.schema.type === 'string' &&
    !field.schema.format &&
    !field.schema.enum &&
    !field.schema.pattern &&
    field.schema.maxLength !== undefined &&
    field.schema.maxLength <= 300,
);

describe('the bounds of what clients send', () => {
  it('finds the fields it checks', () => {
    expect(dates.length).toBeGreaterThan(10);
    expect(moments.length).toBeGreaterThan(3);
    expect(shortTexts.length).toBeGreaterThan(30);
  });

  it.each(dates.map((field) => [field.name, field] as const))('%s: a day far off is refused', (_, field) => {
    for (const day of ['0000-01-01', '1900-01-01', '2099-12-31', '9999-12-31'])
      expect(refusedAt(field.operation.body!, field.path, day), day).toBe(true);
  });

  it.each(moments.map((field) => [field.name, field] as const))(
    '%s: a moment far off is refused',
    (_, field) => {
      for (const moment of ['1900-01-01T00:00:00Z', '2099-12-31T00:00:00Z', '9999-12-31T23:59:59Z'])
        expect(refusedAt(field.operation.body!, field.path, moment), moment).toBe(true);
    },
  );

  it.each(shortTexts.map((field) => [field.name, field] as const))(
    '%s: a line break is refused',
    (_, field) => {
      for (const text of ['Title\r\nBcc: someone@example.com', 'one\ntwo', 'one\u2028two'])
        expect(refusedAt(field.operation.body!, field.path, text), JSON.stringify(text)).toBe(true);
    },
  );

  it('takes email addresses mail can be delivered to, only', () => {
    for (const address of ['a@b-.example', 'a@-b.example', 'a@b..example', 'a@b_c.example', 'a@example'])
      expect(z.safeParse(emailAddress, address).success, address).toBe(false);
    for (const address of ['li.na@hd-machinery.example', 'x@a1.b2.example'])
      expect(z.safeParse(emailAddress, address).success, address).toBe(true);
  });
});
