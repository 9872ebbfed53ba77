import * as z from 'zod/mini';
import { money } from '#shared/money.ts';
import type { Rejection } from '../approvals/public.ts';
import { currencyCode, dateWithin, isoDate, text, ulidId } from '#shared/schemas.ts';

export const newProduct = z.strictObject({
  name: text(200),
  /** Specification or model number. */
  model: text(100),
  unit: text(20),
  listPrice: money,
  /** What one unit costs to make; feeds the profit indicator. */
  standardCost: money,
  active: z._default(z.boolean(), true),
});
export type NewProduct = z.output<typeof newProduct>;

export const productPatch = z
  .strictObject({
    name: z.optional(text(200)),
    model: z.optional(text(100)),
    unit: z.optional(text(20)),
    listPrice: z.optional(money),
    standardCost: z.optional(money),
    active: z.optional(z.boolean()),
  })
  .check(z.refine((patch) => Object.keys(patch).length > 0, 'The patch changes nothing'));

export type Product = NewProduct & { id: string; version: number; createdAt: string; updatedAt: string };

export const STAGES = [
  'identified',
  'contacted',
  'needs_analysed',
  'quoted',
  'negotiating',
  'won',
  'lost',
] as const;
export type Stage = (typeof STAGES)[number];

export const newOpportunity = z.strictObject({
  customerId: ulidId,
  title: text(200),
  expectedValue: money,
  expectedCloseDate: isoDate,
});

export const stageChange = z.strictObject({
  stage: z.enum(STAGES),
  /** Required when the opportunity is lost. */
  reason: z.optional(text(1000)),
});

export type Opportunity = z.output<typeof newOpportunity> & {
  id: string;
  ownerId: string;
  stage: Stage;
  lostReason?: string;
  /** The signed contract that won it. */
  wonWith?: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export interface StageChange {
  from: Stage | null;
  to: Stage;
  at: string;
  by: string;
  reason?: string;
}

export const quoteLineInput = z.strictObject({
  productId: ulidId,
  quantity: z.int().check(z.positive(), z.maximum(1_000_000)),
  /** Minor units; the product's list price when left out. */
  unitPrice: z.optional(z.int().check(z.minimum(0), z.maximum(1e11))),
  /** Discount in basis points: 500 is 5 %. */
  discountBasisPoints: z._default(z.int().check(z.minimum(0), z.maximum(10_000)), 0),
});

/** Everything a revision says; each counter-offer is a complete new revision. */
export const quoteTerms = z.strictObject({
  currency: currencyCode,
  lines: z.array(quoteLineInput).check(z.minLength(1), z.maxLength(100)),
  /** At most 10 years ahead. */
  deliveryDate: dateWithin(10),
  paymentTerms: text(1000),
  afterSalesTerms: text(1000),
  /** At most 2 years ahead (and not in the past, checked when priced). */
  validUntil: dateWithin(2),
  note: z.optional(text(2000)),
});
export type QuoteTerms = z.output<typeof quoteTerms>;

export const newQuote = z.strictObject({
  customerId: ulidId,
  opportunityId: z.optional(ulidId),
  terms: quoteTerms,
});

/** A priced line, as quotes and contracts show it. */
export const quoteLine = z.object({
  productId: z.string(),
  productName: z.string(),
  model: z.string(),
  unit: z.string(),
  quantity: z.int(),
  unitPrice: z.int(),
  discountBasisPoints: z.int(),
  lineTotal: z.int(),
});
export type QuoteLine = z.output<typeof quoteLine>;

/**
 * A line whose price departs from the catalogue by more than the tolerance: its net unit
 * price against the list price, or a price in another currency than the list price's.
 */
export interface PriceDeviation {
  /** The line's position, from 0. */
  line: number;
  productId: string;
  listPrice: { value: number; currency: string };
  /** Unit price after the line's discount, in the quote's currency. */
  netUnitPrice: number;
  /** Signed departure from the list price; absent when it has none in numbers (another currency, a zero list price). */
  basisPoints?: number;
}

export interface QuoteRevision {
  quoteId: string;
  revision: number;
  currency: string;
  lines: QuoteLine[];
  /** Before discounts. */
  subtotal: number;
  discount: number;
  total: number;
  deliveryDate: string;
  paymentTerms: string;
  afterSalesTerms: string;
  validUntil: string;
  note?: string;
  /** Lines that need a technical review before the revision may be sent. */
  priceDeviations?: PriceDeviation[];
  createdAt: string;
  createdBy: string;
}

export const QUOTE_STATUSES = ['draft', 'sent', 'accepted', 'rejected'] as const;

export const TECHNICAL_REVIEW_STATUSES = ['under_review', 'passed', 'returned', 'withdrawn'] as const;

/** The latest technical review round of a quote, about one of its revisions. */
export interface TechnicalReview {
  /** Rounds so far, across revisions. */
  round: number;
  revision: number;
  status: (typeof TECHNICAL_REVIEW_STATUSES)[number];
  requestedBy: string;
  requestedAt: string;
  /** What the rep asks production or the technicians to look at. */
  note?: string;
  decidedAt?: string;
  /** Why it did not pass: the step, comment and decider (or `workflow`). */
  returned?: Rejection;
}

export type Quote = {
  id: string;
  customerId: string;
  ownerId: string;
  opportunityId?: string;
  status: (typeof QUOTE_STATUSES)[number];
  currentRevision: number;
  sentRevision?: number;
  sentTo?: string;
  acceptedRevision?: number;
  rejectionReason?: string;
  technicalReview?: TechnicalReview;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export const quoteSending = z.strictObject({ contactId: ulidId });
export const quoteAcceptance = z.strictObject({ revision: z.int().check(z.positive()) });
export const quoteRejection = z.strictObject({ reason: text(1000) });
export const technicalReviewRequest = z.strictObject({ note: z.optional(text(2000)) });
