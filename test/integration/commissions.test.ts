import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decideByLink, emailsTo, ses, startReviews, waitForLink } from '../support/reviews.ts';
import { caller, type Person } from '../support/events.ts';
import { addEmployee, prepareTable } from '../support/table.ts';
import { eventually } from '../support/wait.ts';

/**
 * Commissions on DynamoDB Local, the event path and the local review engine: a quarter's plan;
 * finance's payments become the rep's collected money and a write-off claws it back, through the
 * events; the statement applies rates, tier and clawback; once the quarter has ended the sales
 * manager puts the payout to finance, which returns it once and approves it by its emailed link;
 * the reps learn their commission, and the figures are then fixed.
 */
const { handler: performanceApi } = await import('../../functions/performance/handler.ts');
const { handler: ordersApi } = await import('../../functions/orders/handler.ts');
const { handler: auditApi } = await import('../../functions/audit/handler.ts');
const { commit } = await import('../../functions/shared/transaction.ts');
const { newId } = await import('../../functions/shared/clock.ts');
const { today, monthOfInstant } = await import('../../functions/shared/calendar.ts');
const { orderFromContract } = await import('../../functions/orders/rules.ts');
const { planInstallments } = await import('../../functions/orders/receivable-rules.ts');
const { orderSettings } = await import('../../functions/orders/settings.ts');
const { createOrderWrites, installmentWrite } = await import('../../functions/orders/store.ts');
const { factWrite } = await import('../../functions/performance/store.ts');
const performance = caller(performanceApi);
const orders = caller(ordersApi);
const audit = caller(auditApi);

const manager: Person = { id: 'CMMGR', roles: ['sales_manager'] };
const finance: Person = { id: 'CMFIN', roles: ['finance'] };
const rep: Person = { id: 'CMREP', roles: ['sales_rep'] };
const otherRep: Person = { id: 'CMREP2', roles: ['sales_rep'] };
const supervisor: Person = { id: 'CMSUP', roles: ['supervisor', 'sales_rep'] };

let reviews: Awaited<ReturnType<typeof startReviews>>;
const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
/** The quarter payments recorded now count in, and the one before it (ended, so payable). */
const current = quarterOf(monthOfInstant(new Date().toISOString()));
const [year, q] = [Number(current.slice(0, 4)), Number(current.slice(6))];
const previous = q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
const previousMonth = `${previous.slice(0, 4)}-${String((Number(previous.slice(6)) - 1) * 3 + 1).padStart(2, '0')}`;

beforeAll(async () => {
  await prepareTable([]);
  await addEmployee({ id: 'CMGM', roles: ['general_manager'] });
  await addEmployee({ id: 'CMMGR', roles: ['sales_manager'], supervisorId: 'CMGM' });
  await addEmployee({ id: 'CMFIN', name: 'Finance', roles: ['finance'], supervisorId: 'CMGM', locale: 'en' });
  await addEmployee({ id: 'CMSUP', roles: ['supervisor', 'sales_rep'], supervisorId: 'CMMGR' });
  await addEmployee({ id: 'CMREP', name: 'Rep', roles: ['sales_rep'], supervisorId: 'CMSUP', locale: 'en' });
  await addEmployee({ id: 'CMREP2', roles: ['sales_rep'], supervisorId: 'CMMGR' });
  reviews = await startReviews();
});
afterAll(() => reviews.stop());
beforeEach(() => ses.resetHistory());
const settle = () => reviews.events.settle();

const plan = {
  currency: 'CNY',
  defaultRateBasisPoints: 300,
  productRates: [{ productId: '01KBPVMP000000000000000000', rateBasisPoints: 500 }],
  tiers: [{ fromAttainmentBasisPoints: 10_000, multiplierBasisPoints: 15_000 }],
};
const setPlan = (who: Person, period: string, body: unknown = plan) =>
  performance('PUT /commission-plans/{period}', `/commission-plans/${period}`, { caller: who, body });
const statement = (who: Person, period: string, employeeId = rep.id) =>
  performance(
    'GET /commissions/{period}/statements/{employeeId}',
    `/commissions/${period}/statements/${employeeId}`,
    { caller: who },
  );
const submit = (who: Person, period: string) =>
  performance('POST /commissions/{period}/payout', `/commissions/${period}/payout`, {
    caller: who,
    headers: { host: 'api.test' },
  });
