import { describe, expect, it } from 'vitest';
import type { Product } from '../../functions/sales/model.ts';
import type { PriceList } from '../../functions/sales/price-list-model.ts';
import { priceListFor } from '../../functions/sales/price-list-rules.ts';
import { priceRevision } from '../../functions/sales/rules.ts';

const list = (id: string, fields: Partial<PriceList>): PriceList => ({
  id,
  name: id,
  currency: 'CNY',
  prices: [{ productId: 'P1', unitPrice: 90_00 }],
  active: true,
  setBy: 'ADMIN',
  version: 1,
  createdAt: 't',
  updatedAt: 't',
  ...fields,
});

describe('a customer’s price list', () => {
  const lists = [
    list('L3', { region: 'east' }),
    list('L2', { customerClass: 'A' }),
    list('L1', { customerClass: 'A', region: 'east' }),
    list('L0', { customerClass: 'A', region: 'east', active: false }),
    list('L4', { customerClass: 'A', currency: 'USD' }),
    list('L5', { customerClass: 'B' }),
    list('L6', { customerClass: 'B' }),
  ];
  it('is the most specific active list in the quote’s currency that applies to it', () => {
    expect(priceListFor(lists, { class: 'A', region: 'east' }, 'CNY')?.id).toBe('L1');
    expect(priceListFor(lists, { class: 'A', region: 'north' }, 'CNY')?.id).toBe('L2');
    expect(priceListFor(lists, { class: 'C', region: 'east' }, 'CNY')?.id).toBe('L3');
    expect(priceListFor(lists, { class: null, region: 'east' }, 'CNY')?.id).toBe('L3');
    expect(priceListFor(lists, { class: 'A', region: 'north' }, 'USD')?.id).toBe('L4');
    expect(priceListFor(lists, { class: 'C', region: 'north' }, 'CNY')).toBeUndefined();
  });
  it('is the oldest of equally specific ones, whatever order they are read in', () => {
    expect(priceListFor(lists, { class: 'B', region: 'west' }, 'CNY')?.id).toBe('L5');
    expect(priceListFor([...lists].reverse(), { class: 'B', region: 'west' }, 'CNY')?.id).toBe('L5');
  });
});

describe('a quote priced from the customer’s list', () => {
  const product = (id: string): Product => ({
    id,
    name: id,
    model: 'M',
    unit: '台',
    listPrice: { value: 100_00, currency: 'CNY' },
    standardCost: { value: 50_00, currency: 'CNY' },
    active: true,
    version: 1,
    createdAt: 't',
    updatedAt: 't',
  });
  const products = new Map([
    ['P1', product('P1')],
    ['P2', product('P2')],
  ]);
  const terms = (lines: { productId: string; unitPrice?: number; discountBasisPoints?: number }[]) => ({
    currency: 'CNY',
    lines: lines.map((line) => ({ quantity: 1, discountBasisPoints: 0, ...line })),
    deliveryDate: '2027-03-01',
    paymentTerms: '30/70',
    afterSalesTerms: '1 year',
    validUntil: '2026-12-31',
  });
  const context = {
    quoteId: 'Q1',
    revision: 1,
    by: 'REP',
    at: 'now',
    today: '2026-11-28',
    toleranceBasisPoints: 1_000,
    vatRateBasisPoints: 1_300,
    priceList: { id: 'L1', prices: [{ productId: 'P1', unitPrice: 80_00 }] },
  };

  it('takes the list price of a product it names, the catalogue price otherwise, and the rep’s own as given', () => {
    const revision = priceRevision(
      terms([{ productId: 'P1' }, { productId: 'P2' }, { productId: 'P1', unitPrice: 85_00 }]),
      products,
      context,
    );
    expect(revision.lines.map((line) => [line.unitPrice, line.priceListId])).toEqual([
      [80_00, 'L1'],
      [100_00, undefined],
      [85_00, undefined],
    ]);
    // 80.00 is 20 % under the catalogue, but it is this customer's price: no technical review.
    // 85.00 is 6.25 % over the list price: within the tolerance.
    expect(revision.priceDeviations).toEqual([]);
  });

  it('measures a departure from the list price, not the catalogue’s', () => {
    const revision = priceRevision(
      terms([{ productId: 'P1', discountBasisPoints: 1_500 }]),
      products,
      context,
    );
    expect(revision.priceDeviations).toEqual([
      expect.objectContaining({
        productId: 'P1',
        listPrice: { value: 80_00, currency: 'CNY' },
        netUnitPrice: 68_00,
      }),
    ]);
  });
});
