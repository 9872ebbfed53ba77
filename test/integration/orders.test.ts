import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideByLink, emailAbout, startReviews, waitForLink } from '../support/reviews.ts';
import { draftQuote, seedCustomer, seedProduct } from '../support/builders.ts';
import { caller } from '../support/events.ts';
import { prepareTable } from '../support/table.ts';
import { eventually } from '../support/wait.ts';

/**
 * An effective contract becomes its order, once, goes to sales admin's review and wins its
 * opportunity: the signature's event, delivered (and delivered again)
 * through the local event path, and the review on the local Step Functions engine.
 */
const { handler: salesApi } = await import('../../functions/sales/handler.ts');
const { handler: contractsApi } = await import('../../functions/contracts/handler.ts');
const { handler: ordersApi } = await import('../../functions/orders/handler.ts');
const { handler: eventsApi } = await import('../../functions/events/handler.ts');
const { commit } = await import('../../functions/shared/transaction.ts');
const { contractWrites, getContract } = await import('../../functions/contracts/store.ts');
const sales = caller(salesApi);
const contracts = caller(contractsApi);
const orders = caller(ordersApi);
const events = caller(eventsApi);

const rep = { id: 'ORREP', roles: ['sales_rep'] as const };
const otherRep = { id: 'OROTHER', roles: ['sales_rep'] as const };
const admin = { id: 'ORADM', roles: ['sales_admin'] as const };
const manager = { id: 'ORMGR', roles: ['sales_manager'] as const };
const finance = { id: 'ORFIN', roles: ['finance'] as const };
const production = { id: 'ORPROD', roles: ['production'] as const };

let reviews: Awaited<ReturnType<typeof startReviews>>;
let customer: { customerId: string; contactId: string };
let productId: string;

beforeAll(async () => {
  await prepareTable([
    { id: 'ORREP', roles: ['sales_rep'] },
    { id: 'OROTHER', roles: ['sales_rep'] },
    { id: 'ORADM', roles: ['sales_admin'] },
  ]);
  reviews = await startReviews();
  customer = await seedCustomer(rep, 'Order Works');
  productId = await seedProduct(admin);
});
afterAll(() => reviews.stop());
const settle = () => reviews.events.settle();
const orderStatusBecomes = (id: string, status: string) =>
  eventually(async () => {
    const order = await orders('GET /orders/{id}', `/orders/${id}`, { caller: rep });
    return order.body.status === status ? order.body : undefined;
  });

/** An opportunity with an accepted quote whose contract is approved (its review is not the point here). */
async function approvedContract() {
  const opportunity = await sales('POST /opportunities', '/opportunities', {
    caller: rep,
    body: {
      customerId: customer.customerId,
      title: 'Two presses',
      expectedValue: { value: 10_000_000, currency: 'CNY' },
      expectedCloseDate: '2027-01-31',
    },
  });
  const quoteId = await draftQuote(rep, customer.customerId, [{ productId, quantity: 2 }]);
  await sales('POST /quotes/{id}/revisions', `/quotes/${quoteId}/revisions`, {
    caller: rep,
    body: {
      currency: 'CNY',
      lines: [{ productId, quantity: 2 }],
      deliveryDate: '2027-03-01',
      paymentTerms: '30/70',
      afterSalesTerms: '1 year',
      validUntil: '2027-01-31',
    },
  });
  // The quote belongs to the opportunity.
  const { getQuote, quoteWrites } = await import('../../functions/sales/store.ts');
  const quote = (await getQuote(quoteId))!;
  const linked = { ...quote, opportunityId: opportunity.body.id, version: quote.version + 1 };
  await commit(quoteWrites(quote, linked, 'test'));
  await sales('POST /quotes/{id}/send', `/quotes/${quoteId}/send`, {
    caller: rep,
    body: { contactId: customer.contactId },
  });
  await sales('POST /quotes/{id}/accept', `/quotes/${quoteId}/accept`, {
    caller: rep,
    body: { revision: 2 },
  });
  const contract = await contracts('POST /contracts', '/contracts', {
    caller: rep,
    body: { quoteId, qualityStandard: 'GB/T 1', breachLiability: '0.05%/day' },
  });
  const draft = (await getContract(contract.body.id))!;
  await commit(contractWrites(draft, { ...draft, status: 'approved', version: draft.version + 1 }, 'test'));
  return { contractId: contract.body.id as string, opportunityId: opportunity.body.id as string };
}

