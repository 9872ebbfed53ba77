import * as z from 'zod/mini';
import { rejection } from '../approvals/public.ts';
import { money, TAX_TREATMENTS, taxSummary, vatRate } from '#shared/money.ts';
import {
  currencyCode,
  dateBetween,
  dateWithin,
  line,
  resourceFields,
  text,
  ulidId,
  named,
} from '#shared/schemas.ts';

export const newProduct = z.strictObject({
  name: line(200),
  /** Specification or model number. */
  model: line(100),
  unit: line(20),
  listPrice: money,
  /** What one unit costs to make; feeds the profit indicator. */
  standardCost: money,
  /** Its VAT rate (basis points: 1300 is 13 %); the department's default (`sales.vatRateBasisPoints`) when absent. */
  vatRateBasisPoints: z.optional(vatRate),
  active: z._default(z.boolean(), true),
});
export type NewProduct = z.output<typeof newProduct>;

export const productPatch = z
  .strictObject({
    name: z.optional(line(200)),
    model: z.optional(line(100)),
    unit: z.optional(line(20)),
    listPrice: z.optional(money),
    standardCost: z.optional(money),
    vatRateBasisPoints: z.optional(vatRate),
    active: z.optional(z.boolean()),
  })
  .check(z.refine((patch) => Object.keys(patch).length > 0, 'The patch changes nothing'));

/** A catalogue product as stored and shown. */
export const product = named(
  'Product',
  z.object({
    ...resourceFields,
    name: z.string(),
    model: z.string(),
    unit: z.string(),
    listPrice: money,
    standardCost: money,
    vatRateBasisPoints: z.optional(z.int()),
    active: z.boolean(),
  }),
);
export type Product = z.output<typeof product>;

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
  title: line(200),
  expectedValue: money,
  /** From a year back (a late entry) to five years ahead. */
  expectedCloseDate: dateBetween(1, 5),
});

export const stageChange = z.strictObject({
  stage: z.enum(STAGES),
  /** Required when the opportunity is lost. */
  reason: z.optional(text(1000)),
});

/** An opportunity as stored and shown. */
export const opportunity = named(
  'Opportunity',
  z.object({
    ...resourceFields,
    customerId: z.string(),
    ownerId: z.string(),
    title: z.string(),
    expectedValue: money,
    expectedCloseDate: z.string(),
    stage: z.enum(STAGES),
    lostReason: z.optional(z.string()),
    /** The signed contract that won it. */
    wonWith: z.optional(z.string()),
  }),
);
export type Opportunity = z.output<typeof opportunity>;

/** One move of an opportunity between stages, as recorded and shown. */
export const stageChangeEntry = named(
  'StageChangeEntry',
  z.object({
    from: z.nullable(z.enum(STAGES)),
    to: z.enum(STAGES),
    at: z.string(),
    by: z.string(),
    reason: z.optional(z.string()),
  }),
);
export type StageChange = z.output<typeof stageChangeEntry>;

export const quoteLineInput = z.strictObject({
  productId: ulidId,
  quantity: z.int().check(z.positive(), z.maximum(1_000_000)),
  /** Minor units; the product's list price when left out. */
  unitPrice: z.optional(z.int().check(z.minimum(0), z.maximum(1e11))),
  /** Discount in basis points: 500 is 5 %. */
  discountBasisPoints: z._default(z.int().check(z.minimum(0), z.maximum(10_000)), 0),
});

/** The most lines a quote (and so a contract and an order) has: every write path takes this many. */
export const MAX_QUOTE_LINES = 100;

