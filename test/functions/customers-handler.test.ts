import {
  DynamoDBClient,
  GetItemCommand,
  QueryCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { caller } from '../support/events.ts';

process.env.TABLE_NAME = 'unit-table';
process.env.LOG_LEVEL = 'SILENT';
const { handler } = await import('../../functions/customers/handler.ts');

const dynamo = mockClient(DynamoDBClient);
const found = (item: Record<string, unknown>) => ({ Item: marshall(item) });
const transactItems = () => dynamo.commandCalls(TransactWriteItemsCommand)[0]!.args[0].input.TransactItems!;
const call = caller(handler);
const rep = { id: 'REP1', roles: ['sales_rep'] as const };
const otherRep = { id: 'REP2', roles: ['sales_rep'] as const };
const ID = '01J0000000000000000000000A';
const stored = {
  pk: `CUSTOMER#${ID}`,
  sk: 'CUSTOMER',
  gsi1pk: 'OWNER#REP1#CUSTOMERS',
  entityType: 'Customer',
  id: ID,
  name: 'Acme',
  industry: 'electronics',
  region: 'east',
  source: 'referral',
  status: 'prospect',
  ownerId: 'REP1',
  class: null,
  createdBy: 'REP1',
  version: 2,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
};
const newCustomer = { name: 'Beta Works', industry: 'textiles', region: 'south', source: 'web_search' };

beforeEach(() => dynamo.reset());

describe('GET /customers/{id}', () => {
  it('answers the resource without keys, with its ETag', async () => {
    dynamo.on(GetItemCommand).resolves(found(stored));
    const response = await call('GET /customers/{id}', `/customers/${ID}`, { caller: rep });
    expect(response.status).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    expect(response.body).toMatchObject({ id: ID, name: 'Acme', version: 2 });
    expect(response.body).not.toHaveProperty('pk');
    expect(response.body).not.toHaveProperty('gsi1pk');
    expect(unmarshall(dynamo.commandCalls(GetItemCommand)[0]!.args[0].input.Key!)).toEqual({
      pk: `CUSTOMER#${ID}`,
      sk: 'CUSTOMER',
    });
  });
  it("is 403 for another rep's customer and 404 for none", async () => {
    dynamo.on(GetItemCommand).resolves(found(stored));
    expect((await call('GET /customers/{id}', `/customers/${ID}`, { caller: otherRep })).status).toBe(403);
    dynamo.on(GetItemCommand).resolves({});
    const missing = await call('GET /customers/{id}', `/customers/${ID}`, { caller: rep });
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toBe('application/problem+json');
  });
  it('is 401 without claims, even if the authorizer was bypassed', async () => {
    const response = await call('GET /customers/{id}', `/customers/${ID}`);
    expect(response.status).toBe(401);
    expect(dynamo.calls()).toHaveLength(0);
  });
});

describe('POST /customers', () => {
  it('writes the customer, its name claim and an audit record in one transaction', async () => {
    dynamo.on(TransactWriteItemsCommand).resolves({});
    const response = await call('POST /customers', '/customers', { caller: rep, body: newCustomer });
    expect(response.status).toBe(201);
    expect(response.headers.location).toBe(`/customers/${response.body.id}`);
    expect(response.body).toMatchObject({
      ...newCustomer,
      ownerId: 'REP1',
      status: 'prospect',
      version: 1,
      class: null,
    });
    const items = transactItems().map((item) => unmarshall(item.Put!.Item!));
    expect(items.map((item) => item.entityType)).toEqual([
      'Customer',
      'CustomerNameClaim',
      'DomainEvent',
      'Audit',
    ]);
    expect(items[1]!.pk).toBe('CUSTOMER_NAME#beta works');
    // The rep's new customer, for the performance figures.
    expect(items[2]).toMatchObject({ type: 'customer.filed', payload: { ownerId: 'REP1' } });
    expect(items[3]).toMatchObject({
      action: 'created',
      actorId: 'REP1',
      resourceType: 'Customer',
    });
  });
  it('is 409 when the name is taken', async () => {
    dynamo.on(TransactWriteItemsCommand).rejects(
      new TransactionCanceledException({
        message: 'cancelled',
        $metadata: {},
        CancellationReasons: [{ Code: 'None' }, { Code: 'ConditionalCheckFailed' }, { Code: 'None' }],
      }),
    );
    // The claim names the holder; the holder is the caller's own customer, so the 409 names it.
    dynamo
      .on(GetItemCommand)
      .resolvesOnce(found({ customerId: ID }))
      .resolves(found({ id: ID, ownerId: rep.id, name: 'x' }));
    const response = await call('POST /customers', '/customers', { caller: rep, body: newCustomer });
    expect(response.status).toBe(409);
    expect(response.body.detail).toContain(ID);
  });
  it('validates before touching the table', async () => {
    const response = await call('POST /customers', '/customers', {
      caller: rep,
      body: { ...newCustomer, influence: 9 },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ in: 'body', path: 'influence', message: expect.any(String) }]);
    expect(dynamo.calls()).toHaveLength(0);
  });
  it('is 400 for a body that is not JSON and 415 for another media type', async () => {
    expect((await call('POST /customers', '/customers', { caller: rep, body: '{oops' })).status).toBe(400);
    const typed = await call('POST /customers', '/customers', {
      caller: rep,
      body: newCustomer,
      headers: { 'content-type': 'text/csv' },
    });
    expect(typed.status).toBe(415);
  });
  it('hides internals when DynamoDB fails unexpectedly', async () => {
    dynamo.on(TransactWriteItemsCommand).rejects(new Error('socket hang up at 10.0.0.1'));
    const response = await call('POST /customers', '/customers', { caller: rep, body: newCustomer });
    expect(response.status).toBe(500);
    expect(JSON.stringify(response.body)).not.toContain('10.0.0.1');
  });
});

