import * as z from 'zod/mini';
import { defineEvent } from '#shared/events.ts';
import { reviewEnded, reviewStart } from '../approvals/public.ts';

export const evaluationRequested = defineEvent({
  type: 'evaluation.requested',
  description:
    'A run of a period’s evaluation was started (by the monthly schedule, once per period, or by the manager after corrections): the performance consumer evaluates every rep under the run’s rules.',
  producer: 'performance',
  /** The first rep (by id) of the batch to evaluate; a run is evaluated in batches. */
  payload: z.object({ period: z.string(), run: z.int(), from: z.optional(z.int()) }),
});

export const ratingRequested = defineEvent({
  type: 'evaluation.rating-requested',
  description:
    'A supervisor, peer or key customer’s contact is asked to rate a rep in a quarter’s or a year’s evaluation (R-4.3): they are emailed a single-use link with the deadline, in their language.',
  producer: 'performance',
  payload: z.object({ requestId: z.string(), employeeId: z.string(), period: z.string(), run: z.int() }),
});

export const evaluationGraded = defineEvent({
  type: 'evaluation.graded',
  description:
    'A rep’s evaluation of a quarter or a year was graded (composite score and grade, R-4.3): the rep is told; its result feeds bonus, promotion and training proposals.',
  producer: 'performance',
  payload: z.object({
    employeeId: z.string(),
    period: z.string(),
    run: z.int(),
    grade: z.optional(z.string()),
    compositeScore: z.optional(z.number()),
    /** The training the result proposes, for the training plan to take up. */
    trainingNeeds: z.array(z.string()),
  }),
});

export const coachingReviewDue = defineEvent({
  type: 'coaching.review-due',
  description:
    'A failed rep’s coaching plan reached its review day (§5.4.3): the sales manager and the rep’s supervisor are asked to review it (the re-examination) and record whether the rep improved.',
  producer: 'performance',
  payload: z.object({
    employeeId: z.string(),
    period: z.string(),
    run: z.int(),
    goals: z.array(z.string()),
    reviewOn: z.string(),
  }),
});

export const awardGranted = defineEvent({
  type: 'award.granted',
  description:
    'The sales manager granted an employee an honour or award for a period (§5.4.2): the employee is told, in their language.',
  producer: 'performance',
  payload: z.object({
    awardId: z.string(),
    employeeId: z.string(),
    period: z.string(),
    kind: z.string(),
    title: z.string(),
  }),
});

export const payoutSubmitted = defineEvent({
  type: 'commission.payout-submitted',
  description:
    'The sales manager put a quarter’s commission payout to finance: every rep’s statement frozen with the plan it was computed under; the round’s review workflow starts.',
  producer: 'performance',
  /** The round as the review kit starts it: subject, chain resolved now, timing. */
  payload: reviewStart,
});

export const payoutReviewed = defineEvent({
  type: 'commission.payout-reviewed',
  description:
    'A commission payout’s review ended: approved, finance pays each rep the statement’s commission and each rep is emailed theirs; returned (also on a timeout or a failure), the sales manager reads why and submits it again.',
  producer: 'performance',
  payload: z.object({
    ...reviewEnded,
    status: z.enum(['approved', 'returned']),
    currency: z.string(),
    total: z.int(),
  }),
});
