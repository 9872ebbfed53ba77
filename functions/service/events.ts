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
    'The customer confirmed the complaint solved; its root cause (with its kind and product) and corrective action are recorded, and counted in the month’s summary of causes (§4.4.3).',
  producer: 'service',
  payload: z.object({
    ...ref,
    severity: z.string(),
    loggedAt: z.string(),
    solvedAt: z.string(),
    cause: z.string(),
    product: z.optional(z.string()),
  }),
});

const ticketRef = { ticketId: z.string(), customerId: z.string(), ownerId: z.string() };

export const ticketOpened = defineEvent({
  type: 'ticket.opened',
  description:
    'A customer problem was recorded as a service ticket (R-2.6.1), routed to its first department, with its deadlines: the ticket’s timer starts and the department is told; a contact who reported it by link gets an acknowledgement with a fresh link.',
  producer: 'service',
  payload: z.object({
    ...ticketRef,
    source: z.enum(['staff', 'receipt', 'customer-link']),
    contactId: z.optional(z.string()),
    department: z.string(),
    category: z.string(),
    severity: z.string(),
    openedAt: z.string(),
    respondBy: z.string(),
    resolveBy: z.string(),
  }),
});

export const ticketRouted = defineEvent({
  type: 'ticket.routed',
  description: 'A ticket was routed to another department, with the reason: that department is told.',
  producer: 'service',
  payload: z.object({ ...ticketRef, department: z.string(), reason: z.string() }),
});

export const visitPlanned = defineEvent({
  type: 'ticket.visit-planned',
  description: 'An on-site visit was planned for a ticket: its technician is told where and when.',
  producer: 'service',
  payload: z.object({ ...ticketRef, visit: z.int(), technicianId: z.string(), plannedFor: z.string() }),
});

export const ticketReminded = defineEvent({
  type: 'ticket.reminded',
  description:
    'The ticket’s timer found its response or resolution deadline near and the ticket not there yet: its owner is reminded, once per deadline.',
  producer: 'service',
  payload: z.object({ ...ticketRef, deadline: z.enum(['response', 'resolution']), dueAt: z.string() }),
});

export const ticketEscalated = defineEvent({
  type: 'ticket.escalated',
  description:
    'The ticket’s response or resolution deadline passed: the sales manager and its owner are told, once per deadline.',
  producer: 'service',
  payload: z.object({ ...ticketRef, deadline: z.enum(['response', 'resolution']), dueAt: z.string() }),
});

export const ticketSolved = defineEvent({
  type: 'ticket.solved',
  description:
    'A ticket was solved, its problem, cause and solution kept in the knowledge base: the customer’s contact is asked for a satisfaction rating by a single-use link; a receipt problem’s ticket resolves the order’s receipt issue.',
  producer: 'service',
  payload: z.object({
    ...ticketRef,
    contactId: z.optional(z.string()),
    orderId: z.optional(z.string()),
    receiptIssueId: z.optional(z.string()),
    solution: z.string(),
    openedAt: z.string(),
    solvedAt: z.string(),
    resolveBy: z.string(),
  }),
});

export const ticketRated = defineEvent({
  type: 'ticket.rated',
  description:
    'The customer rated a solved ticket (1–5, with an optional comment): for the satisfaction KPI.',
  producer: 'service',
  payload: z.object({ ...ticketRef, score: z.int(), ratedAt: z.string() }),
});

export const guestInvited = defineEvent({
  type: 'appreciation.invited',
  description:
    'A key customer was invited to an appreciation event (R-3.4): its contact is emailed the invitation in their language with a single-use link to accept or decline.',
  producer: 'service',
  payload: z.object({ eventId: z.string(), customerId: z.string(), contactId: z.string() }),
});
