import { describe, expect, it } from 'vitest';
import type { Opportunity, Product, Stage, Quote } from '../../functions/sales/model.ts';
import {
  acceptQuote,
  alreadySent,
  moveOpportunity,
  draftQuote,
  priceRevision,
  rejectQuote,
  reviseQuote,
  sendQuote,
} from '../../functions/sales/rules.ts';
import { lineTotal } from '../../functions/shared/money.ts';
import { statusOf } from '../support/rules.ts';

const status = (action: () => unknown) => statusOf(action);

describe('line totals', () => {
  it('discount in basis points, rounded half up to the minor unit', () => {
    expect(lineTotal(3, 1_000, 0)).toBe(3_000);
    expect(lineTotal(1, 999, 500)).toBe(949); // 949.05
    expect(lineTotal(1, 1_001, 5_000)).toBe(501); // 500.5 rounds up
    expect(lineTotal(1, 1_003, 5_000)).toBe(502); // 501.5 rounds up
    expect(lineTotal(7, 333, 3_333)).toBe(1_554); // 1554.0669
    expect(lineTotal(1, 500, 10_000)).toBe(0);
  });
  it('stay exact for large orders', () => {
    expect(lineTotal(100_000, 90_071_992_547, 1)).toBe(9_006_298_534_774_530);
    expect(() => lineTotal(1_000_000, 99_999_999_999, 0)).toThrow(RangeError);
  });
});

const lathe: Product = {
  id: 'P1',
  name: '数控车床',
  model: 'CK6150',
  unit: '台',
  listPrice: { value: 12_345_600, currency: 'CNY' },
  standardCost: { value: 9_000_000, currency: 'CNY' },
  active: true,
  version: 1,
  createdAt: 't',
  updatedAt: 't',
};
const terms = {
  currency: 'CNY',
  lines: [
    { productId: 'P1', quantity: 2, discountBasisPoints: 250 },
    { productId: 'P1', quantity: 1, unitPrice: 10_000_000, discountBasisPoints: 0 },
  ],
  deliveryDate: '2027-03-01',
  paymentTerms: '30% advance, 70% before shipment',
  afterSalesTerms: 'One year warranty',
  validUntil: '2026-12-31',
};
const context = {
  quoteId: 'Q1',
  revision: 1,
  by: 'REP',
  at: 'now',
  today: '2026-11-28',
  toleranceBasisPoints: 1000,
  vatRateBasisPoints: 1300,
};

describe('pricing a revision', () => {
  it('takes names and list prices from the catalogue and computes the totals', () => {
    const revision = priceRevision(terms, new Map([['P1', lathe]]), context);
    expect(revision.lines[0]).toMatchObject({
      productName: '数控车床',
      model: 'CK6150',
      unitPrice: 12_345_600,
      lineTotal: 24_073_920,
    });
    expect(revision.lines[1]!.lineTotal).toBe(10_000_000);
    expect(revision).toMatchObject({ subtotal: 34_691_200, total: 34_073_920, discount: 617_280 });
  });
  it('refuses unknown or retired products, foreign list prices and past validity, naming each line', () => {
    try {
      priceRevision(
        { ...terms, currency: 'USD', validUntil: '2026-11-01' },
        new Map([['P1', { ...lathe, active: true }]]),
        context,
      );
      expect.unreachable();
    } catch (error) {
      expect((error as { fields: { path: string }[] }).fields.map((e) => e.path)).toEqual([
        'terms.validUntil',
        'terms.lines.0.unitPrice',
      ]);
    }
    expect(status(() => priceRevision(terms, new Map(), context))).toBe(400);
    expect(status(() => priceRevision(terms, new Map([['P1', { ...lathe, active: false }]]), context))).toBe(
      400,
    );
  });
});

const opportunity: Opportunity = {
  id: 'O1',
  customerId: 'C1',
  ownerId: 'REP',
  title: 'Presses',
  expectedValue: { value: 1, currency: 'CNY' },
  expectedCloseDate: '2027-01-01',
  stage: 'identified',
  version: 1,
  createdAt: 't0',
  updatedAt: 't0',
};

