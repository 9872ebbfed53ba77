import { describe, expect, it } from 'vitest';
import type { Product } from '../../functions/sales/model.ts';
import { priceRevision } from '../../functions/sales/rules.ts';
import { summarizeTax, taxOf, vatRate, withTax } from '../../functions/shared/money.ts';
import { afterAmendmentReview, proposeAmendment } from '../../functions/orders/amendment-rules.ts';
import { orderFromContract, workView } from '../../functions/orders/rules.ts';
import * as z from 'zod/mini';
import { quotationEmail } from '../../functions/sales/quote-email.ts';

describe('the VAT inside a tax-inclusive amount', () => {
  it('is what is left of the net amount rounded half up, so the two add up', () => {
    expect(taxOf(11_300, 1_300)).toEqual({ net: 10_000, tax: 1_300 });
    // 100.00 at 13 %: 88.4955… → 88.50 net, 11.50 tax.
    expect(taxOf(10_000, 1_300)).toEqual({ net: 8_850, tax: 1_150 });
    // 0.01 at 6 %: 0.0094… → 0.01 net, no tax.
    expect(taxOf(1, 600)).toEqual({ net: 1, tax: 0 });
    expect(taxOf(10_000, 0)).toEqual({ net: 10_000, tax: 0 });
    for (const gross of [1, 99, 12_345_678, 9_006_298_534_774_530])
      for (const rate of [0, 100, 300, 600, 900, 1_300]) {
        const { net, tax } = taxOf(gross, rate);
        expect(net + tax).toBe(gross);
        expect(tax).toBeGreaterThanOrEqual(0);
      }
  });

  it('takes China’s rates only', () => {
    expect(z.safeParse(vatRate, 1_300).success).toBe(true);
    expect(z.safeParse(vatRate, 0).success).toBe(true);
    expect(z.safeParse(vatRate, 1_700).success).toBe(false);
  });

  it('is summed by rate over the lines, lines priced before taxes counting as untaxed', () => {
    const lines = [
      withTax({ lineTotal: 11_300 }, 1_300),
      withTax({ lineTotal: 10_900 }, 900),
      withTax({ lineTotal: 22_600 }, 1_300),
      { lineTotal: 500 },
    ];
    expect(summarizeTax(lines, 'domestic')).toEqual({
      treatment: 'domestic',
      netTotal: 30_000 + 10_000 + 500,
      taxTotal: 3_900 + 900,
      byRate: [
        { rateBasisPoints: 1_300, net: 30_000, tax: 3_900 },
        { rateBasisPoints: 900, net: 10_000, tax: 900 },
        { rateBasisPoints: 0, net: 500, tax: 0 },
      ],
    });
  });
});

const product = (id: string, vatRateBasisPoints?: number): Product => ({
  id,
  name: id,
  model: 'M',
  unit: '台',
  listPrice: { value: 11_300_00, currency: 'CNY' },
  standardCost: { value: 5_000_00, currency: 'CNY' },
  ...(vatRateBasisPoints === undefined ? {} : { vatRateBasisPoints }),
  active: true,
  version: 1,
  createdAt: 't',
  updatedAt: 't',
});
const products = new Map([
  ['MACHINE', product('MACHINE')],
  ['SERVICE', product('SERVICE', 600)],
]);
const terms = {
  currency: 'CNY',
  lines: [
    { productId: 'MACHINE', quantity: 2, discountBasisPoints: 0 },
    { productId: 'SERVICE', quantity: 1, discountBasisPoints: 0 },
  ],
  deliveryDate: '2027-03-01',
  paymentTerms: '30/70',
  afterSalesTerms: '1 year',
  validUntil: '2026-12-31',
};
const context = {
  quoteId: 'Q1',
  revision: 1,
  by: 'REP',
  at: 'now',
  today: '2026-11-28',
  toleranceBasisPoints: 1000,
  vatRateBasisPoints: 1_300,
};

describe('a quote revision’s tax', () => {
  it('applies each product’s rate, or the department’s, inside the prices as quoted', () => {
    const revision = priceRevision(terms, products, context);
    expect(revision.total).toBe(33_900_00);
    expect(revision.lines.map((line) => [line.vatRateBasisPoints, line.netAmount, line.taxAmount])).toEqual([
      [1_300, 20_000_00, 2_600_00],
      [600, 10_660_38, 639_62],
    ]);
    expect(revision.tax).toEqual({
      treatment: 'domestic',
      netTotal: 30_660_38,
      taxTotal: 3_239_62,
      byRate: [
        { rateBasisPoints: 1_300, net: 20_000_00, tax: 2_600_00 },
        { rateBasisPoints: 600, net: 10_660_38, tax: 639_62 },
      ],
    });
  });

  it('is zero on an export, the total unchanged', () => {
    const revision = priceRevision({ ...terms, taxTreatment: 'export' }, products, context);
    expect(revision.total).toBe(33_900_00);
    expect(revision.tax).toMatchObject({ treatment: 'export', netTotal: 33_900_00, taxTotal: 0 });
    expect(revision.lines.every((line) => line.vatRateBasisPoints === 0 && line.taxAmount === 0)).toBe(true);
  });

  it('follows an amendment’s new prices, and stays out of production’s view', () => {
    const revision = priceRevision(terms, products, context);
    const order = orderFromContract(
      {
        contractId: 'O1',
        quoteId: 'Q1',
        customerId: 'C1',
        ownerId: 'REP',
        currency: 'CNY',
        lines: revision.lines,
        total: revision.total,
        tax: revision.tax!,
        deliveryDate: '2027-03-01',
        paymentTerms: '30/70',
        signedOn: '2026-11-28',
      },
      '2026-11-28T00:00:00.000Z',
    );
    const proposed = proposeAmendment(
      { ...order, status: 'awaiting_production' },
      { lines: [{ line: 1, unitPrice: 21_200_00 }], reason: 'Two visits' },
      0,
      'REP',
      '2026-11-29T00:00:00.000Z',
    );
    const approved = afterAmendmentReview(proposed.order, proposed.amendment, {
      approved: true,
      at: '2026-11-30T00:00:00.000Z',
    })!;
    // 21,200.00 at 6 %: 20,000.00 net and 1,200.00 VAT; the machines' line as it was.
    expect(approved.order.lines[1]).toMatchObject({ netAmount: 20_000_00, taxAmount: 1_200_00 });
    expect(approved.order.total).toBe(43_800_00);
    expect(approved.order.tax).toMatchObject({ netTotal: 40_000_00, taxTotal: 3_800_00 });
    const seen = JSON.stringify(workView(order));
    for (const word of ['netAmount', 'taxAmount', 'vatRateBasisPoints', 'taxTotal'])
      expect(seen).not.toContain(word);
  });
});

describe('the quotation the customer reads', () => {
  it('shows the total with VAT, the net total and the VAT by rate, in the contact’s language', () => {
    const revision = priceRevision(terms, products, context);
    const people = { contactName: 'Anna', repName: 'Li Na', company: 'HD' };
    const zh = quotationEmail('zh-CN', revision, people).text;
    expect(zh).toContain('合计（含税）: CNY 33,900.00');
    expect(zh).toContain('不含税金额：CNY 30,660.38');
    expect(zh).toContain('增值税 13 %：CNY 2,600.00');
    expect(zh).toContain('增值税 6 %：CNY 639.62');
    const en = quotationEmail(
      'en',
      priceRevision({ ...terms, taxTreatment: 'export' }, products, context),
      people,
    ).text;
    expect(en).toContain('Total incl. VAT: CNY 33,900.00');
    expect(en).toContain('Export: zero-rated for VAT');
  });
});
