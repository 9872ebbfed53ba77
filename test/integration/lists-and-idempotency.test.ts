import { beforeAll, describe, expect, it } from 'vitest';
import { handler } from '../../functions/customers/handler.ts';
import { caller } from '../support/events.ts';
import { prepareTable } from '../support/table.ts';

const call = caller(handler);
const manager = { id: 'MGR', roles: ['sales_manager'] as const };
const rep = { id: 'PAGER', roles: ['sales_rep'] as const };
const keyedRep = { id: 'KEYED', roles: ['sales_rep'] as const };

beforeAll(async () => {
  await prepareTable([
    { id: 'MGR', roles: ['sales_manager'] },
    { id: 'PAGER', roles: ['sales_rep'] },
    { id: 'KEYED', roles: ['sales_rep'] },
  ]);
  for (let index = 0; index < 23; index++) {
    const response = await call('POST /customers', '/customers', {
      caller: rep,
      body: {
        name: `Paged Customer ${index}`,
        industry: index % 3 === 0 ? 'textiles' : 'electronics',
        region: 'north',
        source: 'web_search',
        status: index % 2 === 0 ? 'active' : 'prospect',
      },
    });
    expect(response.status).toBe(201);
  }
});

async function readAll(query: Record<string, string>, who = rep) {
  const pages: { id: string; status: string; industry: string }[][] = [];
  let cursor: string | undefined;
  do {
    const response = await call('GET /customers', '/customers', {
      caller: who,
      query: { ...query, ...(cursor ? { cursor } : {}) },
    });
    expect(response.status).toBe(200);
    pages.push(response.body.items);
    cursor = response.body.nextCursor;
  } while (cursor && pages.length < 50);
  return pages;
}

describe('pagination', () => {
  it('walks every customer once, in pages of at most limit', async () => {
    const pages = await readAll({ limit: '5' });
    const ids = pages.flat().map((item) => item.id);
    expect(ids).toHaveLength(23);
    expect(new Set(ids).size).toBe(23);
    expect(pages.every((page) => page.length <= 5)).toBe(true);
    expect(pages.slice(0, 4).every((page) => page.length === 5)).toBe(true);
  });

  it('fills filtered pages and skips nothing', async () => {
    const pages = await readAll({ limit: '4', status: 'active', industry: 'electronics' });
    const items = pages.flat();
    // index even and not divisible by 3, of 0..22
    expect(items).toHaveLength(8);
    expect(items.every((item) => item.status === 'active' && item.industry === 'electronics')).toBe(true);
    expect(pages.slice(0, -1).every((page) => page.length === 4)).toBe(true);
  });

  it("refuses a cursor from someone else's list", async () => {
    const first = await call('GET /customers', '/customers', { caller: manager, query: { limit: '2' } });
    expect(first.body.nextCursor).toBeDefined();
    const replayed = await call('GET /customers', '/customers', {
      caller: rep,
      query: { cursor: first.body.nextCursor },
    });
    expect(replayed.status).toBe(400);
    expect(replayed.body.errors[0].path).toBe('cursor');
  });
});

describe('Idempotency-Key', () => {
  const body = { name: 'Idempotent Ltd', industry: 'energy', region: 'west', source: 'referral' };
  const post = (key: string, payload: unknown = body) =>
    call('POST /customers', '/customers', {
      caller: keyedRep,
      body: payload,
      headers: { 'idempotency-key': key },
    });

  it('creates once under concurrent duplicates and replays the first answer', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => post('dup-key-1')));
    const created = results.filter((result) => result.status === 201);
    // A duplicate either replays the first answer or, while that is still in flight, is told to retry.
    expect(results.every((result) => result.status === 201 || result.status === 409)).toBe(true);
    expect(new Set(created.map((result) => result.body.id)).size).toBe(1);
    const later = await post('dup-key-1');
    expect(later.status).toBe(201);
    expect(later.headers['idempotent-replayed']).toBe('true');
    expect(later.body.id).toBe(created[0]!.body.id);
    const list = await call('GET /customers', '/customers', { caller: keyedRep });
    expect(list.body.items.filter((item: { name: string }) => item.name === body.name)).toHaveLength(1);
  });

  it('rejects the same key for a different request (422) and malformed keys (400)', async () => {
    expect((await post('reuse-key', { ...body, name: 'First Use' })).status).toBe(201);
    const reused = await post('reuse-key', { ...body, name: 'Second Use' });
    expect(reused.status).toBe(422);
    expect(reused.body.type).toBe('/problems/idempotency-key-reused');
    expect((await post('bad key with spaces')).status).toBe(400);
  });

  it('scopes keys per caller', async () => {
    const mine = await post('shared-key', { ...body, name: 'Mine Only' });
    const theirs = await call('POST /customers', '/customers', {
      caller: rep,
      body: { ...body, name: 'Theirs Only' },
      headers: { 'idempotency-key': 'shared-key' },
    });
    expect(mine.status).toBe(201);
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
  });
});
