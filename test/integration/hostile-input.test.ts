import { beforeAll, describe, expect, it } from 'vitest';
import { DOMAIN_FUNCTIONS } from '../../functions/routes.ts';
import { FORM_TYPE, routeKeyOf } from '../../functions/shared/http.ts';
import { caller, type RequestOptions } from '../support/events.ts';
import { prepareTable } from '../support/table.ts';

/**
 * Whatever a client sends, the answer is a 4xx problem (or a success), never a 500, and a refused
 * request changes nothing. Every route gets the same battery of malformed input.
 */
const manager = { id: 'HOSTILE', roles: ['sales_manager', 'sales_admin', 'sales_rep'] as const };
const ULID = '01J0000000000000000000000A';

const BODIES: unknown[] = [
  'not json',
  'null',
  '[]',
  '"a string"',
  '12',
  { name: { $gt: '' }, industry: ['x'], region: null, source: 'referral' },
  { name: 'x'.repeat(10_000), industry: 'e', region: 'r', source: 'referral' },
  { name: 'A', industry: 'e', region: 'r', source: 'referral', influence: 1.5, tags: ['a', 'a'] },
  { occurredAt: '2026-13-45T99:00:00Z', channel: 'fax', summary: '' },
  { birthday: '02-30', email: 'nobody', phone: 'call me' },
  { __proto__: { admin: true }, constructor: { prototype: {} } },
  { status: null, ownerId: '../../etc/passwd' },
];
const PATHS = [ULID, 'not-a-ulid', '%F0%9F%98%80', "' OR 1=1 --", 'x'.repeat(300)];
const QUERIES: Record<string, string>[] = [
  { limit: '0' },
  { limit: '-5' },
  { limit: '1e3' },
  { limit: 'abc', cursor: '%%%' },
  { cursor: Buffer.from('{"pk":"EMPLOYEE#X","sk":"PROFILE"}').toString('base64url') },
  { class: 'Z', status: 'maybe', owner: 'a b' },
  // Cursors in the right partition of a list, with another key shape (too few, wrong or extra attributes).
  ...['CUSTOMERS', 'QUOTES', 'OPPORTUNITIES', 'CONTRACTS', 'REVISITS'].flatMap((collection) =>
    [
      { gsi2pk: collection },
      { pk: 'X', sk: 'Y', gsi2pk: collection, gsi1sk: 'Z' },
      { pk: 'X', sk: 'Y', gsi2pk: collection, gsi2sk: 'Z', more: 'W' },
    ].map((key) => ({ cursor: Buffer.from(JSON.stringify(key)).toString('base64url') })),
  ),
  ...['PRODUCTS', 'EMPLOYEES', 'OWNER#HOSTILE#CUSTOMERS'].map((partition) => ({
    cursor: Buffer.from(JSON.stringify({ gsi1pk: partition, gsi1sk: 1 })).toString('base64url'),
  })),
];

const handlers = new Map(
  await Promise.all(
    DOMAIN_FUNCTIONS.map(async (fn) => {
      const module = (await import(/* @vite-ignore */ `../../${fn.entry}`)) as {
        handler: Parameters<typeof caller>[0];
      };
      return [fn.name, caller(module.handler)] as const;
    }),
  ),
);

beforeAll(() => prepareTable([{ id: 'HOSTILE', roles: ['sales_manager', 'sales_admin', 'sales_rep'] }]));

describe.each(
  DOMAIN_FUNCTIONS.flatMap((fn) => fn.operations.map((operation) => ({ fn: fn.name, operation }))),
)('$operation.method $operation.path', ({ fn, operation }) => {
  const call = handlers.get(fn)!;
  const routeKey = routeKeyOf(operation);
  const pathFor = (value: string) => operation.path.replace(/\{\w+\}/g, value);
  const attempts: RequestOptions[] = [
    ...BODIES.map((body) => ({ body, headers: { 'if-match': '"1"' } })),
    ...QUERIES.map((query) => ({ query })),
    { body: { name: 'A' }, headers: { 'content-type': 'application/xml', 'if-match': 'garbage' } },
    { body: { name: 'A' }, headers: { 'content-type': 'application/json', 'idempotency-key': 'ключ' } },
  ];

  it('never answers 5xx', async () => {
    for (const segment of PATHS) {
      for (const attempt of attempts) {
        const response = await call(routeKey, pathFor(encodeURIComponent(segment)), {
          caller: manager,
          ...attempt,
        });
        expect(
          response.status,
          `${routeKey} ${segment} ${JSON.stringify(attempt).slice(0, 120)}`,
        ).toBeLessThan(500);
        // People reach the pages behind emailed links from email: they answer with pages, not JSON.
        // The forms on those pages answer a person's mistakes with pages too, and what no page
        // sends (another media type, a malformed id) as a problem.
        const page =
          /^\/(approvals|receipts|ratings|invitations|service-requests|contact-messages|evaluation-ratings|training-surveys|training-sign-ins)\/\{id\}$/.test(
            operation.path,
          );
        const form = operation.bodyTypes?.length === 1 && operation.bodyTypes[0] === FORM_TYPE;
        if (response.status >= 400 && response.body !== '') {
          expect([
            ...(page || form ? ['text/html; charset=utf-8'] : []),
            ...(page ? [] : ['application/problem+json']),
          ]).toContain(response.headers['content-type']);
        }
      }
    }
  });
});

