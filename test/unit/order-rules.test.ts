import { describe, expect, it } from 'vitest';
import {
  acceptProduction,
  completeOrder,
  completeProduction,
  hasReached,
  recordReceipt,
  recordShipment,
  reportProgress,
  resolveIssue,
  restartFulfilment,
  stallFulfilment,
  waitDeadline,
} from '../../functions/orders/fulfilment-rules.ts';
import type { Order, ReceiptIssue } from '../../functions/orders/model.ts';
import {
  agingBucket,
  agingReport,
  allocatePayment,
  assertPlanReplaceable,
  planInstallments,
} from '../../functions/orders/receivable-rules.ts';
import { DEFAULT_ORDER_SETTINGS as settings, paymentPlan } from '../../functions/orders/settings.ts';
import { orderFromContract } from '../../functions/orders/rules.ts';
import {
  afterAmendmentReview,
  amendInstallments,
  proposeAmendment,
} from '../../functions/orders/amendment-rules.ts';
import * as z from 'zod/mini';

const AT = '2026-12-01T08:00:00.000Z';
const line = (quantity: number, lineTotal: number) => ({
  productId: 'P',
  productName: '液压机',
  model: 'YH-1',
  unit: '台',
  quantity,
  unitPrice: lineTotal / quantity,
  discountBasisPoints: 0,
  lineTotal,
});
const base: Order = orderFromContract(
  {
    contractId: 'C1',
    quoteId: 'Q1',
    customerId: 'CU',
    ownerId: 'REP',
    currency: 'CNY',
    lines: [line(3, 300), line(1, 101)],
    total: 401,
    deliveryDate: '2027-03-01',
    paymentTerms: '30/60/10',
    signedOn: '2026-11-28',
  },
  AT,
);
const at = (status: Order['status'], more: Partial<Order> = {}): Order => ({ ...base, status, ...more });

