import * as z from 'zod/mini';
import { defineEvent } from '#shared/events.ts';
import { reviewEnded, reviewStart } from '../approvals/public.ts';

export const claimSubmitted = defineEvent({
  type: 'expense.claim-submitted',
  description:
    'An expense claim was submitted with its amount reserved on its budget line (R-6.2, R-6.4): its tiered approval starts with the chain resolved now.',
  producer: 'expenses',
  payload: reviewStart,
});

export const claimWithdrawn = defineEvent({
  type: 'expense.claim-withdrawn',
  description:
    'The claimant withdrew a claim before the first decision; its reservation was released: the approval stops.',
  producer: 'expenses',
  payload: z.object({ claimId: z.string(), round: z.int() }),
});

export const claimReviewed = defineEvent({
  type: 'expense.claim-reviewed',
  description:
    'A claim’s approval ended: approved for payment (its amount stays reserved until finance pays it), rejected at a step, or refused by finance (R-6.5; the sales manager and the general manager are told), its reservation released. The claimant is told.',
  producer: 'expenses',
  payload: z.object({
    ...reviewEnded,
    status: z.enum(['approved', 'rejected', 'refused']),
    amount: z.int(),
    category: z.string(),
    claimantId: z.string(),
  }),
});

export const claimPaid = defineEvent({
  type: 'expense.claim-paid',
  description:
    'Finance paid an approved claim (R-6.3) and recorded it (amount, day, reference): its reservation became spending and the claimant’s payouts count it. The claimant is told.',
  producer: 'expenses',
  payload: z.object({
    claimId: z.string(),
    claimantId: z.string(),
    amount: z.int(),
    currency: z.string(),
    paidOn: z.string(),
    reference: z.string(),
  }),
});
