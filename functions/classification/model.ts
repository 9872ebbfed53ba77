import * as z from 'zod/mini';
import { currencyCode, pastDate, text } from '#shared/schemas.ts';
import type { Reason } from './rules.ts';

export const CLASSES = ['A', 'B', 'C'] as const;

/** A purchase's amount: positive money. */
export const purchaseAmount = z.strictObject({
  value: z.int().check(z.positive(), z.maximum(1e13)),
  currency: currencyCode,
});

export const newPurchase = z.strictObject({
  product: text(200),
  model: z.optional(text(100)),
  quantity: z.int().check(z.positive(), z.maximum(1e9)),
  amount: purchaseAmount,
  /** The day of the purchase (delivery or invoice): not in the future, not before 1900. */
  date: pastDate,
  note: z.optional(text(1000)),
});
export type NewPurchase = z.output<typeof newPurchase>;

export type Purchase = NewPurchase & {
  id: string;
  customerId: string;
  recordedBy: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export const overrideRequest = z.strictObject({ class: z.enum(CLASSES), reason: text(1000) });

export interface ClassOverride {
  class: (typeof CLASSES)[number];
  reason: string;
  by: string;
  at: string;
}

/** The stored classification of one customer. */
export interface ClassificationRecord {
  customerId: string;
  score: number | null;
  computedClass: (typeof CLASSES)[number] | null;
  reasons: Reason[];
  classifiedAt: string | null;
  override?: ClassOverride;
  version: number;
}

export interface ClassChange {
  at: string;
  from: (typeof CLASSES)[number] | null;
  to: (typeof CLASSES)[number] | null;
  cause: 'classification' | 'override' | 'override-cleared';
  score: number | null;
  by: string;
  reason?: string;
}
