import * as z from 'zod/mini';
import { defineEvent } from '#shared/events.ts';

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
