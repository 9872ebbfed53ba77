import * as z from 'zod/mini';
import { rejection } from '../approvals/public.ts';
import { isoDate, text } from '#shared/schemas.ts';
import { quoteLine } from '../sales/public.ts';

/** Where an order stands: it moves on through review, production, shipping and receipt. */
export const ORDER_STATUSES = [
  'received',
  'under_review',
  'returned',
  'in_production',
  'shipping',
  'delivered',
  'completed',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
/** The statuses of an order still on its way to the customer. */
export const OPEN_ORDER_STATUSES: readonly OrderStatus[] = [
  'received',
  'under_review',
  'returned',
  'in_production',
  'shipping',
];

/** An order as stored and shown (one declaration: the type and the OpenAPI schema). */
export const order = z.object({
  /** The contract's id: one order per contract. */
  id: z.string(),
  contractId: z.string(),
  quoteId: z.string(),
  customerId: z.string(),
  ownerId: z.string(),
  currency: z.string(),
  lines: z.array(quoteLine),
  total: z.int(),
  deliveryDate: z.string(),
  paymentTerms: z.string(),
  signedOn: z.string(),
  status: z.enum(ORDER_STATUSES),
  /** Review rounds started so far (sales admin's order review). */
  reviewRound: z.int(),
  /** Why the last review sent it back to the rep. */
  lastReturn: z.optional(rejection),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Order = z.output<typeof order>;

export const timelineEntry = z.object({
  id: z.string(),
  at: z.string(),
  /** What happened, e.g. `created`. */
  what: z.string(),
  by: z.string(),
  note: z.optional(z.string()),
});
export type TimelineEntry = z.output<typeof timelineEntry>;

export const orderListQuery = z.strictObject({
  status: z.optional(z.enum(ORDER_STATUSES)),
  /** Only orders whose delivery date is before this day and that are not delivered yet. */
  lateOn: z.optional(isoDate),
});

export const resubmission = z.strictObject({
  /** What the rep changed or clarified for the sales admin. */
  note: z.optional(text(2000)),
});
