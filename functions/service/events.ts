import * as z from 'zod/mini';
import { defineEvent } from '#shared/events.ts';

const ref = { complaintId: z.string(), customerId: z.string(), ownerId: z.string() };

export const complaintLogged = defineEvent({
  type: 'complaint.logged',
  description:
    'A customer complaint was logged with its owner and answer deadline (R-3.5); it counts in the customer’s and the rep’s figures.',
  producer: 'service',
  payload: z.object({ ...ref, severity: z.string(), answerDueAt: z.string() }),
});

export const complaintAnswered = defineEvent({
  type: 'complaint.answered',
  description: 'The complaint’s answer was given: the customer’s contact is emailed it in their language.',
  producer: 'service',
  payload: z.object({ ...ref, contactId: z.string() }),
});

export const complaintEscalated = defineEvent({
  type: 'complaint.escalated',
  description:
    'An open complaint passed its answer deadline unanswered: the sales manager and its owner are told, once.',
  producer: 'service',
  payload: z.object({ ...ref, answerDueAt: z.string() }),
});

export const complaintSolved = defineEvent({
  type: 'complaint.solved',
  description:
    'The customer confirmed the complaint solved; its root cause and corrective action are recorded. For the satisfaction and rep KPIs.',
  producer: 'service',
  payload: z.object({ ...ref, severity: z.string(), loggedAt: z.string(), solvedAt: z.string() }),
});
