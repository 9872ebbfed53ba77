import * as z from 'zod/mini';
import { currencyCode } from './schemas.ts';

/** Money is integer minor units (fen, cents) with an ISO 4217 currency. */
export const money = z.strictObject({
  value: z.int().check(z.minimum(0), z.maximum(1e13)),
  currency: currencyCode,
});
export type Money = z.output<typeof money>;

/**
 * A quote line's total: quantity × unit price, less the discount in basis points (1/100 of a
 * percent), rounded half up to the minor unit. Computed in BigInt, so large orders stay exact.
 */
export function lineTotal(quantity: number, unitPrice: number, discountBasisPoints: number): number {
  const gross = BigInt(quantity) * BigInt(unitPrice) * BigInt(10_000 - discountBasisPoints);
  const total = (gross + 5_000n) / 10_000n;
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('Amount too large');
  return Number(total);
}

/** Whether an amount in minor units can be added up exactly. */
export const isSafeAmount = (value: number) => Number.isSafeInteger(value) && value >= 0;

/** Money for people: currency, thousands separators, two decimals (minor units are cents or fen). */
export const formatMoney = (value: number, currency: string): string =>
  `${currency} ${(value / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/**
 * China's VAT rates (basis points): 13 % on goods, 9 % and 6 % on some goods and services, the
 * simplified levies of 5 %, 3 % and 1 %, and 0 % (exports).
 */
export const VAT_RATES = [0, 100, 300, 500, 600, 900, 1_300] as const;
export const vatRate = z
  .int()
  .check(
    z.refine(
      (value) => (VAT_RATES as readonly number[]).includes(value),
      `Must be one of ${VAT_RATES.join(', ')}`,
    ),
  );

/** How a quote is taxed: at each product's VAT rate, or at zero as an export. */
export const TAX_TREATMENTS = ['domestic', 'export'] as const;
export type TaxTreatment = (typeof TAX_TREATMENTS)[number];

/**
 * The VAT inside a tax-inclusive amount (prices are quoted with tax, as Chinese quotations are): the
 * net amount rounded half up to the minor unit, the tax what is left, so the two add up exactly.
 */
export function taxOf(gross: number, rateBasisPoints: number): { net: number; tax: number } {
  const net = Number(
    (BigInt(gross) * 20_000n + BigInt(10_000 + rateBasisPoints)) / BigInt(2 * (10_000 + rateBasisPoints)),
  );
  return { net, tax: gross - net };
}

/** A priced line with the net amount and the VAT its tax-inclusive total holds. */
export const withTax = <L extends { lineTotal: number }>(line: L, vatRateBasisPoints: number) => {
  const { net, tax } = taxOf(line.lineTotal, vatRateBasisPoints);
  return { ...line, vatRateBasisPoints, netAmount: net, taxAmount: tax };
};

/** The tax of a quote, contract or order: its lines' net amounts and VAT, in all and by rate. */
export const taxSummary = z.object({
  treatment: z.enum(TAX_TREATMENTS),
  /** Σ lines' net amounts; with `taxTotal` it adds up to the total. */
  netTotal: z.int(),
  taxTotal: z.int(),
  byRate: z.array(z.object({ rateBasisPoints: z.int(), net: z.int(), tax: z.int() })),
});
export type TaxSummary = z.output<typeof taxSummary>;

export function summarizeTax(
  lines: readonly {
    netAmount?: number | undefined;
    taxAmount?: number | undefined;
    vatRateBasisPoints?: number | undefined;
    lineTotal: number;
  }[],
  treatment: TaxTreatment,
): TaxSummary {
  const byRate = new Map<number, { net: number; tax: number }>();
  for (const line of lines) {
    const rate = line.vatRateBasisPoints ?? 0;
    const row = byRate.get(rate) ?? { net: 0, tax: 0 };
    row.net += line.netAmount ?? line.lineTotal;
    row.tax += line.taxAmount ?? 0;
    byRate.set(rate, row);
  }
  const rows = [...byRate]
    .sort(([a], [b]) => b - a)
    .map(([rateBasisPoints, row]) => ({ rateBasisPoints, ...row }));
  return {
    treatment,
    netTotal: rows.reduce((sum, row) => sum + row.net, 0),
    taxTotal: rows.reduce((sum, row) => sum + row.tax, 0),
    byRate: rows,
  };
}

/**
 * What a quotation prints under its VAT-inclusive total, as Chinese quotations show prices with and
 * without tax: the net total and the VAT by rate (or the export's zero rate); each line in Chinese
 * and in English.
 */
export function taxLines(tax: TaxSummary, currency: string): { 'zh-CN': string; en: string }[] {
  if (tax.treatment === 'export')
    return [{ 'zh-CN': '出口：增值税零税率', en: 'Export: zero-rated for VAT' }];
  return [
    {
      'zh-CN': `不含税金额：${formatMoney(tax.netTotal, currency)}`,
      en: `Net of VAT: ${formatMoney(tax.netTotal, currency)}`,
    },
    ...tax.byRate.map((row) => ({
      'zh-CN': `增值税 ${row.rateBasisPoints / 100} %：${formatMoney(row.tax, currency)}`,
      en: `VAT ${row.rateBasisPoints / 100} %: ${formatMoney(row.tax, currency)}`,
    })),
  ];
}