describe('fulfilment rules', () => {
  it('moves production on in order and never lets progress go back', () => {
    expect(() => acceptProduction(at('under_review'), '2027-01-01', AT)).toThrow(/under review/);
    const accepted = acceptProduction(at('awaiting_production'), '2027-01-01', AT);
    expect(accepted).toMatchObject({ status: 'in_production', plannedCompletion: '2027-01-01', version: 2 });
    const half = reportProgress(accepted, { percent: 50, milestone: '总装' }, AT);
    expect(half.progress).toEqual({ percent: 50, milestone: '总装' });
    expect(() => reportProgress(half, { percent: 40 }, AT)).toThrow();
    expect(completeProduction(half, AT).status).toBe('ready_to_ship');
  });

  it('ships in parts, never more than is left of a line, and is shipped when every line is', () => {
    const ready = at('ready_to_ship');
    const first = recordShipment(ready, [{ line: 0, quantity: 2 }], AT);
    expect(first.order).toMatchObject({ status: 'shipping', shippedQuantities: [2, 0] });
    expect(() => recordShipment(first.order, [{ line: 0, quantity: 2 }], AT)).toThrow(/only 1 left/);
    expect(() => recordShipment(first.order, [{ line: 5, quantity: 1 }], AT)).toThrow();
    const rest = recordShipment(
      first.order,
      [
        { line: 0, quantity: 1 },
        { line: 1, quantity: 1 },
      ],
      AT,
    );
    expect(rest.order).toMatchObject({ status: 'shipped', shippedQuantities: [3, 1] });
    expect(rest.lines.map((shipped) => shipped.quantity)).toEqual([1, 1]);
  });

  it('delivers on a clean receipt; with problems, only once the rep resolved each', () => {
    const receipt = { at: AT, by: 'contact:X', via: 'customer-link' as const, receivedOn: '2026-12-01' };
    expect(recordReceipt(at('shipped'), receipt, 0).status).toBe('delivered');
    expect(() => recordReceipt(at('shipping'), receipt, 0)).toThrow();
    const troubled = recordReceipt(at('shipped'), receipt, 2);
    expect(troubled).toMatchObject({ status: 'receipt_issue', openIssues: 2 });
    const issue: ReceiptIssue = {
      id: 'I',
      orderId: 'C1',
      kind: 'damage',
      description: '划伤',
      reportedBy: 'contact:X',
      reportedAt: AT,
      status: 'open',
      version: 1,
    };
    const once = resolveIssue(troubled, issue, { text: '补发', by: 'REP' }, AT);
    expect(once.order).toMatchObject({ status: 'receipt_issue', openIssues: 1 });
    expect(() => resolveIssue(once.order, once.issue, { text: '再次', by: 'REP' }, AT)).toThrow(
      /resolved already/,
    );
    const twice = resolveIssue(once.order, { ...issue, id: 'J' }, { text: '补发', by: 'REP' }, AT);
    expect(twice.order).toMatchObject({ status: 'delivered', openIssues: 0 });
  });

  it('completes a delivered order once; a stalled run is restarted as the next one', () => {
    const done = completeOrder(at('delivered'), '2026-12-02', AT);
    expect(done).toMatchObject({ status: 'completed', completedOn: '2026-12-02' });
    expect(completeOrder(done!, '2026-12-03', AT)).toBeUndefined();
    expect(() => completeOrder(at('shipped'), '2026-12-02', AT)).toThrow();
    expect(stallFulfilment(at('in_production'), 2, 'timeout', AT)).toBeUndefined();
    const stalled = stallFulfilment(at('in_production'), 1, 'timeout', AT)!;
    expect(stalled.stalled).toEqual({ at: AT, reason: 'timeout' });
    const restarted = restartFulfilment(stalled, AT);
    expect(restarted.fulfilmentRun).toBe(2);
    expect(restarted).not.toHaveProperty('stalled');
    expect(() => restartFulfilment(at('in_production'), AT)).toThrow(/not stalled/);
  });

  it('knows how far an order got, and whom each wait is for until when', () => {
    expect(hasReached(at('returned'), 'awaiting_production')).toBe(false);
    expect(hasReached(at('in_production'), 'awaiting_production')).toBe(true);
    expect(hasReached(at('shipping'), 'shipped')).toBe(false);
    expect(hasReached(at('receipt_issue'), 'delivered')).toBe(false);
    expect(hasReached(at('completed'), 'delivered')).toBe(true);
    expect(waitDeadline(base, 'awaiting_production', AT, settings)).toBeUndefined();
    expect(waitDeadline(base, 'in_production', AT, settings)).toEqual({
      dueOn: '2026-12-03',
      waitingFor: 'production',
    });
    expect(waitDeadline({ ...base, plannedCompletion: '2027-01-15' }, 'ready_to_ship', AT, settings)).toEqual(
      {
        dueOn: '2027-01-15',
        waitingFor: 'production',
      },
    );
    expect(waitDeadline(base, 'shipped', AT, settings)).toEqual({
      dueOn: '2027-03-01',
      waitingFor: 'logistics',
    });
    expect(waitDeadline(base, 'delivered', AT, settings)).toEqual({ dueOn: '2026-12-15', waitingFor: 'rep' });
  });
});

describe('receivable rules', () => {
  it('splits the total by the plan in minor units, the last part taking the rest', () => {
    const installments = planInstallments(base, settings.paymentPlan, settings);
    expect(installments.map((item) => [item.amount, item.dueDate])).toEqual([
      [120, '2026-11-28'],
      [240, '2027-03-31'],
      [41, '2027-03-31'],
    ]);
    expect(installments.reduce((sum, item) => sum + item.amount, 0)).toBe(401);
  });

  it('refuses a plan that does not add up to 100 %', () => {
    expect(z.safeParse(paymentPlan, [{ percent: 30, due: 'signing', days: 0 }]).success).toBe(false);
  });

  it('settles the earliest installments first and refuses over-payment', () => {
    const installments = planInstallments(base, settings.paymentPlan, settings);
    const paid = allocatePayment(installments, 200);
    expect(paid.map((item) => [item.number, item.paid, item.status])).toEqual([
      [1, 120, 'paid'],
      [2, 80, 'open'],
    ]);
    expect(() => allocatePayment(installments, 402)).toThrow(/more than the 401/);
    expect(() => assertPlanReplaceable(paid)).toThrow();
    expect(() => assertPlanReplaceable(installments)).not.toThrow();
  });

  it('ages open installments from their due date', () => {
    expect(agingBucket('2026-12-01', '2026-12-01')).toBe('current');
    expect(agingBucket('2026-12-01', '2026-12-31')).toBe('1-30');
    expect(agingBucket('2026-12-01', '2027-01-01')).toBe('31-60');
    expect(agingBucket('2026-12-01', '2027-03-01')).toBe('61-90');
    expect(agingBucket('2026-12-01', '2027-03-02')).toBe('over-90');
    const report = agingReport(
      [
        { amount: 100, paid: 40, dueDate: '2026-11-01', currency: 'CNY' },
        { amount: 50, paid: 0, dueDate: '2027-01-01', currency: 'CNY' },
        { amount: 10, paid: 0, dueDate: '2026-01-01', currency: 'USD' },
      ],
      '2026-12-01',
    );
    expect(report).toEqual([
      {
        currency: 'CNY',
        buckets: { current: 50, '1-30': 60, '31-60': 0, '61-90': 0, 'over-90': 0 },
        total: 110,
      },
      {
        currency: 'USD',
        buckets: { current: 0, '1-30': 0, '31-60': 0, '61-90': 0, 'over-90': 10 },
        total: 10,
      },
    ]);
  });
});