const quarterView = (who: Person, period: string) =>
  performance('GET /commissions/{period}', `/commissions/${period}`, { caller: who });

/** An order of the rep's with two lines (a pump at 5 %, a valve at the default 3 %) and its installments. */
async function seedOrder(total = 100_000_00) {
  const line = (productId: string, lineTotal: number) => ({
    productId,
    productName: 'P',
    model: 'M',
    unit: 'set',
    quantity: 1,
    unitPrice: lineTotal,
    discountBasisPoints: 0,
    lineTotal,
  });
  const order = {
    ...orderFromContract(
      {
        contractId: newId(),
        quoteId: 'Q',
        customerId: '01KBCVST000000000000000000',
        ownerId: rep.id,
        currency: 'CNY',
        lines: [
          line('01KBPVMP000000000000000000', total * 0.6),
          line('01KBVA1VE00000000000000000', total * 0.4),
        ],
        total,
        deliveryDate: '2027-03-01',
        paymentTerms: '30/70',
        signedOn: today(),
      },
      new Date().toISOString(),
    ),
    status: 'awaiting_production' as const,
  };
  const settings = orderSettings();
  await commit([
    ...createOrderWrites(order, { at: order.createdAt, what: 'created', by: rep.id }, rep.id),
    ...planInstallments(order, settings.paymentPlan, settings).map((item) =>
      installmentWrite(undefined, item),
    ),
  ]);
  return order.id;
}
const pay = (orderId: string, amount: number) =>
  orders('POST /orders/{id}/payments', `/orders/${orderId}/payments`, {
    caller: finance,
    body: { amount, receivedOn: today(), reference: 'BANK-CM' },
  });
const writeOff = (who: Person, orderId: string) =>
  orders('POST /orders/{id}/write-off', `/orders/${orderId}/write-off`, {
    caller: who,
    body: { reason: '客户破产 insolvent', writtenOffOn: today() },
  });

describe('a commission plan', () => {
  it('is set by the managers, read by everyone, refused when malformed, and audited', async () => {
    expect((await setPlan(rep, current)).status).toBe(403);
    expect((await setPlan(finance, current)).status).toBe(403);
    expect((await setPlan(manager, '2026-13')).status).toBe(400);
    const twice = { ...plan, tiers: [...plan.tiers, plan.tiers[0]] };
    const refused = await setPlan(manager, current, twice);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('each attainment at most once');
    expect(
      (await performance('GET /commission-plans/{period}', `/commission-plans/${current}`, { caller: rep }))
        .status,
    ).toBe(404);
    const set = await setPlan(manager, current);
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ period: current, version: 1, clawbackOnWriteOff: true, setBy: 'CMMGR' });
    expect((await setPlan(manager, current, { ...plan, defaultRateBasisPoints: 250 })).body.version).toBe(2);
    expect((await setPlan(manager, current)).body.version).toBe(3);
    const read = await performance('GET /commission-plans/{period}', `/commission-plans/${current}`, {
      caller: rep,
    });
    expect(read.body.defaultRateBasisPoints).toBe(300);
    const trail = await audit('GET /audit', '/audit', {
      caller: finance,
      query: { type: 'commission', id: current },
    });
    expect(trail.status).toBe(200);
    expect(trail.body.items.map((entry: { action: string }) => entry.action)).toEqual([
      'created',
      'updated',
      'updated',
    ]);
    expect(trail.body.items[1].changes.defaultRateBasisPoints).toEqual({ from: 300, to: 250 });
  });
});

