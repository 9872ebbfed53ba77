import * as z from 'zod/mini';
import { defineEvent } from '#shared/events.ts';

export const interactionRecorded = defineEvent({
  type: 'interaction.recorded',
  description:
    "A communication record joined a customer's file (R-2.1.3): the customer's last contact moves forward.",
  producer: 'customers',
  payload: z.object({
    customerId: z.string(),
    interactionId: z.string(),
    channel: z.string(),
    /** UTC instant of the contact. */
    occurredAt: z.string(),
  }),
});

export const customerReassigned = defineEvent({
  type: 'customer.reassigned',
  description:
    'A customer moved to another rep: its open opportunities, quotes, contracts, planned follow-ups and open revisit move with it, so the new rep works them and the old one no longer sees them.',
  producer: 'customers',
  payload: z.object({ customerId: z.string(), from: z.string(), to: z.string() }),
});

export const customerFiled = defineEvent({
  type: 'customer.filed',
  description:
    'A customer was filed (R-2.1.2) by or for a rep: a new customer in the rep’s figures (R-4.1), in the month it was filed.',
  producer: 'customers',
  payload: z.object({ customerId: z.string(), ownerId: z.string(), region: z.string(), filedAt: z.string() }),
});

export const customerStatusChanged = defineEvent({
  type: 'customer.status-changed',
  description:
    "A customer's status changed (prospect, active, dormant, lost): the reports count the customers lost, and won back, in the month.",
  producer: 'customers',
  payload: z.object({
    customerId: z.string(),
    ownerId: z.string(),
    from: z.string(),
    to: z.string(),
    at: z.string(),
  }),
});