describe('PATCH /customers/{id}', () => {
  const patch = (headers: Record<string, string>, body: unknown = { status: 'active' }) =>
    call('PATCH /customers/{id}', `/customers/${ID}`, {
      caller: rep,
      body,
      headers: { 'content-type': 'application/merge-patch+json', ...headers },
    });

  it('needs If-Match (428) naming the current version (412)', async () => {
    dynamo.on(GetItemCommand).resolves(found(stored));
    expect((await patch({})).status).toBe(428);
    expect((await patch({ 'if-match': '"1"' })).status).toBe(412);
    expect(dynamo.commandCalls(TransactWriteItemsCommand)).toHaveLength(0);
  });
  it('writes conditionally on the version read', async () => {
    dynamo.on(GetItemCommand).resolves(found(stored));
    dynamo.on(TransactWriteItemsCommand).resolves({});
    const response = await patch({ 'if-match': '"2"' });
    expect(response.status).toBe(200);
    expect(response.headers.etag).toBe('"3"');
    const put = transactItems()[0]!.Put!;
    expect(put.ConditionExpression).toBe('version = :expected');
    expect(unmarshall(put.ExpressionAttributeValues!)).toEqual({ ':expected': 2 });
  });
  it('turns a lost race into 412', async () => {
    dynamo.on(GetItemCommand).resolves(found(stored));
    dynamo.on(TransactWriteItemsCommand).rejects(
      new TransactionCanceledException({
        message: 'cancelled',
        $metadata: {},
        CancellationReasons: [{ Code: 'ConditionalCheckFailed' }, { Code: 'None' }],
      }),
    );
    expect((await patch({ 'if-match': '"2"' })).status).toBe(412);
  });
});

describe('GET /customers', () => {
  it("reads the rep's own partition on the owner index", async () => {
    dynamo.on(QueryCommand).resolves({ Items: [marshall(stored)] });
    const response = await call('GET /customers', '/customers', {
      caller: rep,
      query: { status: 'prospect' },
    });
    expect(response.status).toBe(200);
    expect(response.body.items).toHaveLength(1);
    const input = dynamo.commandCalls(QueryCommand)[0]!.args[0].input;
    expect(input.IndexName).toBe('gsi1');
    expect(unmarshall(input.ExpressionAttributeValues!)).toMatchObject({
      ':p': 'OWNER#REP1#CUSTOMERS',
      ':status': 'prospect',
    });
    expect(input.Limit).toBe(25);
  });
  it('rejects a limit out of range and unknown parameters', async () => {
    const response = await call('GET /customers', '/customers', {
      caller: rep,
      query: { limit: '500', colour: 'red' },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      'colour',
      'limit',
    ]);
  });
});