describe('a rep’s statement', () => {
  it('counts the money finance collects, by product, and claws back a written-off order', async () => {
    const target = await performance(
      'PUT /performance/targets/{employeeId}/{year}',
      `/performance/targets/${rep.id}/${current.slice(0, 4)}`,
      {
        caller: manager,
        body: {
          revenue: 480_000_00, // 40,000.00 a month: 120,000.00 a quarter
          profit: 0,
          newCustomers: 0,
          expenses: 0,
          growthBasisPoints: 0,
          marketShareBasisPoints: 0,
          conversionBasisPoints: 0,
          satisfactionHundredths: 400,
        },
      },
    );
    expect(target.status).toBe(200);
    const first = await seedOrder();
    const second = await seedOrder();
    expect((await pay(first, 50_000_00)).status).toBe(201);
    expect((await pay(second, 80_000_00)).status).toBe(201);
    await settle();
    const before = await statement(rep, current);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      collected: 130_000_00,
      clawedBack: 0,
      target: 120_000_00,
      attainmentBasisPoints: 10_833,
      multiplierBasisPoints: 15_000,
      planVersion: 3,
    });
    // Pump 60 %: 78,000.00 × 5 % = 3,900.00; valve 40 %: 52,000.00 × 3 % = 1,560.00; × 1.5.
    expect(before.body.byProduct.map((row: { base: number }) => row.base)).toEqual([3_900_00, 1_560_00]);
    expect(before.body.commission).toBe(8_190_00);
    expect(before.body.entries).toHaveLength(2);

    // Only finance writes off; once, and nothing is paid on it afterwards.
    expect((await writeOff(rep, second)).status).toBe(403);
    const off = await writeOff(finance, second);
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ writtenOff: 20_000_00, collected: 80_000_00 });
    expect(off.body.installments.every((item: { status: string }) => item.status !== 'open')).toBe(true);
    expect((await writeOff(finance, second)).status).toBe(409);
    expect((await pay(second, 1_00)).status).toBe(409);
    await settle();
    const after = await statement(rep, current);
    expect(after.body).toMatchObject({ collected: 130_000_00, clawedBack: 80_000_00 });
    // 50,000.00 net is under target: no accelerator. 30,000.00 × 5 % + 20,000.00 × 3 %.
    expect(after.body.multiplierBasisPoints).toBe(10_000);
    expect(after.body.commission).toBe(2_100_00);
    expect(after.body.entries.map((entry: { kind: string }) => entry.kind)).toEqual([
      'collected',
      'collected',
      'clawback',
    ]);
    // A redelivered event counts once: the facts are keyed by the event.
    await settle();
    expect((await statement(rep, current)).body.commission).toBe(2_100_00);
  });

  it('is read by the rep, their supervisor, the managers, finance and audit; not by another rep', async () => {
    expect((await statement(rep, current)).status).toBe(200);
    expect((await statement(supervisor, current)).status).toBe(200);
    expect((await statement(finance, current)).status).toBe(200);
    expect((await statement({ id: 'CMAUD', roles: ['auditor'] }, current)).status).toBe(200);
    expect((await statement(otherRep, current)).status).toBe(403);
    expect((await statement(rep, current, otherRep.id)).status).toBe(403);
    expect((await statement(manager, '2024-Q1')).status).toBe(404);
    expect((await quarterView(rep, current)).status).toBe(403);
    const view = await quarterView(finance, current);
    expect(view.status).toBe(200);
    expect(view.body.payout).toBeUndefined();
    expect(view.body.statements.map((item: { employeeId: string }) => item.employeeId)).toEqual([
      'CMREP',
      'CMREP2',
      'CMSUP',
    ]);
    expect(view.body.total).toBe(2_100_00);
  });
});

describe('a refund', () => {
  it('is finance’s, at most what the order collected, and takes its commission back under every plan', async () => {
    const order = await seedOrder();
    expect((await pay(order, 10_000_00)).status).toBe(201);
    const refund = (who: Person, amount: number, key?: string) =>
      orders('POST /orders/{id}/refunds', `/orders/${order}/refunds`, {
        caller: who,
        body: { amount, refundedOn: today(), reference: 'BANK-RF', reason: '退货 returned goods' },
        ...(key ? { headers: { 'idempotency-key': key } } : {}),
      });
    expect((await refund(rep, 1_00)).status).toBe(403);
    expect((await refund(finance, 10_000_01)).status).toBe(409);
    const first = await refund(finance, 4_000_00, 'refund-1');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ number: 1, amount: 4_000_00, refundable: 6_000_00 });
    // Retried with its key, it is the same refund.
    expect((await refund(finance, 4_000_00, 'refund-1')).body).toMatchObject({ number: 1 });
    expect((await refund(finance, 6_000_01)).status).toBe(409);
    expect((await refund(finance, 6_000_00)).body).toMatchObject({ number: 2, refundable: 0 });
    await settle();
    const after = await statement(rep, current);
    // What the earlier test left (130,000.00 collected, 80,000.00 clawed back), this order's
    // payment, and its refunds.
    expect(after.body).toMatchObject({ collected: 140_000_00, clawedBack: 90_000_00 });
    expect(after.body.entries.map((entry: { kind: string }) => entry.kind).slice(-3)).toEqual([
      'collected',
      'refund',
      'refund',
    ]);
  });
});

