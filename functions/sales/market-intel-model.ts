import * as z from 'zod/mini';
import { money } from '#shared/money.ts';
import { dateBetween, isoDate, line, named, text, ulidId } from '#shared/schemas.ts';

/**
 * Market intelligence (§2.1.4, §2.2.3): what reps learn of the market, for the sales manager, and
 * customers' product feedback for production and R&D.
 */
export const INTEL_KINDS = ['competitor', 'price', 'product_feedback', 'opportunity'] as const;
export type IntelKind = (typeof INTEL_KINDS)[number];

export const newIntel = z.strictObject({
  kind: z.enum(INTEL_KINDS),
  /** One line: what was learned. */
  title: line(200),
  details: text(4000),
  /** The sales region it concerns (as customers name theirs). */
  region: line(100),
  /** The day it was seen or heard: up to a year back. */
  observedOn: dateBetween(1, 0),
  customerId: z.optional(ulidId),
  /** A catalogue product, or the product named as customers name it. */
  productId: z.optional(ulidId),
  product: z.optional(line(200)),
  /** Competitor and price records: whose, and which of their products. */
  competitor: z.optional(z.strictObject({ name: line(200), product: z.optional(line(200)) })),
  /** Price records: the price seen, per unit. */
  price: z.optional(money),
  /** Product feedback: what the customer thinks of it. */
  sentiment: z.optional(z.enum(['positive', 'neutral', 'negative'])),
});
export type NewIntel = z.output<typeof newIntel>;

export const marketIntel = named(
  'MarketIntel',
  z.object({
    id: z.string(),
    kind: z.enum(INTEL_KINDS),
    title: z.string(),
    details: z.string(),
    region: z.string(),
    observedOn: z.string(),
    customerId: z.optional(z.string()),
    productId: z.optional(z.string()),
    /** The product's model, else its name, in lower case: how records of one product are found. */
    product: z.optional(z.string()),
    competitor: z.optional(z.object({ name: z.string(), product: z.optional(z.string()) })),
    price: z.optional(z.object({ value: z.int(), currency: z.string() })),
    sentiment: z.optional(z.enum(['positive', 'neutral', 'negative'])),
    recordedBy: z.string(),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type MarketIntel = z.output<typeof marketIntel>;

export const intelListQuery = z.strictObject({
  kind: z.optional(z.enum(INTEL_KINDS)),
  region: z.optional(line(100)),
  /** Competitor name, as recorded. */
  competitor: z.optional(line(200)),
  /** Product: its catalogue model or name (any case). */
  product: z.optional(line(200)),
  from: z.optional(isoDate),
  to: z.optional(isoDate),
});
export type IntelFilter = z.output<typeof intelListQuery>;

/** A period's intelligence summed up for the manager; product feedback for production and R&D. */
export const intelSummary = named(
  'MarketIntelSummary',
  z.object({
    period: z.string(),
    records: z.int(),
    byKind: z.array(z.object({ kind: z.enum(INTEL_KINDS), records: z.int() })),
    byRegion: z.array(z.object({ region: z.string(), records: z.int() })),
    competitors: z.array(
      z.object({
        name: z.string(),
        records: z.int(),
        regions: z.array(z.string()),
        /** The latest price seen of each of their products (or of the competitor without one). */
        latestPrices: z.array(
          z.object({
            product: z.optional(z.string()),
            price: z.object({ value: z.int(), currency: z.string() }),
            observedOn: z.string(),
          }),
        ),
      }),
    ),
    productFeedback: z.array(
      z.object({
        product: z.string(),
        positive: z.int(),
        neutral: z.int(),
        negative: z.int(),
        /** The newest feedback's titles, newest first (at most five). */
        latest: z.array(z.string()),
      }),
    ),
  }),
);