describe('refused requests change nothing', () => {
  it('leaves the customer list empty after the barrage', async () => {
    const list = await handlers.get('customers')!('GET /customers', '/customers', {
      caller: manager,
      query: { limit: '100' },
    });
    expect(list.status).toBe(200);
    // Only well-formed bodies can create: the battery above holds none for POST /customers.
    expect(list.body.items).toEqual([]);
  });
});

describe('text, dates, currencies and addresses that look valid but are not', () => {
  const customers = handlers.get('customers')!;
  const classification = handlers.get('classification')!;
  const sales = handlers.get('sales')!;
  const company = (name: string) => ({ name, industry: 'energy', region: 'east', source: 'referral' });
  const refused = async (
    response: Promise<{ status: number; body: { errors?: { path: string }[] } }>,
    path: string,
  ) => {
    const answer = await response;
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((error) => error.path)).toContain(path);
  };

  it('refuses control characters, lone surrogates, direction overrides and invisible-only names', async () => {
    for (const name of [
      'Bad\u0000Name',
      'Bad\u0007Bell',
      '\uD800lone',
      'Evil\u202Egnp.exe',
      '\u200B\u200B',
      '\u00AD \uFEFF',
    ])
      await refused(
        customers('POST /customers', '/customers', { caller: manager, body: company(name) }),
        'name',
      );
  });

  it('normalizes to NFC and treats names that differ only by invisible characters as the same company', async () => {
    const first = await customers('POST /customers', '/customers', {
      caller: manager,
      body: company('Cafe\u0301 Works'),
    });
    expect(first.status).toBe(201);
    expect(first.body.name).toBe('Café Works');
    const twin = await customers('POST /customers', '/customers', {
      caller: manager,
      body: company('Caf\u00e9\u200B Works'),
    });
    expect(twin.status).toBe(409);
  });

  it('refuses records dated in the future or before 1900, unknown currencies and undeliverable addresses', async () => {
    const id = (
      await customers('POST /customers', '/customers', { caller: manager, body: company('Dates Ltd') })
    ).body.id;
    const future = new Date(Date.now() + 86_400_000).toISOString();
    await refused(
      customers('POST /customers/{id}/interactions', `/customers/${id}/interactions`, {
        caller: manager,
        body: { channel: 'call', occurredAt: future, summary: 'Tomorrow' },
      }),
      'occurredAt',
    );
    await refused(
      customers('POST /customers/{id}/interactions', `/customers/${id}/interactions`, {
        caller: manager,
        body: { channel: 'call', occurredAt: '1899-12-31T00:00:00Z', summary: 'Long ago' },
      }),
      'occurredAt',
    );
    for (const date of ['1899-06-01', '2999-01-01'])
      await refused(
        classification('POST /customers/{id}/purchases', `/customers/${id}/purchases`, {
          caller: manager,
          body: { product: 'Press', quantity: 1, amount: { value: 100, currency: 'CNY' }, date },
        }),
        'date',
      );
    await refused(
      sales('POST /products', '/products', {
        caller: manager,
        body: {
          name: 'Press',
          model: 'P1',
          unit: 'set',
          listPrice: { value: 100, currency: 'XYZ' },
          standardCost: { value: 50, currency: 'CNY' },
        },
      }),
      'listPrice.currency',
    );
    for (const email of [`a@${'x'.repeat(64)}.com`, `${'a'.repeat(65)}@example.com`, 'a@localhost'])
      await refused(
        customers('POST /customers/{id}/contacts', `/customers/${id}/contacts`, {
          caller: manager,
          body: { name: 'Contact', email },
        }),
        'email',
      );
  });
});
