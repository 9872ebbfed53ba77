import * as z from 'zod/mini';
import { currencyCode, line, pastDate, resourceFields, text, named } from '#shared/schemas.ts';
import type { Reason } from './rules.ts';

export const CLASSES = ['A', 'B', 'C'] as const;

/** A purchase's amount: positive money. */
export const purchaseAmount = z.strictObject({
  value: z.int().check(z.positive(), z.maximum(1e13)),
  currency: currencyCode,
});

export const newPurchase = z.strictObject({
  product: line(200),
  model: z.optional(line(100)),
  quantity: z.int().check(z.positive(), z.maximum(1e9)),
  amount: purchaseAmount,
  /** The day of the purchase (delivery or invoice): not in the future, not before 1900. */
  date: pastDate,
  note: z.optional(text(1000)),
});
export type NewPurchase = z.output<typeof newPurchase>;

/** A purchase as stored and shown. */
export const purchase = named(
  'Purchase',
  z.object({
    ...resourceFields,
    customerId: z.string(),
    recordedBy: z.string(),
    product: z.string(),
    model: z.optional(z.string()),
    quantity: z.int(),
    amount: purchaseAmount,
    date: z.string(),
    note: z.optional(z.string()),
    /** The invoice or delivery note it was imported from: a customer's reference is filed once. */
    reference: z.optional(z.string()),
  }),
);
export type Purchase = z.output<typeof purchase>;

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

const classOrNull = z.nullable(z.enum(CLASSES));

/** One change of a customer's class, as recorded and shown. */
export const classChange = named(
  'ClassChange',
  z.object({
    at: z.string(),
    from: classOrNull,
    to: classOrNull,
    cause: z.enum(['classification', 'override', 'override-cleared']),
    score: z.nullable(z.number()),
    by: z.string(),
    reason: z.optional(z.string()),
  }),
);
export type ClassChange = z.output<typeof classChange>;
