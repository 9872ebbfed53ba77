import * as z from 'zod/mini';
import { defineEvent } from '#shared/events.ts';

export const approvalDecided = defineEvent({
  type: 'approval.decided',
  description:
    'A human step was decided (by emailed link or API): the waiting workflow resumes with the decision.',
  producer: 'approvals',
  payload: z.object({
    approvalId: z.string(),
    workflow: z.string(),
    step: z.string(),
    decision: z.enum(['approve', 'reject']),
    comment: z.string(),
    decidedBy: z.string(),
  }),
});
