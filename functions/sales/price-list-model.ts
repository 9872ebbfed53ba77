import * as z from 'zod/mini';
import { CUSTOMER_CLASSES } from '../customers/public.ts';
import { currencyCode, line, named, resourceFields, ulidId } from '#shared/schemas.ts';

/**
 * Price lists: what a class of customers, the customers of a region, or a class in a region pay
 * for the products the list names (VAT included, like the catalogue). A quote line that gives no
 * unit price takes its price from the customer's list, else from the catalogue.
 */
export const MAX_LISTED_PRICES = 500;

export const priceListInput = z
  .strictObject({
    name: line(100),
    currency: currencyCode,
    /** The customers it applies to: a class, a region, or both (then only that class in that region). */
    customerClass: z.optional(z.enum(CUSTOMER_CLASSES)),
    region: z.optional(line(100)),
    prices: z
      .array(
        z.strictObject({
          productId: ulidId,
          /** Minor units, VAT included. */
          unitPrice: z.int().check(z.minimum(0), z.maximum(1e11)),
        }),
      )
      .check(z.minLength(1), z.maxLength(MAX_LISTED_PRICES)),
    active: z._default(z.boolean(), true),
  })
  .check(
    z.refine(
      (list) => list.customerClass !== undefined || list.region !== undefined,
      'A price list applies to a customer class, a region, or both',
    ),
    z.refine(
      (list) => new Set(list.prices.map((price) => price.productId)).size === list.prices.length,
      'Each product at most once',
    ),
  );
export type PriceListInput = z.output<typeof priceListInput>;

export const priceList = named(
  'PriceList',
  z.object({
    ...resourceFields,
    name: z.string(),
    currency: z.string(),
    customerClass: z.optional(z.enum(CUSTOMER_CLASSES)),
    region: z.optional(z.string()),
    prices: z.array(z.object({ productId: z.string(), unitPrice: z.int() })),
    active: z.boolean(),
    setBy: z.string(),
  }),
);
export type PriceList = z.output<typeof priceList>;
