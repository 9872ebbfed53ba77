import * as z from 'zod/mini';
import { money } from '#shared/money.ts';
import { named, text } from '#shared/schemas.ts';
import { creditPosition } from '#shared/credit.ts';

export { creditCheck, type CreditCheck, creditPosition, type CreditPosition } from '#shared/credit.ts';

/** A customer's credit limit as finance set it, with the reason (audited: the customer trail shows each). */
export const creditLimit = named(
  'CreditLimit',
  z.object({
    customerId: z.string(),
    limit: money,
    reason: z.string(),
    setBy: z.string(),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type CreditLimit = z.output<typeof creditLimit>;

export const creditLimitInput = z.strictObject({
  /** In minor units; 0 lets no contract through without an override. */
  limit: money,
  reason: text(1000),
});

/** A customer's credit as finance and the customer's people read it. */
export const customerCredit = named(
  'CustomerCredit',
  z.object({
    ...creditPosition.def.shape,
    /** Who set the limit, when, and why. */
    limitSet: z.optional(z.object({ reason: z.string(), setBy: z.string(), at: z.string() })),
  }),
);
