import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asFunction } from '../../local/data-scope.ts';
import {
  decideByLink,
  emailAbout,
  emailsTo,
  mailWith,
  startReviews,
  waitForLink,
} from '../support/reviews.ts';
import { draftQuote, seedCustomer, seedProduct } from '../support/builders.ts';
import { caller, type Person } from '../support/events.ts';
import { archivedSignedScan, completeSigning, startDocumentStore } from '../support/documents.ts';
import { prepareTable } from '../support/table.ts';
import { eventually } from '../support/wait.ts';

/**
 * An effective contract becomes its order, once, goes to sales admin's review and wins its
 * opportunity: the signature's event, delivered (and delivered again)
 * through the local event path, and the review on the local Step Functions engine.
 */
const documents = await startDocumentStore('test-orders');
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
    { id: 'ORPROD', roles: ['production'] },
    { id: 'ORLOG', roles: ['logistics'] },
    { id: 'ORMGR', roles: ['sales_manager'] },
    { id: 'ORLEGAL', roles: ['legal'] },
  ]);
  reviews = await startReviews();
  customer = await seedCustomer(rep, 'Order Works');
  productId = await seedProduct(admin);
});
afterAll(async () => {
  await reviews.stop();
  await documents.stop();
});
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
      body: completeSigning(await archivedSignedScan(rep, customer.customerId)),
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
      body: completeSigning(await archivedSignedScan(rep, customer.customerId)),
    });
    await settle();
    const read = (who: Person) =>
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
    // The contract's quality standard goes with the order to production.
    expect(work.body.qualityStandard).toBe('GB/T 1');
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

  it('its review outcome, recorded twice at once (a retried Task), changes the order once', async () => {
    const { contractId: id } = await approvedContract();
    await contracts('POST /contracts/{id}/sign', `/contracts/${id}/sign`, {
      caller: rep,
      body: completeSigning(await archivedSignedScan(rep, customer.customerId)),
    });
    await settle();
    const { handler: outcome } = await import('../../functions/orders/review-outcomes.ts');
    const { lambdaContext } = await import('../../local/lambda-context.ts');
    const input = { outcome: 'approved', subject: { type: 'order', id }, round: 1 };
    const run = () =>
      asFunction('order-review-outcomes', () =>
        (outcome as (event: unknown, context: unknown) => Promise<{ outcome: string }>)(
          input,
          lambdaContext('order-review-outcomes', undefined, 60),
        ),
      );
    const results = await Promise.all([run(), run()]);
    expect(results.every((result) => ['approved', 'stale'].includes(result.outcome))).toBe(true);
    expect((await run()).outcome).toBe('stale');
    const order = await orders('GET /orders/{id}', `/orders/${id}`, { caller: rep });
    expect(order.body.status).toBe('awaiting_production');
    expect(
      order.body.timeline.filter((entry: { what: string }) => entry.what === 'review-passed'),
    ).toHaveLength(1);
  });

  it('is reviewed by sales admin from an emailed link: sent back, resubmitted, passed to production', async () => {
    const { contractId } = await approvedContract();
    await contracts('POST /contracts/{id}/sign', `/contracts/${contractId}/sign`, {
      caller: rep,
      body: completeSigning(await archivedSignedScan(rep, customer.customerId)),
    });
    const link = await waitForLink('oradm@test.example', contractId);
    expect((await decideByLink(link, 'reject', '交货日期与产能不符，请与客户确认')).status).toBe(200);
    const returned = await orderStatusBecomes(contractId, 'returned');
    expect(returned.lastReturn).toMatchObject({ step: 'order-review', by: 'ORADM' });
    expect((await emailAbout('orrep@test.example', contractId)).subject).toMatch(/^已退回修改/);
    const submit = (who: Person) =>
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

describe('fulfilment', () => {
  const logistics = { id: 'ORLOG', roles: ['logistics'] as const };
  const job = async (scheduledTime: string) => {
    const { handler } = await import('../../functions/orders/order-deadlines.ts');
    const { lambdaContext } = await import('../../local/lambda-context.ts');
    const { JOB_TIMEOUT_SECONDS } = await import('../../functions/schedules.ts');
    return asFunction('order-deadlines', () =>
      handler({ scheduledTime }, lambdaContext('order-deadlines', undefined, JOB_TIMEOUT_SECONDS)),
    );
  };
  const step = (route: string, path: string, who: Person, body: unknown = {}) =>
    orders(route, path, { caller: who as typeof rep, body });
  const receiptPages = caller(ordersApi);

  /** A signed contract whose order passed sales admin's review. */
  async function reviewedOrder() {
    const { contractId } = await approvedContract();
    await contracts('POST /contracts/{id}/sign', `/contracts/${contractId}/sign`, {
      caller: rep,
      body: completeSigning(await archivedSignedScan(rep, customer.customerId)),
    });
    const link = await waitForLink('oradm@test.example', contractId);
    expect((await decideByLink(link, 'approve')).status).toBe(200);
    await orderStatusBecomes(contractId, 'awaiting_production');
    return contractId;
  }

  it('runs from production through two shipments and the customer’s receipt (with a problem) to completion and purchases', async () => {
    const id = await reviewedOrder();
    // Only production accepts, with its planned date; the rep is told.
    expect(
      (
        await step('POST /orders/{id}/production/acceptance', `/orders/${id}/production/acceptance`, rep, {
          plannedCompletion: '2027-02-01',
        })
      ).status,
    ).toBe(403);
    const accepted = await step(
      'POST /orders/{id}/production/acceptance',
      `/orders/${id}/production/acceptance`,
      production,
      { plannedCompletion: '2027-02-01' },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'in_production', plannedCompletion: '2027-02-01' });
    expect(accepted.body.total).toBeUndefined();
    await eventually(
      async () =>
        emailsTo('orrep@test.example').find((mail) => mail.subject.includes(`${id.slice(-8)}: 生产已接单`)),
      30_000,
      'the production email to the rep',
    );
    expect(
      (
        await step('POST /orders/{id}/production/progress', `/orders/${id}/production/progress`, production, {
          percent: 60,
          milestone: '总装',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await step('POST /orders/{id}/production/progress', `/orders/${id}/production/progress`, production, {
          percent: 40,
        })
      ).status,
    ).toBe(400);
    // Shipping waits for production's completion.
    const early = await step('POST /orders/{id}/shipments', `/orders/${id}/shipments`, logistics, {
      lines: [{ line: 0, quantity: 1 }],
      carrier: '顺丰',
      trackingNumber: 'SF1001',
      shippedOn: '2026-11-28',
    });
    expect(early.status).toBe(409);
    expect(
      (
        await step(
          'POST /orders/{id}/production/completion',
          `/orders/${id}/production/completion`,
          production,
        )
      ).body.status,
    ).toBe('ready_to_ship');

    // Two shipments; never more than is left.
    const first = await step('POST /orders/{id}/shipments', `/orders/${id}/shipments`, logistics, {
      lines: [{ line: 0, quantity: 1 }],
      carrier: '顺丰',
      trackingNumber: 'SF1001',
      shippedOn: '2026-11-28',
    });
    expect(first.status).toBe(201);
    expect(
      (
        await step('POST /orders/{id}/shipments', `/orders/${id}/shipments`, logistics, {
          lines: [{ line: 0, quantity: 2 }],
          carrier: '顺丰',
          trackingNumber: 'SF1002',
          shippedOn: '2026-11-29',
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await step('POST /orders/{id}/shipments', `/orders/${id}/shipments`, logistics, {
          lines: [{ line: 7, quantity: 1 }],
          carrier: '顺丰',
          trackingNumber: 'SF1002',
          shippedOn: '2026-11-29',
        })
      ).status,
    ).toBe(400);
    const contact = `buyer-${customer.customerId.slice(-6).toLowerCase()}@customer.example`;
    const tracking = await eventually(
      async () => emailsTo(contact).find((mail) => mail.text.includes('SF1001')),
      30_000,
      'the tracking email',
    );
    expect(tracking.text).not.toMatch(/receipts\//);
    expect(
      (
        await step('POST /orders/{id}/shipments', `/orders/${id}/shipments`, logistics, {
          lines: [{ line: 0, quantity: 1 }],
          carrier: '顺丰',
          trackingNumber: 'SF1002',
          shippedOn: '2026-11-29',
        })
      ).body.lines,
    ).toHaveLength(1);
    const last = await eventually(
      async () => emailsTo(contact).find((mail) => mail.text.includes('SF1002')),
      30_000,
      'the last shipment email',
    );
    const [, linkOrder, token] = /\/receipts\/(\w{26})\?t=([\w-]+)/.exec(last.text)!;
    expect(linkOrder).toBe(id);

    // The page shows and changes nothing; a forged token is refused; the form confirms once.
    const page = await receiptPages('GET /receipts/{id}', `/receipts/${id}`, { query: { t: token! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('确认收货');
    const forged = await receiptPages('GET /receipts/{id}', `/receipts/${id}`, {
      query: { t: 'x'.repeat(43) },
    });
    expect(forged.status).toBe(404);
    const confirm = (t: string) =>
      receiptPages('POST /receipts/{id}/confirmation', `/receipts/${id}/confirmation`, {
        body: new URLSearchParams({
          t,
          receivedOn: '2026-11-29',
          problem: 'damage',
          description: '外壳划伤',
        }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    expect((await confirm('y'.repeat(43))).status).toBe(404);
    expect((await orders('GET /orders/{id}', `/orders/${id}`, { caller: rep })).body.status).toBe('shipped');
    expect((await confirm(token!)).status).toBe(200);
    expect((await confirm(token!)).status).toBe(409);

    // The problem is the rep's to resolve before the order completes.
    const withIssue = await orders('GET /orders/{id}', `/orders/${id}`, { caller: rep });
    expect(withIssue.body).toMatchObject({
      status: 'receipt_issue',
      openIssues: 1,
      receipt: { via: 'customer-link' },
    });
    expect(withIssue.body.shipments).toHaveLength(2);
    const issueId = withIssue.body.issues[0].id as string;
    const resolve = (who: Person) =>
      step(
        'POST /orders/{id}/issues/{issueId}/resolution',
        `/orders/${id}/issues/${issueId}/resolution`,
        who,
        { resolution: '补发外壳' },
      );
    // The problem became a service ticket (same id) in logistics' or production's queue.
    const { handler: serviceApi } = await import('../../functions/service/handler.ts');
    const readTicket = () => caller(serviceApi)('GET /tickets/{id}', `/tickets/${issueId}`, { caller: rep });
    await eventually(
      async () => ((await readTicket()).body.status === 'open' ? true : undefined),
      30_000,
      'the receipt problem’s ticket',
    );
    expect((await resolve(otherRep)).status).toBe(403);
    expect((await resolve(rep)).status).toBe(200);
    expect((await resolve(rep)).status).toBe(409);
    const completed = await orderStatusBecomes(id, 'completed');
    expect(completed.timeline.map((entry: { what: string }) => entry.what)).toEqual([
      'created',
      'review-passed',
      'production-accepted',
      'production-progress',
      'production-completed',
      'shipped',
      'shipped',
      'received',
      'issue-resolved',
      'completed',
    ]);

    // The problem's service ticket (same id) is settled with the order, its timer with it.
    const ticket = await eventually(
      async () => {
        const read = await readTicket();
        return read.body.status === 'solved' ? read.body : undefined;
      },
      30_000,
      'the receipt problem’s ticket solved',
    );
    expect(ticket.resolution).toMatchObject({ solution: '补发外壳' });
    expect(ticket.history.at(-1)).toMatchObject({ what: 'solved', by: rep.id });

    // The completed order recorded the customer's purchase, once.
    const { handler: classificationApi } = await import('../../functions/classification/handler.ts');
    const purchases = await eventually(
      async () => {
        const page = await caller(classificationApi)(
          'GET /customers/{id}/purchases',
          `/customers/${customer.customerId}/purchases`,
          { caller: admin },
        );
        const mine = page.body.items.filter((item: { note?: string }) => item.note === `Order ${id}`);
        return mine.length > 0 ? mine : undefined;
      },
      30_000,
      'the purchase',
    );
    expect(purchases).toEqual([
      expect.objectContaining({
        quantity: 2,
        amount: { value: 10_000_000, currency: 'CNY' },
        date: '2026-11-29',
      }),
    ]);

    // The cost driver on AWS: state transitions of its two executions, from their histories.
    const { GetExecutionHistoryCommand, SFNClient } = await import('@aws-sdk/client-sfn');
    const sfn = new SFNClient({});
    const transitions = async (workflow: string, name: string) =>
      (
        await sfn.send(
          new GetExecutionHistoryCommand({
            executionArn: `arn:aws:states:local:000000000000:execution:${workflow}:${name}`,
          }),
        )
      ).events!.filter((event) => event.type!.endsWith('StateEntered'));
    const review = await transitions('order-review', `order-${id}-round-1`);
    const fulfilment = await transitions('order-fulfilment', `order-${id}-run-1`);
    expect(fulfilment.map((event) => event.stateEnteredEventDetails!.name)).toEqual([
      'AwaitReview',
      'AwaitProductionAcceptance',
      'AwaitProduction',
      'AwaitShipping',
      'AwaitReceipt',
      'Complete',
    ]);
    expect(review.length + fulfilment.length).toBeLessThanOrEqual(40);
  });

  it('takes parallel shipments of one unit each: every answer is 201 or 409, never more than ordered', async () => {
    const id = await reviewedOrder();
    await step('POST /orders/{id}/production/acceptance', `/orders/${id}/production/acceptance`, production, {
      plannedCompletion: '2027-02-01',
    });
    await step('POST /orders/{id}/production/completion', `/orders/${id}/production/completion`, production);
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, n) =>
        step('POST /orders/{id}/shipments', `/orders/${id}/shipments`, logistics, {
          lines: [{ line: 0, quantity: 1 }],
          carrier: '顺丰',
          trackingNumber: `SFP${n}`,
          shippedOn: '2026-11-28',
        }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    expect(statuses.filter((status) => status === 201).length).toBeGreaterThanOrEqual(1);
    for (const refused of answers.filter((answer) => answer.status === 409))
      expect(refused.headers['content-type']).toContain('application/problem+json');
    const order = await orders('GET /orders/{id}', `/orders/${id}`, { caller: rep });
    const shipped = order.body.shipments.flatMap((s: { lines: { quantity: number }[] }) => s.lines);
    expect(shipped.reduce((total: number, line: { quantity: number }) => total + line.quantity, 0)).toBe(
      statuses.filter((status) => status === 201).length,
    );
    expect(statuses.filter((status) => status === 201).length).toBeLessThanOrEqual(2);
  });

  it('takes payments against its installments, refuses over-payment and ages what is open', async () => {
    const { contractId: id } = await approvedContract();
    await contracts('POST /contracts/{id}/sign', `/contracts/${id}/sign`, {
      caller: rep,
      body: completeSigning(await archivedSignedScan(rep, customer.customerId)),
    });
    await settle();
    const pay = (amount: number, who: Person = finance) =>
      step('POST /orders/{id}/payments', `/orders/${id}/payments`, who, {
        amount,
        receivedOn: '2026-11-28',
        reference: 'BANK-1',
      });
    expect((await pay(1000, rep)).status).toBe(403);
    const first = await pay(4_000_000);
    expect(first.status).toBe(201);
    expect(first.body.outstanding).toBe(6_000_000);
    expect(first.body.installments.map((item: { paid: number }) => item.paid)).toEqual([
      3_000_000, 1_000_000, 0,
    ]);
    expect((await pay(6_000_001)).status).toBe(409);
    // The plan cannot change once paid.
    const plan = await step('PUT /orders/{id}/payment-plan', `/orders/${id}/payment-plan`, admin, {
      parts: [{ percent: 100, due: 'delivery', days: 0 }],
    });
    expect(plan.status).toBe(409);
    const aging = await orders('GET /receivables/aging', '/receivables/aging', {
      caller: finance,
      query: { asOf: '2027-04-15' },
    });
    expect(aging.status).toBe(200);
    // 2027-04-15: the delivery installment (due 2027-03-31) is 15 days late; acceptance (2027-03-31) too.
    const cny = aging.body.currencies.find((row: { currency: string }) => row.currency === 'CNY');
    expect(cny.buckets['1-30']).toBeGreaterThanOrEqual(6_000_000);
    expect((await orders('GET /receivables/aging', '/receivables/aging', { caller: rep })).status).toBe(403);
    // The rep's daily digest lists what is overdue.
    await job('2027-04-15T00:15:00.000Z');
    const digest = emailsTo('orrep@test.example').filter((mail) => mail.subject.startsWith('逾期应收款'));
    expect(digest).toHaveLength(1);
    expect(digest[0]!.text).toContain(id.slice(-8));
  });

  it('is started again by sales admin when it stalled, and the new run picks up where the order stands', async () => {
    const id = await reviewedOrder();
    const { getOrder, orderWrites } = await import('../../functions/orders/store.ts');
    const { stallFulfilment } = await import('../../functions/orders/fulfilment-rules.ts');
    expect((await step('POST /orders/{id}/fulfilment', `/orders/${id}/fulfilment`, admin)).status).toBe(409);
    // As the catch-all leaves it (run 1 gave up).
    const order = (await getOrder(id, true))!;
    const stalled = stallFulfilment(
      order,
      1,
      'A step waited longer than the step timeout.',
      new Date().toISOString(),
    )!;
    await commit(
      orderWrites(order, stalled, { at: stalled.updatedAt, what: 'fulfilment-stalled', by: 'test' }, 'test'),
    );
    expect((await step('POST /orders/{id}/fulfilment', `/orders/${id}/fulfilment`, rep)).status).toBe(403);
    const restarted = await step('POST /orders/{id}/fulfilment', `/orders/${id}/fulfilment`, admin);
    expect(restarted.status).toBe(202);
    expect(restarted.body).toMatchObject({ fulfilmentRun: 2 });
    const { DescribeExecutionCommand, SFNClient } = await import('@aws-sdk/client-sfn');
    const sfn = new SFNClient({});
    const status = (run: number) =>
      sfn
        .send(
          new DescribeExecutionCommand({
            executionArn: `arn:aws:states:local:000000000000:execution:order-fulfilment:order-${id}-run-${run}`,
          }),
        )
        .then(
          (execution) => execution.status,
          () => undefined,
        );
    await eventually(
      async () => ((await status(2)) === 'RUNNING' && (await status(1)) === 'ABORTED' ? true : undefined),
      30_000,
      'run 2 instead of run 1',
    );
    // Run 2 passed the review at once and waits for production like run 1 did.
    const { getWait } = await import('../../functions/orders/store.ts');
    await eventually(
      async () =>
        (await getWait(id))?.run === 2 && (await getWait(id))?.until === 'in_production' ? true : undefined,
      30_000,
      'run 2 waiting for production',
    );
    await step('POST /orders/{id}/production/acceptance', `/orders/${id}/production/acceptance`, production, {
      plannedCompletion: '2027-02-01',
    });
    await eventually(
      async () => ((await getWait(id))?.until === 'ready_to_ship' ? true : undefined),
      30_000,
      'run 2 moved on',
    );
  });

  it('alerts sales admin and the rep once when production is late', async () => {
    const id = await reviewedOrder();
    await step('POST /orders/{id}/production/acceptance', `/orders/${id}/production/acceptance`, production, {
      plannedCompletion: '2026-12-10',
    });
    const { getWait } = await import('../../functions/orders/store.ts');
    await eventually(
      async () => ((await getWait(id))?.until === 'ready_to_ship' ? true : undefined),
      30_000,
      'the wait for production',
    );
    const late = (mail: { subject: string }) =>
      mail.subject.includes(id.slice(-8)) && /计划完工/.test(mail.subject);
    await job('2026-12-11T00:15:00.000Z');
    await job('2026-12-12T00:15:00.000Z');
    expect(emailsTo('oradm@test.example').filter(late)).toHaveLength(1);
    expect(emailsTo('orrep@test.example').filter(late)).toHaveLength(1);
  });
});

describe('an amendment', () => {
  const legal = { id: 'ORLEGAL', roles: ['legal'] as const };
  const amend = (id: string, body: unknown, who: Person = rep) =>
    orders('POST /orders/{id}/amendments', `/orders/${id}/amendments`, { caller: who as typeof rep, body });

  it('goes through the contract’s chain again; approved, it changes the order and its unpaid installments', async () => {
    const { contractId: id } = await approvedContract();
    await contracts('POST /contracts/{id}/sign', `/contracts/${id}/sign`, {
      caller: rep,
      body: completeSigning(await archivedSignedScan(rep, customer.customerId)),
    });
    await settle();
    expect((await amend(id, { reason: '无变化' })).status).toBe(400);
    expect((await amend(id, { lines: [{ line: 0, quantity: 2 }], reason: '无变化' })).status).toBe(409);
    expect((await amend(id, { lines: [{ line: 3, quantity: 2 }], reason: '无此行' })).status).toBe(400);
    expect(
      (await amend(id, { lines: [{ line: 0, quantity: 3 }], reason: '客户追加' }, otherRep)).status,
    ).toBe(403);
    const requested = await amend(id, {
      lines: [{ line: 0, quantity: 3 }],
      deliveryDate: '2027-04-01',
      reason: '客户追加一台，交期顺延',
    });
    expect(requested.status).toBe(202);
    expect(requested.body).toMatchObject({ number: 1, status: 'under_review', after: { total: 15_000_000 } });
    expect((await amend(id, { deliveryDate: '2027-05-01', reason: '再改' })).status).toBe(409);

    // The sales manager, then legal, from their emailed links; legal may read the order it decides.
    const managerLink = await waitForLink('ormgr@test.example', id);
    expect(mailWith('ormgr@test.example', managerLink).text).toContain(
      '2 × CNY 50,000.00 → 3 × CNY 50,000.00',
    );
    expect((await decideByLink(managerLink, 'approve')).status).toBe(200);
    const legalLink = await waitForLink('orlegal@test.example', id);
    const legalRead = await orders('GET /orders/{id}', `/orders/${id}`, {
      caller: legal as unknown as typeof rep,
    });
    expect(legalRead.status).toBe(200);
    expect((await decideByLink(legalLink, 'approve')).status).toBe(200);

    const amended = await eventually(async () => {
      const read = await orders('GET /orders/{id}', `/orders/${id}`, { caller: rep });
      return read.body.amendments[0]?.status === 'approved' ? read.body : undefined;
    });
    expect(amended).toMatchObject({
      total: 15_000_000,
      deliveryDate: '2027-04-01',
      amendments: [{ number: 1 }],
    });
    expect(amended.lines[0]).toMatchObject({ quantity: 3, lineTotal: 15_000_000 });
    expect(amended.installments.map((item: { amount: number }) => item.amount)).toEqual([
      3_000_000, 6_000_000, 6_000_000,
    ]);
    expect(amended.timeline.map((entry: { what: string }) => entry.what)).toContain('amended');
    // Someone not asked to decide still cannot read it.
    expect(
      (
        await orders('GET /orders/{id}', `/orders/${id}`, {
          caller: { id: 'NOBODY', roles: ['legal'] },
        })
      ).status,
    ).toBe(403);
  });

  it('rejected, leaves the order as it was and lets the rep ask again', async () => {
    const { contractId: id } = await approvedContract();
    await contracts('POST /contracts/{id}/sign', `/contracts/${id}/sign`, {
      caller: rep,
      body: completeSigning(await archivedSignedScan(rep, customer.customerId)),
    });
    await settle();
    expect((await amend(id, { lines: [{ line: 0, unitPrice: 4_000_000 }], reason: '降价' })).status).toBe(
      202,
    );
    const managerLink = await waitForLink('ormgr@test.example', id);
    expect((await decideByLink(managerLink, 'reject', '降价幅度过大')).status).toBe(200);
    const kept = await eventually(async () => {
      const read = await orders('GET /orders/{id}', `/orders/${id}`, { caller: rep });
      return read.body.amendments[0]?.status === 'rejected' ? read.body : undefined;
    });
    expect(kept).toMatchObject({
      total: 10_000_000,
      amendments: [{ rejection: { comment: '降价幅度过大' } }],
    });
    expect(kept.amendmentUnderReview).toBeUndefined();
    expect(
      (await amend(id, { lines: [{ line: 0, unitPrice: 4_800_000 }], reason: '小幅降价' })).body.number,
    ).toBe(2);
  });
});
