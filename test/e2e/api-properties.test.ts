import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../functions/platform/openapi-document.ts';
import { documentedOperations } from '../../functions/routes.ts';
import { ROLES } from '../../functions/shared/roles.ts';
import { arbitraryOf, type JsonSchema, type Pools } from '../support/arbitraries.ts';
import { assertDocumented } from '../support/documented.ts';
import type { PROPERTY_IDENTITIES } from '../support/properties-plan.ts';
import { RUNS_PER_IDENTITY } from '../support/properties-plan.ts';
import { localRuntime } from '../support/runtime.ts';

/**
 * The API as a client finds it, driven by its own OpenAPI document: every operation, called by
 * every role (two reps, one of whom owns the data, and nobody), with inputs generated from the
 * documented schemas (mostly valid, over the demo company's real ids, and some anything at all),
 * against the running local stack. Whatever is sent: never a 5xx, every answer documented (status
 * and body), every refusal an RFC 9457 problem. The seed and the count are fixed, so a failure
 * replays; fast-check prints the request that broke it.
 */
const SEED = 20_261_206;

const runtime = localRuntime('sales-properties-');
const { api, token } = runtime;

type Parameter = { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema: JsonSchema };
type Operation = {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { content?: Record<string, unknown> }>;
  security?: unknown[];
};
const document = buildOpenApiDocument(documentedOperations()) as {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};
const resolve = (ref: string): JsonSchema => {
  const found = ref
    .split('/')
    .slice(1)
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], document);
  if (!found) throw new Error(`unresolved ${ref}`);
  return found as JsonSchema;
};
const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
);

const identities: { name: string; token?: string }[] = [];
const pools: Pools & Record<string, string[]> = {};

/** The collections whose ids fill `{id}` in paths under them, and the fields named after them. */
const COLLECTIONS: Record<string, string> = {
  customers: '/customers',
  products: '/products',
  quotes: '/quotes',
  contracts: '/contracts',
  orders: '/orders',
  opportunities: '/opportunities',
  expenses: '/expenses/claims',
  tickets: '/tickets',
  complaints: '/complaints',
  employees: '/employees',
  revisits: '/revisits',
  documents: '/documents?type=contract',
  approvals: '/approvals',
  'training/sessions': '/training/sessions',
  'appreciation-events': '/appreciation-events',
};

