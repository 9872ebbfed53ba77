import { describe, expect, it } from 'vitest';
import type { Product, Quote } from '../../functions/sales/model.ts';
import { assertAcceptable, assertStageChange, priceRevision } from '../../functions/sales/rules.ts';
import { lineTotal } from '../../functions/shared/money.ts';

const status = (action: () => unknown) => {
  try {
    action();
    return 'ok';
  } catch (error) {
    return (error as { status: number }).status;
  }
};

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
      expect((error as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([
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

describe('opportunity stages', () => {
  it('move freely while open, never out of won or lost, and losing needs a reason', () => {
    expect(status(() => assertStageChange('identified', 'quoted', undefined))).toBe('ok');
    expect(status(() => assertStageChange('negotiating', 'contacted', undefined))).toBe('ok');
    expect(status(() => assertStageChange('won', 'negotiating', undefined))).toBe(409);
    expect(status(() => assertStageChange('quoted', 'lost', undefined))).toBe(400);
    expect(status(() => assertStageChange('quoted', 'lost', 'Price too high'))).toBe('ok');
  });
});

describe('accepting a quote', () => {
  const quote = { id: 'Q1', status: 'sent', currentRevision: 2, sentRevision: 2 } as Quote;
  const revision = priceRevision(terms, new Map([['P1', lathe]]), { ...context, revision: 2 });
  it('takes only the current revision while it is valid', () => {
    expect(status(() => assertAcceptable(quote, revision, 2, '2026-12-31'))).toBe('ok');
    expect(status(() => assertAcceptable(quote, revision, 2, '2027-01-01'))).toBe(409);
    expect(status(() => assertAcceptable(quote, revision, 1, '2026-12-01'))).toBe(409);
    expect(status(() => assertAcceptable({ ...quote, status: 'accepted' }, revision, 2, '2026-12-01'))).toBe(
      409,
    );
  });
  it('takes only a revision the customer was sent', () => {
    expect(status(() => assertAcceptable({ ...quote, sentRevision: 1 }, revision, 2, '2026-12-01'))).toBe(
      409,
    );
    const { sentRevision: _never, ...unsent } = quote;
    expect(status(() => assertAcceptable({ ...unsent, status: 'draft' }, revision, 2, '2026-12-01'))).toBe(
      409,
    );
  });
});
