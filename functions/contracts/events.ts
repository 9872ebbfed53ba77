import * as z from 'zod/mini';
import { defineEvent } from '#shared/events.ts';

/** What the approver reads: the same shape the review kit's approval requests carry. */
const reviewSubject = z.object({
  type: z.literal('contract'),
  id: z.string(),
  ownerId: z.string(),
  title: z.string(),
  summary: z.array(z.string()),
  localized: z.record(z.enum(['zh-CN', 'en']), z.object({ title: z.string(), summary: z.array(z.string()) })),
});

export const contractSubmitted = defineEvent({
  type: 'contract.submitted',
  description:
    'A draft contract was submitted for review (R-2.4.2): the review workflow of this round starts.',
  producer: 'contracts',
  payload: z.object({
    round: z.int().check(z.positive()),
    subject: reviewSubject,
    /** Who decides each step, resolved at submission. */
    chain: z.array(z.object({ step: z.string(), approverRole: z.string(), approverId: z.string() })),
    settings: z.object({ dueInDays: z.number(), timeoutSeconds: z.int() }),
  }),
});

export const contractReviewed = defineEvent({
  type: 'contract.reviewed',
  description:
    'A review round ended: the contract is approved, or back in draft after a rejection, a timeout or a failure of the review itself. Its rep is told.',
  producer: 'contracts',
  payload: z.object({
    round: z.int(),
    outcome: z.enum(['approved', 'rejected', 'timed-out', 'failed']),
    ownerId: z.string(),
    rejection: z.optional(z.object({ step: z.string(), comment: z.string(), by: z.string() })),
  }),
});

export const contractWithdrawn = defineEvent({
  type: 'contract.withdrawn',
  description:
    'A contract under review was withdrawn or changed by its rep (R-2.4.4): the running review stops, its pending links stop working, and the contract is a draft again.',
  producer: 'contracts',
  payload: z.object({ round: z.int().check(z.positive()), reason: z.enum(['withdrawn', 'changed']) }),
});