/** Everything a revision says; each counter-offer is a complete new revision. */
export const quoteTerms = z.strictObject({
  currency: currencyCode,
  /** `export`: zero-rated (a sale abroad); `domestic`: each product's VAT rate. Prices include the tax either way. */
  taxTreatment: z._default(z.enum(TAX_TREATMENTS), 'domestic'),
  lines: z.array(quoteLineInput).check(z.minLength(1), z.maxLength(MAX_QUOTE_LINES)),
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
export const quoteLine = named(
  'QuoteLine',
  z.object({
    productId: z.string(),
    productName: z.string(),
    model: z.string(),
    unit: z.string(),
    quantity: z.int(),
    unitPrice: z.int(),
    discountBasisPoints: z.int(),
    /** With VAT, as Chinese quotations price: quantity × unit price less the discount. */
    lineTotal: z.int(),
    /** The line's VAT rate and the net amount and tax inside `lineTotal` (absent on lines priced before taxes were kept). */
    vatRateBasisPoints: z.optional(z.int()),
    netAmount: z.optional(z.int()),
    taxAmount: z.optional(z.int()),
    /** The price list its unit price came from (the line gave none); absent: the catalogue's, or the rep's own. */
    priceListId: z.optional(z.string()),
  }),
);
export type QuoteLine = z.output<typeof quoteLine>;

/**
 * A line whose price departs from the catalogue by more than the tolerance: its net unit
 * price against the list price, or a price in another currency than the list price's.
 */
export const priceDeviation = named(
  'PriceDeviation',
  z.object({
    /** The line's position, from 0. */
    line: z.int(),
    productId: z.string(),
    listPrice: money,
    /** Unit price after the line's discount, in the quote's currency. */
    netUnitPrice: z.int(),
    /** Signed departure from the list price; absent when it has none in numbers (another currency, a zero list price). */
    basisPoints: z.optional(z.int()),
  }),
);
export type PriceDeviation = z.output<typeof priceDeviation>;

/** One priced, immutable revision of a quote, as stored and shown. */
export const quoteRevision = named(
  'QuoteRevision',
  z.object({
    quoteId: z.string(),
    revision: z.int(),
    currency: z.string(),
    lines: z.array(quoteLine),
    /** Before discounts. */
    subtotal: z.int(),
    discount: z.int(),
    /** What the customer pays, VAT included. */
    total: z.int(),
    /** The VAT inside the total, by rate (absent on revisions priced before taxes were kept). */
    tax: z.optional(taxSummary),
    deliveryDate: z.string(),
    paymentTerms: z.string(),
    afterSalesTerms: z.string(),
    validUntil: z.string(),
    note: z.optional(z.string()),
    /** Lines that need a technical review before the revision may be sent. */
    priceDeviations: z.optional(z.array(priceDeviation)),
    createdAt: z.string(),
    createdBy: z.string(),
  }),
);
export type QuoteRevision = z.output<typeof quoteRevision>;

export const QUOTE_STATUSES = ['draft', 'sent', 'accepted', 'rejected'] as const;

export const TECHNICAL_REVIEW_STATUSES = ['under_review', 'passed', 'returned', 'withdrawn'] as const;

/** The latest technical review round of a quote, about one of its revisions. */
export const technicalReview = named(
  'TechnicalReview',
  z.object({
    /** Rounds so far, across revisions. */
    round: z.int(),
    revision: z.int(),
    status: z.enum(TECHNICAL_REVIEW_STATUSES),
    requestedBy: z.string(),
    requestedAt: z.string(),
    /** What the rep asks production or the technicians to look at. */
    note: z.optional(z.string()),
    decidedAt: z.optional(z.string()),
    /** Why it did not pass: the step, comment and decider (or `workflow`). */
    returned: z.optional(rejection),
  }),
);
export type TechnicalReview = z.output<typeof technicalReview>;

/** A quote's header as stored and shown. */
export const quote = named(
  'Quote',
  z.object({
    ...resourceFields,
    customerId: z.string(),
    ownerId: z.string(),
    opportunityId: z.optional(z.string()),
    status: z.enum(QUOTE_STATUSES),
    currentRevision: z.int(),
    sentRevision: z.optional(z.int()),
    sentTo: z.optional(z.string()),
    acceptedRevision: z.optional(z.int()),
    rejectionReason: z.optional(z.string()),
    technicalReview: z.optional(technicalReview),
  }),
);
export type Quote = z.output<typeof quote>;

export const quoteSending = z.strictObject({ contactId: ulidId });
export const quoteAcceptance = z.strictObject({ revision: z.int().check(z.positive()) });
export const quoteRejection = z.strictObject({ reason: text(1000) });
export const technicalReviewRequest = z.strictObject({ note: z.optional(text(2000)) });