beforeAll(async () => {
  await runtime.start();
  const manager = await token('--role', 'sales_manager');
  const admin = await token('--role', 'sales_admin');
  for (const [collection, list] of Object.entries(COLLECTIONS)) {
    const page = await api(`${list}${list.includes('?') ? '&' : '?'}limit=20`, {
      token: collection === 'tickets' ? admin : manager,
    });
    pools[collection] = page.status === 200 ? page.body.items.map((item: { id: string }) => item.id) : [];
  }
  const customer = pools.customers![0]!;
  pools.contacts = (await api(`/customers/${customer}/contacts`, { token: manager })).body.items.map(
    (item: { id: string }) => item.id,
  );
  started = performance.now();
  for (const role of ROLES) identities.push({ name: role, token: await token('--role', role) });
  // A rep who owns customers, one who owns others, and a caller without a token.
  const emails: Record<(typeof PROPERTY_IDENTITIES)[number], string | undefined> = {
    'a rep who owns customers': 'li.na@hd-machinery.example',
    'a rep who owns others': 'chen.jie@hd-machinery.example',
    'a caller without a token': undefined,
  };
  for (const [name, email] of Object.entries(emails))
    identities.push({ name, ...(email ? { token: await token(email) } : {}) });
}, 600_000);
/** How the answers fell, printed at the end: the figures behind the README's line on this test. */
const tally = new Map<number, number>();
let started = 0;
afterAll(async () => {
  const requests = [...tally.values()].reduce((sum, count) => sum + count, 0);
  console.log(
    `api-properties: ${operations.length} operations × ${identities.length} identities × ${RUNS_PER_IDENTITY} = ${requests} requests in ${Math.round((performance.now() - started) / 1000)} s; answers ${[
      ...tally,
    ]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}×${count}`)
      .join(' ')}`,
  );
  await runtime.remove();
});

/** Real ids for the names a request carries, by where it is sent. */
function poolsFor(path: string): Pools {
  const segments = path.split('/').filter(Boolean);
  const collection =
    COLLECTIONS[`${segments[0]}/${segments[1]}`] !== undefined
      ? `${segments[0]}/${segments[1]}`
      : segments[0]!;
  const all = Object.values(pools).flat();
  return {
    id: pools[collection]?.length ? pools[collection] : all,
    customerId: pools.customers,
    contactId: pools.contacts,
    productId: pools.products,
    quoteId: pools.quotes,
    orderId: pools.orders,
    issueId: all,
    receiptId: all,
    employeeId: pools.employees,
    technicianId: pools.employees,
    repId: pools.employees,
    ownerId: pools.employees,
    currency: ['CNY', 'USD', 'EUR'],
  };
}

/** Anything at all, where a schema would have said what. */
const anything = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    '',
    'null',
    '[]',
    '../../x',
    "' OR 1=1 --",
    '%F0%9F%98%80',
    'x'.repeat(300),
    '\u0000\u202e',
  ),
);

function requestOf(path: string, operation: Operation) {
  const named = poolsFor(path);
  const parameters = operation.parameters ?? [];
  /** A part's fields as documented; now and then one of them anything at all. */
  const values = (where: Parameter['in']) => {
    const fields = parameters.filter((parameter) => parameter.in === where);
    // A cursor comes from an earlier page: a made-up one is only ever hostile.
    const sent = fields.filter((parameter) => parameter.name !== 'cursor');
    const documented = (hostile?: string) =>
      fc.record(
        Object.fromEntries(
          [...sent, ...fields.filter((field) => field.name === hostile && !sent.includes(field))].map(
            (parameter) => [
              parameter.name,
              (parameter.name === hostile
                ? anything
                : arbitraryOf(parameter.schema, resolve, named, parameter.name)
              )
                // An empty path segment addresses another route (the gateway's own 404), not this one.
                .filter((value) => where !== 'path' || text(value) !== ''),
            ],
          ),
        ),
        { requiredKeys: fields.filter((parameter) => parameter.required).map((parameter) => parameter.name) },
      );
    return fields.length === 0
      ? documented()
      : fc.oneof(
          { weight: 4, arbitrary: documented() },
          { weight: 1, arbitrary: fc.constantFrom(...fields.map((field) => field.name)).chain(documented) },
        );
  };
  const content = operation.requestBody?.content ?? {};
  const type = content['application/json'] ? 'application/json' : Object.keys(content)[0];
  const body = type
    ? fc.oneof(
        { weight: 4, arbitrary: arbitraryOf(content[type]!.schema, resolve, named) },
        { weight: 1, arbitrary: anything },
      )
    : fc.constant(undefined);
  // Documented headers (Idempotency-Key, If-Match): sent now and then, as a client types them —
  // visible ASCII, a version in quotes or not; a header cannot carry a line break at all.
  const headerNames = parameters.filter((parameter) => parameter.in === 'header').map((p) => p.name);
  const headers = fc.dictionary(
    fc.constantFrom(...(headerNames.length > 0 ? headerNames : ['x-none'])),
    fc.oneof(fc.stringMatching(/^[!-~]{1,40}$/), fc.constantFrom('"1"', '"2"', '*', 'demo-key-1')),
    { maxKeys: headerNames.length > 0 ? headerNames.length : 0 },
  );
  return fc.record({
    params: values('path'),
    query: values('query'),
    body,
    type: fc.constant(type),
    headers,
  });
}

const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
/** Fields as a form or a query string sends them: each value as text. */
const formOf = (fields: object) =>
  new URLSearchParams(
    Object.entries(fields).map(([key, value]): [string, string] => [key, text(value)]),
  ).toString();

describe.each(operations)('$method $path', ({ path, method, operation }) => {
  it('answers every role with a documented answer, never a 5xx, refusals as problems', async () => {
    await fc.assert(
      // Identities by name, so a counterexample shows who, not a token.
      fc.asyncProperty(
        fc.constantFrom(...identities.map((identity) => identity.name)),
        requestOf(path, operation),
        async (name, request) => {
          const who = identities.find((identity) => identity.name === name)!;
          const url =
            path.replace(/\{(\w+)\}/g, (_, name: string) =>
              encodeURIComponent(text(request.params[name] ?? 'x')),
            ) + (Object.keys(request.query).length ? `?${formOf(request.query)}` : '');
          const form = request.type === 'application/x-www-form-urlencoded';
          const answer = await api(url, {
            token: who.token,
            method,
            ...(request.body === undefined
              ? { headers: request.headers }
              : form
                ? {
                    raw: formOf(
                      request.body && typeof request.body === 'object'
                        ? request.body
                        : { value: request.body },
                    ),
                    headers: { ...request.headers, 'content-type': request.type! },
                  }
                : { body: request.body, headers: request.headers }),
          });
          tally.set(answer.status, (tally.get(answer.status) ?? 0) + 1);
          const label = `${who.name}: ${method} ${url} → ${answer.status} ${text(answer.body).slice(0, 300)}`;
          expect(answer.status, label).toBeLessThan(500);
          const type = answer.type.split(';')[0]!.trim();
          assertDocumented(`${method} ${path}`, answer.status, type, answer.body);
          // A HEAD answer has no body to be a problem.
          if (answer.status >= 400 && method !== 'HEAD') {
            const documented = Object.keys(operation.responses[String(answer.status)]?.content ?? {});
            expect(type === 'application/problem+json' || documented.includes(type), label).toBe(true);
          }
        },
      ),
      { seed: SEED, numRuns: RUNS_PER_IDENTITY * identities.length, endOnFailure: true },
    );
  });
});
