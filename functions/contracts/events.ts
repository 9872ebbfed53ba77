import * as z from 'zod/mini';
import { taxSummary } from '#shared/money.ts';
import { defineEvent } from '#shared/events.ts';
import { reviewEnded, reviewStart } from '../approvals/public.ts';
import { quoteLine } from '../sales/public.ts';

export const contractSubmitted = defineEvent({
  type: 'contract.submitted',
  description:
    'A draft contract was submitted for review (R-2.4.2): the review workflow of this round starts.',
  producer: 'contracts',
  /** The round as the review kit starts it: subject, chain resolved at submission, timing. */
  payload: reviewStart,
});

export const contractReviewed = defineEvent({
  type: 'contract.reviewed',
  description:
    'A review round ended: the contract is approved, or back in draft after a rejection, a timeout or a failure of the review itself. Its rep is told.',
  producer: 'contracts',
  payload: z.object(reviewEnded),
});

export const contractWithdrawn = defineEvent({
  type: 'contract.withdrawn',
  description:
    'A contract under review was withdrawn or changed by its rep (R-2.4.4): the running review stops, its pending links stop working, and the contract is a draft again.',
  producer: 'contracts',
  payload: z.object({ round: z.int().check(z.positive()), reason: z.enum(['withdrawn', 'changed']) }),
});

export const contractSigned = defineEvent({
  type: 'contract.signed',
  description:
    'Both sides signed an approved contract; it is effective (R-2.4.3). Its order is created from it (R-2.5.1) and its opportunity is won.',
  producer: 'contracts',
  payload: z.object({
    contractId: z.string(),
    quoteId: z.string(),
    customerId: z.string(),
    ownerId: z.string(),
    currency: z.string(),
    lines: z.array(quoteLine),
    total: z.int(),
    /** The VAT inside the total (absent from contracts priced before taxes were kept). */
    tax: z.optional(taxSummary),
    deliveryDate: z.string(),
    paymentTerms: z.string(),
    /** The quality standard the products are made to; production sees it with the order. Absent from contracts signed before it was carried. */
    qualityStandard: z.optional(z.string()),
    signedOn: z.string(),
  }),
});
