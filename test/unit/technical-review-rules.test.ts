import { describe, expect, it } from 'vitest';
import type { Product, Quote } from '../../functions/sales/model.ts';
import { priceRevision } from '../../functions/sales/rules.ts';
import {
  afterTechnicalReview,
  assertSendable,
  needsTechnicalReview,
  requestTechnicalReview,
  technicalReviewSubject,
  withdrawTechnicalReview,
} from '../../functions/sales/technical-review-rules.ts';
import { statusOf } from '../support/rules.ts';

/** The technical review of a quote revision as pure rules. */
const press: Product = {
  id: 'P1',
  name: 'Press',
  model: 'YH32',
  unit: 'set',
  listPrice: { value: 1_000_000, currency: 'CNY' },
  standardCost: { value: 600_000, currency: 'CNY' },
  active: true,
  version: 1,
  createdAt: 't',
  updatedAt: 't',
};
const products = new Map([['P1', press]]);
const price = (lines: { unitPrice?: number; discountBasisPoints?: number }[], currency = 'CNY') =>
  priceRevision(
    {
      currency,
      lines: lines.map((line) => ({ productId: 'P1', quantity: 1, discountBasisPoints: 0, ...line })),
      deliveryDate: '2027-03-01',
      paymentTerms: '30/70',
      afterSalesTerms: '1 year',
      validUntil: '2026-12-31',
    },
    products,
    {
      quoteId: 'Q1',
      revision: 1,
      by: 'REP',
      at: 'now',
      today: '2026-11-28',
      toleranceBasisPoints: 1000,
      vatRateBasisPoints: 1300,
    },
  );
const quote: Quote = {
  id: '01JQUOTE0000000000000000AB',
  customerId: 'C1',
  ownerId: 'REP',
  status: 'draft',
  currentRevision: 1,
  version: 1,
  createdAt: 't',
  updatedAt: 't',
};
const status = (action: () => unknown) => statusOf(action);

describe('price deviations', () => {
  it('flag lines whose net price departs from the list price beyond the tolerance, either way', () => {
    const revision = price([
      {},
      { discountBasisPoints: 1000 },
      { discountBasisPoints: 1001 },
      { unitPrice: 1_100_000 },
      { unitPrice: 1_150_000 },
      { unitPrice: 1_200_000, discountBasisPoints: 1000 },
    ]);
    expect(revision.priceDeviations).toEqual([
      { line: 2, productId: 'P1', listPrice: press.listPrice, netUnitPrice: 899_900, basisPoints: -1001 },
      { line: 4, productId: 'P1', listPrice: press.listPrice, netUnitPrice: 1_150_000, basisPoints: 1500 },
    ]);
  });
  it('flag every line priced in another currency than its list price, which cannot be compared', () => {
    expect(price([{ unitPrice: 150_000 }], 'USD').priceDeviations).toEqual([
      { line: 0, productId: 'P1', listPrice: press.listPrice, netUnitPrice: 150_000 },
    ]);
  });
});

describe('the technical review of a revision', () => {
  const deviating = price([{ unitPrice: 500_000 }]);
  const plain = price([{}]);
  const requested = requestTechnicalReview(quote, { by: 'REP', at: 't1', note: 'frame?' });
  const verdict = (approved: boolean) =>
    approved
      ? ({ approved: true, at: 't2' } as const)
      : ({
          approved: false,
          at: 't2',
          returned: { step: 'technical-review', comment: 'no', by: 'PROD', at: 't2' },
        } as const);

  it('is needed for a deviating revision, or once the rep asked for it', () => {
    expect(needsTechnicalReview(quote, deviating)).toBe(true);
    expect(needsTechnicalReview(quote, plain)).toBe(false);
    expect(needsTechnicalReview(requested, plain)).toBe(true);
    expect(requested.technicalReview).toEqual({
      round: 1,
      revision: 1,
      status: 'under_review',
      requestedBy: 'REP',
      requestedAt: 't1',
      note: 'frame?',
    });
  });
  it('gates sending: not while running, not once returned, yes once passed', () => {
    expect(status(() => assertSendable(quote, plain))).toBe('ok');
    expect(status(() => assertSendable(quote, deviating))).toBe(409);
    expect(status(() => assertSendable(requested, deviating))).toBe(409);
    const passed = afterTechnicalReview(requested, 1, verdict(true))!;
    expect(passed.technicalReview).toMatchObject({ status: 'passed', decidedAt: 't2' });
    expect(status(() => assertSendable(passed, deviating))).toBe('ok');
    const returned = afterTechnicalReview(requested, 1, verdict(false))!;
    expect(returned.technicalReview?.returned).toMatchObject({ comment: 'no', by: 'PROD' });
    expect(status(() => assertSendable(returned, plain))).toBe(409);
    // A passed review of revision 1 does not cover revision 2.
    const revised = { ...passed, currentRevision: 2 };
    expect(status(() => assertSendable(revised, { ...deviating, revision: 2 }))).toBe(409);
  });
  it('is asked for once per revision, of a draft only, and a new round follows a returned one', () => {
    expect(status(() => requestTechnicalReview(requested, { by: 'REP', at: 't' }))).toBe(409);
    expect(status(() => requestTechnicalReview({ ...quote, status: 'sent' }, { by: 'REP', at: 't' }))).toBe(
      409,
    );
    const passed = afterTechnicalReview(requested, 1, verdict(true))!;
    expect(status(() => requestTechnicalReview(passed, { by: 'REP', at: 't' }))).toBe(409);
    const returned = afterTechnicalReview(requested, 1, verdict(false))!;
    expect(requestTechnicalReview(returned, { by: 'REP', at: 't3' }).technicalReview).toMatchObject({
      round: 2,
      status: 'under_review',
    });
  });
  it('ignores the outcome of a round that is no longer running; a withdrawal ends only a running one', () => {
    expect(afterTechnicalReview(requested, 2, verdict(true))).toBeUndefined();
    const withdrawn = { ...requested, technicalReview: withdrawTechnicalReview(requested) };
    expect(withdrawn.technicalReview?.status).toBe('withdrawn');
    expect(afterTechnicalReview(withdrawn, 1, verdict(true))).toBeUndefined();
    expect(withdrawTechnicalReview(withdrawn)).toBeUndefined();
    expect(withdrawTechnicalReview(quote)).toBeUndefined();
    // A withdrawn round of this revision no longer requires the review of a plain revision.
    expect(needsTechnicalReview(withdrawn, plain)).toBe(false);
  });
  it('shows the reviewer every line against the catalogue, in both languages', () => {
    const subject = technicalReviewSubject(requested, deviating, 'Works');
    expect(subject).toMatchObject({ type: 'quote', id: quote.id, ownerId: 'REP' });
    expect(subject.localized.en!.summary).toContain(
      'Press YH32 × 1 set @ CNY 5,000.00 = CNY 5,000.00 (-50% against list CNY 10,000.00)',
    );
    expect(subject.localized['zh-CN']!.title).toBe('报价 000000AB 第 1 版（Works）');
    expect(subject.localized['zh-CN']!.summary.at(-1)).toBe('销售代表的问题：frame?');
  });
});
