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
