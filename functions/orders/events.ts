import * as z from 'zod/mini';
import { defineEvent } from '#shared/events.ts';
import { reviewEnded, reviewStart } from '../approvals/public.ts';

export const orderCreated = defineEvent({
  type: 'order.created',
  description:
    'An effective contract became an order (R-2.5.1), once per contract. Order review, production and shipping follow from it.',
  producer: 'orders',
  payload: z.object({
    orderId: z.string(),
    contractId: z.string(),
    customerId: z.string(),
    ownerId: z.string(),
    currency: z.string(),
    total: z.int(),
    deliveryDate: z.string(),
  }),
});

export const orderReviewRequested = defineEvent({
  type: 'order.review-requested',
  description:
    'An order went to sales admin for review (R-2.5.2), when it was created or when its rep resubmitted it: the round’s review workflow starts.',
  producer: 'orders',
  /** The round as the review kit starts it: subject, chain resolved now, timing. */
  payload: reviewStart,
});

export const orderReviewed = defineEvent({
  type: 'order.reviewed',
  description:
    'An order review round ended: the order goes to production, or back to its rep with the comment (also when the review timed out or failed). The rep is told.',
  producer: 'orders',
  payload: z.object(reviewEnded),
});
