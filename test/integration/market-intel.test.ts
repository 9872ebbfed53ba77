import { beforeAll, describe, expect, it } from 'vitest';
import { seedCustomer, seedProduct } from '../support/builders.ts';
import { caller, type Person } from '../support/events.ts';
import { prepareTable } from '../support/table.ts';

/**
 * Market intelligence (§2.1.4, §2.2.3) on DynamoDB Local: reps record competitors, prices, product
 * feedback and opportunities; sales finds them by kind and region, filtered by competitor, product
 * and days; the manager reads a period's summary, production its product feedback.
 */
const { handler: salesApi } = await import('../../functions/sales/handler.ts');
const sales = caller(salesApi);

const rep: Person = { id: 'MIREP', roles: ['sales_rep'] };
const otherRep: Person = { id: 'MIOTHER', roles: ['sales_rep'] };
const manager: Person = { id: 'MIMGR', roles: ['sales_manager'] };
const admin: Person = { id: 'MIADMIN', roles: ['sales_admin'] };
const production: Person = { id: 'MIPROD', roles: ['production'] };
const finance: Person = { id: 'MIFIN', roles: ['finance'] };

const today = new Date().toISOString().slice(0, 10);
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
let customerId: string;
let productId: string;

beforeAll(async () => {
  await prepareTable([
    { id: 'MIREP', roles: ['sales_rep'] },
    { id: 'MIOTHER', roles: ['sales_rep'] },
    { id: 'MIMGR', roles: ['sales_manager'] },
    { id: 'MIADMIN', roles: ['sales_admin'] },
    { id: 'MIPROD', roles: ['production'] },
  ]);
  ({ customerId } = await seedCustomer(rep, 'Intel Works'));
  productId = await seedProduct(admin);
});

const record = (who: Person, body: Record<string, unknown>) =>
  sales('POST /market-intelligence', '/market-intelligence', { caller: who, body });
const find = (who: Person, query: Record<string, string>) =>
  sales('GET /market-intelligence', '/market-intelligence', { caller: who, query });

describe('market intelligence', () => {
  it('is recorded by kind with what each kind must say, and found by kind, region, competitor, product and days', async () => {
    const base = { title: 'x', details: 'y', region: '华东', observedOn: today };
    // Each kind says what it is about; nothing is recorded otherwise.
    expect((await record(rep, { ...base, kind: 'competitor' })).body.errors[0]).toMatchObject({
      path: 'competitor',
    });
    expect((await record(rep, { ...base, kind: 'price' })).body.errors[0]).toMatchObject({ path: 'price' });
    expect((await record(rep, { ...base, kind: 'product_feedback', sentiment: 'negative' })).status).toBe(
      400,
    );
    expect((await record(rep, { ...base, kind: 'product_feedback', product: 'YH32' })).status).toBe(400);
    expect((await record(rep, { ...base, kind: 'opportunity', observedOn: '2099-01-01' })).status).toBe(400);
    // Another rep's customer is not theirs to write about; an unknown product is not found.
    expect((await record(otherRep, { ...base, kind: 'opportunity', customerId })).status).toBe(403);
    expect(
      (await record(rep, { ...base, kind: 'opportunity', productId: '01J0000000000000000000000Z' })).status,
    ).toBe(404);
    expect((await find(rep, { kind: 'competitor' })).body.items).toEqual([]);

    const competitor = await record(rep, {
      ...base,
      kind: 'competitor',
      title: '济南某厂推出同型号压力机',
      details: '交期 30 天，送两年保修',
      competitor: { name: '济南锻压', product: 'J23-63' },
      customerId,
    });
    expect(competitor.status).toBe(201);
    const price = await record(rep, {
      ...base,
      kind: 'price',
      title: '济南锻压报价',
      competitor: { name: '济南锻压', product: 'J23-63' },
      price: { value: 4_200_000, currency: 'CNY' },
    });
    expect(price.body).toMatchObject({ price: { value: 4_200_000, currency: 'CNY' }, recordedBy: 'MIREP' });
    const feedback = await record(manager, {
      ...base,
      kind: 'product_feedback',
      title: '液压站噪音偏大',
      productId,
      sentiment: 'negative',
      region: '华北',
    });
    // A catalogue product is found by its model, in lower case.
    expect(feedback.body).toMatchObject({ productId, product: 'yh32', sentiment: 'negative' });
    await record(admin, { ...base, kind: 'opportunity', title: '西北新能源项目', region: '西北' });

    const ids = (answer: { body: { items: { id: string }[] } }) => answer.body.items.map((item) => item.id);
    expect(ids(await find(otherRep, { kind: 'competitor' }))).toEqual([competitor.body.id]);
    expect(ids(await find(rep, { region: '华东' }))).toEqual([price.body.id, competitor.body.id]);
    expect(ids(await find(rep, { region: '华东', competitor: '济南锻压' }))).toEqual([
      price.body.id,
      competitor.body.id,
    ]);
    expect(ids(await find(rep, { kind: 'price', region: '华北' }))).toEqual([]);
    expect(ids(await find(rep, { kind: 'product_feedback', product: 'YH32' }))).toEqual([feedback.body.id]);
    expect(ids(await find(rep, { region: '华东', from: today, to: today }))).toHaveLength(2);
    expect(ids(await find(rep, { region: '华东', to: daysAgo(1) }))).toEqual([]);
    expect((await find(rep, {})).status).toBe(400);
    const backwards = await find(rep, { region: '华东', from: today, to: daysAgo(1) });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0]).toMatchObject({ in: 'query', path: 'to' });
    expect((await find(finance, { kind: 'price' })).status).toBe(403);
  });

  it('is summed up for a period: the manager sees it all, production the product feedback', async () => {
    const summary = (who: Person) =>
      sales('GET /market-intelligence/summary', '/market-intelligence/summary', {
        caller: who,
        query: { period: today.slice(0, 4) },
      });
    const whole = await summary(manager);
    expect(whole.status).toBe(200);
    expect(whole.body.byKind).toEqual(
      expect.arrayContaining([
        { kind: 'competitor', records: 1 },
        { kind: 'price', records: 1 },
        { kind: 'product_feedback', records: 1 },
        { kind: 'opportunity', records: 1 },
      ]),
    );
    expect(whole.body.competitors).toEqual([
      {
        name: '济南锻压',
        records: 2,
        regions: ['华东'],
        latestPrices: [
          { product: 'J23-63', price: { value: 4_200_000, currency: 'CNY' }, observedOn: today },
        ],
      },
    ]);
    expect(whole.body.productFeedback).toEqual([
      { product: 'yh32', positive: 0, neutral: 0, negative: 1, latest: ['液压站噪音偏大'] },
    ]);
    const forProduction = await summary(production);
    expect(forProduction.body).toMatchObject({
      records: 1,
      competitors: [],
      byKind: [{ kind: 'product_feedback', records: 1 }],
    });
    expect(forProduction.body.productFeedback).toEqual(whole.body.productFeedback);
    expect((await summary(rep)).status).toBe(403);
  });
});