describe('amendment rules', () => {
  const change = { lines: [{ line: 0, quantity: 4 }], reason: '追加' };
  it('proposes a change until the first shipment, one at a time, never below what was paid', () => {
    const { order, amendment } = proposeAmendment(at('in_production'), change, 0, 'REP', AT);
    expect(amendment).toMatchObject({ number: 1, before: { total: 401 }, after: { total: 501 } });
    expect(order).toMatchObject({ amendments: 1, amendmentUnderReview: 1 });
    expect(() => proposeAmendment(order, change, 0, 'REP', AT)).toThrow(/still under review/);
    expect(() => proposeAmendment(at('shipping'), change, 0, 'REP', AT)).toThrow(/not yet shipped/);
    expect(() =>
      proposeAmendment(at('in_production'), { lines: [{ line: 0, quantity: 3 }], reason: 'x' }, 0, 'REP', AT),
    ).toThrow(/changes nothing/);
    expect(() =>
      proposeAmendment(
        at('in_production'),
        { lines: [{ line: 0, quantity: 1 }], reason: 'x' },
        300,
        'REP',
        AT,
      ),
    ).toThrow(/below what the customer has paid/);
  });

  it('applies an approved change to the order, and only to the round under review', () => {
    const proposed = proposeAmendment(
      at('in_production'),
      { ...change, deliveryDate: '2027-04-01' },
      0,
      'REP',
      AT,
    );
    const approved = afterAmendmentReview(proposed.order, proposed.amendment, { approved: true, at: AT })!;
    expect(approved.order).toMatchObject({ total: 501, deliveryDate: '2027-04-01' });
    expect(approved.order.lines[0]).toMatchObject({ quantity: 4, lineTotal: 400 });
    expect(approved.order).not.toHaveProperty('amendmentUnderReview');
    expect(
      afterAmendmentReview(approved.order, approved.amendment, { approved: true, at: AT }),
    ).toBeUndefined();
    const returned = { step: 'legal-review', comment: '不同意', by: 'LEGAL', at: AT };
    const rejected = afterAmendmentReview(proposed.order, proposed.amendment, {
      approved: false,
      at: AT,
      returned,
    })!;
    expect(rejected.order.total).toBe(401);
    expect(rejected.amendment).toMatchObject({ status: 'rejected', rejection: returned });
  });

  it('moves the unpaid installments with the total: more on the last, less off the latest unpaid', () => {
    const installments = planInstallments(base, settings.paymentPlan, settings);
    expect(amendInstallments(installments, 501).map((item) => [item.number, item.amount])).toEqual([
      [3, 141],
    ]);
    const paid = allocatePayment(installments, 200);
    const current = installments.map((item) => paid.find((done) => done.number === item.number) ?? item);
    expect(amendInstallments(current, 250).map((item) => [item.number, item.amount, item.status])).toEqual([
      [3, 0, 'paid'],
      [2, 130, 'open'],
    ]);
    expect(() => amendInstallments(current, 150)).toThrow(/below what the customer has paid/);
  });
});