describe('a signed contract', () => {
  it('becomes one order and wins its opportunity; a repeated event changes nothing', async () => {
    const { contractId, opportunityId } = await approvedContract();
    expect(
      (
        await sales('POST /opportunities/{id}/stage', `/opportunities/${opportunityId}/stage`, {
          caller: rep,
          body: { stage: 'won' },
        })
      ).status,
    ).toBe(409);
    const signedAt = new Date(Date.now() - 1000).toISOString();
    const signed = await contracts('POST /contracts/{id}/sign', `/contracts/${contractId}/sign`, {
      caller: rep,
      body: { signedOn: '2026-11-28', ourSignatory: '王强', customerSignatory: 'Zhao' },
    });
    expect(signed.body.status).toBe('effective');
    await settle();

    const order = await orders('GET /orders/{id}', `/orders/${contractId}`, { caller: rep });
    expect(order.status).toBe(200);
    expect(order.body).toMatchObject({
      id: contractId,
      contractId,
      customerId: customer.customerId,
      ownerId: 'ORREP',
      status: 'under_review',
      reviewRound: 1,
      total: 10_000_000,
      signedOn: '2026-11-28',
    });
    expect(order.body.lines).toHaveLength(1);
    expect(order.body.timeline).toEqual([expect.objectContaining({ what: 'created', by: 'ORREP' })]);
    const opportunity = await sales('GET /opportunities/{id}', `/opportunities/${opportunityId}`, {
      caller: rep,
    });
    expect(opportunity.body).toMatchObject({ stage: 'won', wonWith: contractId });
    expect(opportunity.body.stageHistory.at(-1)).toMatchObject({ to: 'won', by: 'contracts' });

    // The same events delivered again (an operator's replay): still one order, one entry, one win.
    for (const consumer of ['orders-events', 'sales-events']) {
      const replayed = await events(
        'POST /event-consumers/{name}/replays',
        `/event-consumers/${consumer}/replays`,
        { caller: manager, body: { from: signedAt, to: new Date().toISOString() } },
      );
      expect(replayed.body.published).toBeGreaterThanOrEqual(1);
    }
    await settle();
    const again = await orders('GET /orders/{id}', `/orders/${contractId}`, { caller: rep });
    expect(again.body.timeline.filter((entry: { what: string }) => entry.what === 'created')).toHaveLength(1);
    const history = await sales('GET /opportunities/{id}', `/opportunities/${opportunityId}`, {
      caller: rep,
    });
    expect(history.body.stageHistory.filter((change: { to: string }) => change.to === 'won')).toHaveLength(1);
  });

  it('its order is seen by its rep, the sales admin and finance, without prices by production; not by another rep', async () => {
    const { contractId } = await approvedContract();
    await contracts('POST /contracts/{id}/sign', `/contracts/${contractId}/sign`, {
      caller: rep,
      body: { signedOn: '2026-11-28', ourSignatory: '王强', customerSignatory: 'Zhao' },
    });
    await settle();
    const read = (who: { id: string; roles: readonly string[] }) =>
      orders('GET /orders/{id}', `/orders/${contractId}`, { caller: who as typeof rep });
    for (const who of [rep, admin, finance]) {
      const seen = await read(who);
      expect(seen.status).toBe(200);
      expect(seen.body.total).toBe(10_000_000);
      expect(seen.body.installments.map((item: { amount: number }) => item.amount)).toEqual([
        3_000_000, 6_000_000, 1_000_000,
      ]);
    }
    expect((await read(otherRep)).status).toBe(403);
    const work = await read(production);
    expect(work.status).toBe(200);
    expect(work.body.total).toBeUndefined();
    expect(work.body.installments).toBeUndefined();
    expect(work.body.lines[0].unitPrice).toBeUndefined();
    expect(work.body.lines[0].quantity).toBe(2);
    const mine = await orders('GET /orders', '/orders', { caller: rep });
    expect(mine.body.items.map((item: { id: string }) => item.id)).toContain(contractId);
    expect((await orders('GET /orders', '/orders', { caller: otherRep })).body.items).toEqual([]);
    const inReview = await orders('GET /orders', '/orders', {
      caller: admin,
      query: { status: 'under_review' },
    });
    expect(inReview.body.items.map((item: { id: string }) => item.id)).toContain(contractId);
    const late = await orders('GET /orders', '/orders', {
      caller: admin,
      query: { status: 'under_review', lateOn: '2027-03-01' },
    });
    expect(late.body.items).toEqual([]);
    const lateLater = await orders('GET /orders', '/orders', {
      caller: admin,
      query: { status: 'under_review', lateOn: '2027-03-02' },
    });
    expect(lateLater.body.items.map((item: { id: string }) => item.id)).toContain(contractId);
    const forProduction = await orders('GET /orders', '/orders', { caller: production });
    expect(forProduction.body.items.every((item: { total?: number }) => item.total === undefined)).toBe(true);
    const auditor = { id: 'ORAUD', roles: ['technician'] as const };
    expect(
      (await orders('GET /orders', '/orders', { caller: auditor as unknown as typeof rep })).status,
    ).toBe(403);
  });

  it('is reviewed by sales admin from an emailed link: sent back, resubmitted, passed to production', async () => {
    const { contractId } = await approvedContract();
    await contracts('POST /contracts/{id}/sign', `/contracts/${contractId}/sign`, {
      caller: rep,
      body: { signedOn: '2026-11-28', ourSignatory: '王强', customerSignatory: 'Zhao' },
    });
    const link = await waitForLink('oradm@test.example', contractId);
    expect((await decideByLink(link, 'reject', '交货日期与产能不符，请与客户确认')).status).toBe(200);
    const returned = await orderStatusBecomes(contractId, 'returned');
    expect(returned.lastReturn).toMatchObject({ step: 'order-review', by: 'ORADM' });
    expect((await emailAbout('orrep@test.example', contractId)).subject).toMatch(/^已退回修改/);
    const submit = (who: { id: string; roles: readonly string[] }) =>
      orders('POST /orders/{id}/submit', `/orders/${contractId}/submit`, {
        caller: who as typeof rep,
        body: { note: '客户同意 4 月交货' },
      });
    expect((await submit(otherRep)).status).toBe(403);
    expect((await submit(admin)).status).toBe(403);
    const resubmitted = await submit(rep);
    expect(resubmitted.status).toBe(202);
    expect(resubmitted.body).toMatchObject({ status: 'under_review', reviewRound: 2 });
    expect((await submit(rep)).status).toBe(409);
    const second = await waitForLink('oradm@test.example', contractId, link.id);
    expect((await decideByLink(second, 'approve')).status).toBe(200);
    const passed = await orderStatusBecomes(contractId, 'awaiting_production');
    expect(passed.timeline.map((entry: { what: string }) => entry.what)).toEqual([
      'created',
      'review-returned',
      'resubmitted',
      'review-passed',
    ]);
  });
});
