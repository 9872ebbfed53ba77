import * as z from 'zod/mini';
import { isoDate } from '#shared/schemas.ts';
import type { QuoteLine } from '../sales/public.ts';

/** Where an order stands: it moves on through review, production, shipping and receipt. */
export const ORDER_STATUSES = [
  'received',
  'under_review',
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
  'in_production',
  'shipping',
];

export type Order = {
  /** The contract's id: one order per contract. */
  id: string;
  contractId: string;
  quoteId: string;
  customerId: string;
  ownerId: string;
  currency: string;
  lines: QuoteLine[];
  total: number;
  deliveryDate: string;
  paymentTerms: string;
  signedOn: string;
  status: OrderStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export interface TimelineEntry {
  id: string;
  at: string;
  /** What happened, e.g. `created`. */
  what: string;
  by: string;
  note?: string;
}

export const orderListQuery = z.strictObject({
  status: z.optional(z.enum(ORDER_STATUSES)),
  /** Only orders whose delivery date is before this day and that are not delivered yet. */
  lateOn: z.optional(isoDate),
});