describe('opportunity stages', () => {
  it('move freely while open, never out of won or lost, and losing needs a reason', () => {
    const at = (stage: Stage) => ({ ...opportunity, stage });
    const move = (from: Stage, stage: Stage, reason?: string) =>
      status(() => moveOpportunity(at(from), { stage, reason, by: 'REP' }, 't1'));
    expect(move('identified', 'quoted')).toBe('ok');
    expect(move('negotiating', 'contacted')).toBe('ok');
    expect(move('won', 'negotiating')).toBe(409);
    expect(move('quoted', 'lost')).toBe(400);
    expect(move('quoted', 'lost', 'Price too high')).toBe('ok');
    const { next, change } = moveOpportunity(
      at('quoted'),
      { stage: 'lost', reason: 'Price', by: 'REP' },
      't1',
    );
    expect(next).toMatchObject({ stage: 'lost', lostReason: 'Price', version: 2, updatedAt: 't1' });
    expect(change).toEqual({ from: 'quoted', to: 'lost', at: 't1', by: 'REP', reason: 'Price' });
  });
});

describe('accepting a quote', () => {
  const quote = { id: 'Q1', status: 'sent', currentRevision: 2, sentRevision: 2 } as Quote;
  const revision = priceRevision(terms, new Map([['P1', lathe]]), { ...context, revision: 2 });
  it('takes only the current revision while it is valid', () => {
    expect(status(() => acceptQuote(quote, revision, 2, { today: '2026-12-31', at: 't' }))).toBe('ok');
    expect(status(() => acceptQuote(quote, revision, 2, { today: '2027-01-01', at: 't' }))).toBe(409);
    expect(status(() => acceptQuote(quote, revision, 1, { today: '2026-12-01', at: 't' }))).toBe(409);
    expect(
      status(() =>
        acceptQuote({ ...quote, status: 'accepted' }, revision, 2, { today: '2026-12-01', at: 't' }),
      ),
    ).toBe(409);
  });
  it('takes only a revision the customer was sent', () => {
    expect(
      status(() => acceptQuote({ ...quote, sentRevision: 1 }, revision, 2, { today: '2026-12-01', at: 't' })),
    ).toBe(409);
    const { sentRevision: _never, ...unsent } = quote;
    expect(
      status(() =>
        acceptQuote({ ...unsent, status: 'draft' }, revision, 2, { today: '2026-12-01', at: 't' }),
      ),
    ).toBe(409);
  });
});

describe('a quote’s transitions', () => {
  const plain = priceRevision(
    {
      currency: 'CNY',
      lines: [{ productId: 'P1', quantity: 1, discountBasisPoints: 0 }],
      deliveryDate: '2027-03-01',
      paymentTerms: '30/70',
      afterSalesTerms: '1 year',
      validUntil: '2026-12-31',
    },
    new Map([['P1', lathe]]),
    context,
  );
  const drafted = draftQuote({ id: 'Q1', customerId: 'C1', ownerId: 'REP' }, 't0');

  it('draft → sent → accepted, each a new version; a repeated send is recognised', () => {
    expect(drafted).toMatchObject({ status: 'draft', currentRevision: 1, version: 1 });
    const sent = sendQuote(drafted, plain, 'CT1', 't1');
    expect(sent).toMatchObject({
      status: 'sent',
      sentRevision: 1,
      sentTo: 'CT1',
      version: 2,
      updatedAt: 't1',
    });
    expect(alreadySent(sent, 'CT1')).toBe(true);
    expect(alreadySent(sent, 'CT2')).toBe(false);
    expect(acceptQuote(sent, plain, 1, { today: '2026-12-01', at: 't2' })).toMatchObject({
      status: 'accepted',
      acceptedRevision: 1,
      version: 3,
    });
  });
  it('a rejection is reopened by a new revision; nothing moves an accepted quote', () => {
    const rejected = rejectQuote(drafted, 'Too dear', 't1');
    expect(rejected).toMatchObject({ status: 'rejected', rejectionReason: 'Too dear' });
    expect(status(() => rejectQuote(rejected, 'again', 't2'))).toBe(409);
    expect(status(() => sendQuote(rejected, plain, 'CT1', 't2'))).toBe(409);
    const revised = reviseQuote(rejected, 't2');
    expect(revised).toMatchObject({ status: 'draft', currentRevision: 2, version: 3 });
    expect(revised).not.toHaveProperty('rejectionReason');
    const accepted = acceptQuote(sendQuote(drafted, plain, 'CT1', 't1'), plain, 1, {
      today: '2026-12-01',
      at: 't2',
    });
    expect(status(() => reviseQuote(accepted, 't3'))).toBe(409);
    expect(status(() => rejectQuote(accepted, 'late', 't3'))).toBe(409);
    expect(status(() => sendQuote(accepted, plain, 'CT1', 't3'))).toBe(409);
  });
});
