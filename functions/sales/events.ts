import * as z from 'zod/mini';
import { defineEvent } from '#shared/events.ts';
import { reviewEnded, reviewStart } from '../approvals/public.ts';
import { STAGES } from './model.ts';

export const quoteSent = defineEvent({
  type: 'quote.sent',
  description:
    "A quote revision was sent to a customer contact (R-2.2.3): the quotation is emailed once, and the customer's file records it (R-2.1.3).",
  producer: 'sales',
  payload: z.object({
    customerId: z.string(),
    contactId: z.string(),
    ownerId: z.string(),
    revision: z.int().check(z.positive()),
  }),
});

export const quoteTechnicalReviewRequested = defineEvent({
  type: 'quote.technical-review-requested',
  description:
    "A quote revision was put to production or a technician (R-2.2.2), asked for by its rep or required by a price beyond the catalogue tolerance: the round's review workflow starts.",
  producer: 'sales',
  /** The round as the review kit starts it: subject, chain resolved now, timing. */
  payload: reviewStart,
});

export const quoteTechnicalReviewWithdrawn = defineEvent({
  type: 'quote.technical-review-withdrawn',
  description:
    'A new revision, or the customer’s rejection, made a running technical review moot: its workflow stops and its pending link stops working.',
  producer: 'sales',
  payload: z.object({ round: z.int().check(z.positive()), reason: z.enum(['revised', 'rejected']) }),
});

export const quoteTechnicallyReviewed = defineEvent({
  type: 'quote.technically-reviewed',
  description:
    'A technical review round ended: the revision passed and may be sent, or it was returned (rejected, timed out, or the review failed). Its rep is told.',
  producer: 'sales',
  payload: z.object({ ...reviewEnded, revision: z.int() }),
});

export const opportunityClosed = defineEvent({
  type: 'opportunity.closed',
  description:
    'An opportunity was won (its quote’s contract signed) or lost (with a reason): the rep’s conversion rate (R-4.1) counts it in the month it closed.',
  producer: 'sales',
  payload: z.object({
    opportunityId: z.string(),
    customerId: z.string(),
    ownerId: z.string(),
    outcome: z.enum(['won', 'lost']),
    closedAt: z.string(),
  }),
});

export const opportunityStaged = defineEvent({
  type: 'opportunity.staged',
  description:
    'An opportunity entered a stage: opened at its first, moved on or back, won or lost (R-2.1.5). The pipeline report moves its count and expected value from the stage it left.',
  producer: 'sales',
  payload: z.object({
    opportunityId: z.string(),
    ownerId: z.string(),
    from: z.nullable(z.enum(STAGES)),
    to: z.enum(STAGES),
    expectedValue: z.object({ value: z.int(), currency: z.string() }),
  }),
});