describe('a quarter’s payout', () => {
  it('waits for the quarter’s end, is returned once, approved by finance’s link, and then fixed', async () => {
    expect((await submit(manager, current)).status).toBe(409);
    // The quarter before: a payment recorded then, as the event path left it.
    expect((await setPlan(manager, previous)).status).toBe(200);
    await commit([
      factWrite({
        employeeId: rep.id,
        month: previousMonth,
        eventId: newId(),
        kind: 'collected',
        at: `${previousMonth}-15T02:00:00.000Z`,
        orderId: 'O-PREVIOUS',
        currency: 'CNY',
        amount: 10_000_00,
        shares: [{ productId: '01KBVA1VE00000000000000000', amount: 10_000_00 }],
      }),
    ]);
    expect((await submit(rep, previous)).status).toBe(403);
    expect((await submit(finance, previous)).status).toBe(403);
    const submitted = await submit(manager, previous);
    expect(submitted.status).toBe(202);
    expect(submitted.body).toMatchObject({
      status: 'under_review',
      round: 1,
      total: 300_00,
      submittedBy: 'CMMGR',
    });
    expect((await submit(manager, previous)).status).toBe(409);
    expect((await setPlan(manager, previous)).status).toBe(409);

    const first = await waitForLink('cmfin@test.example', previous);
    expect(emailsTo('cmfin@test.example').at(-1)!.text).toContain('Rep: collected CNY 10,000.00');
    expect((await decideByLink(first, 'reject', 'Valve rate should be 2 %')).status).toBe(200);
    const returned = await eventually(async () => {
      const view = await quarterView(manager, previous);
      return view.body.payout?.status === 'returned' ? view.body : undefined;
    }, 30_000);
    expect(returned.payout.lastReturn.comment).toBe('Valve rate should be 2 %');
    await eventually(
      async () => emailsTo('cmmgr@test.example').find((mail) => mail.text.includes('Valve rate')),
      30_000,
    );

    expect((await setPlan(manager, previous, { ...plan, defaultRateBasisPoints: 200 })).body.version).toBe(2);
    const again = await submit(manager, previous);
    expect(again.body).toMatchObject({ round: 2, total: 200_00 });
    const second = await waitForLink('cmfin@test.example', previous, first.id);
    expect((await decideByLink(second, 'approve')).status).toBe(200);
    await eventually(async () => {
      const view = await quarterView(finance, previous);
      return view.body.payout?.status === 'approved' ? true : undefined;
    }, 30_000);
    const told = await eventually(
      async () => emailsTo('cmrep@test.example').find((mail) => mail.subject.includes(previous)),
      30_000,
    );
    expect(told.subject).toBe(`Your commission for ${previous}: CNY 200.00`);

    // Fixed: a payment fact arriving late for the quarter changes the live figures, not the paid ones.
    await commit([
      factWrite({
        employeeId: rep.id,
        month: previousMonth,
        eventId: newId(),
        kind: 'collected',
        at: `${previousMonth}-16T02:00:00.000Z`,
        orderId: 'O-LATE',
        currency: 'CNY',
        amount: 5_000_00,
        shares: [{ productId: '01KBVA1VE00000000000000000', amount: 5_000_00 }],
      }),
    ]);
    const paid = await statement(rep, previous);
    expect(paid.body).toMatchObject({ collected: 10_000_00, commission: 200_00, planVersion: 2 });
    expect((await setPlan(manager, previous)).status).toBe(409);
    expect((await submit(manager, previous)).status).toBe(409);
    const trail = await audit('GET /audit', '/audit', {
      caller: finance,
      query: { type: 'commission', id: previous },
    });
    // Submitted, returned, submitted again, approved: each a change of the payout, with its status.
    const payoutTrail = trail.body.items.filter(
      (entry: { resourceType: string }) => entry.resourceType === 'CommissionPayout',
    );
    expect(
      payoutTrail.map((entry: { changes?: { status?: { to: string } } }) => entry.changes?.status?.to),
    ).toEqual(['under_review', 'returned', 'under_review', 'approved']);
  });
});
