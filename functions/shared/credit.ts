import * as z from 'zod/mini';
import { named } from './schemas.ts';

// Credit as the orders domain computes it and a contract keeps it from its submission: the
// schemas only, shared so that neither domain's model imports the other's; the rules are orders'.

/**
 * Where a customer stands, in one currency: the open receivables (what is still owed on its
 * orders' open installments), how much of that is overdue, and the limit if one is set in it.
 */
export const creditPosition = z.object({
  customerId: z.string(),
  currency: z.string(),
  asOf: z.string(),
  openReceivables: z.int(),
  overdue: z.int(),
  /** Of that, what is overdue more than the days the `overdueBlock` setting names. */
  longOverdue: z.int(),
  /** Absent: no limit is set (or it is set in another currency, see `limitCurrency`). */
  limit: z.optional(z.int()),
  limitCurrency: z.optional(z.string()),
  /** Limit less open receivables (may be negative); absent without a limit. */
  available: z.optional(z.int()),
});
export type CreditPosition = z.output<typeof creditPosition>;

/** What a contract's submission found: the position, the contract's amount, and why it needs an override. */
export const creditCheck = named(
  'CreditCheck',
  z.object({
    ...creditPosition.def.shape,
    amount: z.int(),
    /** The new amount takes the open receivables this far past the limit. */
    exceedsLimitBy: z.optional(z.int()),
    /** Long-overdue money above the setting blocks a new contract until it is cleared or overridden. */
    overdueBlocks: z.boolean(),
    /** The limit is set in another currency than the contract's: it cannot be compared. */
    otherCurrency: z.boolean(),
    needsOverride: z.boolean(),
  }),
);
export type CreditCheck = z.output<typeof creditCheck>;
