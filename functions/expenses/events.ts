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

export const expenseAuditOpened = defineEvent({
  type: 'expense.audit-opened',
  description:
    'Audit drew the sample of a period’s approved and paid claims by the published rule (R-6.6, §7.3.3): the auditors are told how many claims wait for their finding.',
  producer: 'expenses',
  payload: z.object({ period: z.string(), sampled: z.int(), population: z.int() }),
});

export const auditFindingRecorded = defineEvent({
  type: 'expense.audit-finding',
  description:
    'The auditor recorded a finding on a sampled claim: the claimant and the sales manager are asked to answer it by its day, with the action asked for.',
  producer: 'expenses',
  payload: z.object({
    period: z.string(),
    claimId: z.string(),
    claimantId: z.string(),
    severity: z.enum(['low', 'medium', 'high']),
    requestedAction: z.string(),
    respondBy: z.string(),
  }),
});

export const expenseAuditClosed = defineEvent({
  type: 'expense.audit-closed',
  description:
    'The auditor closed a period’s audit with its conclusion: its report (findings by severity, amounts, answers) goes to the sales manager, the general manager and finance.',
  producer: 'expenses',
  payload: z.object({ period: z.string() }),
});
