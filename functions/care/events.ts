import * as z from 'zod/mini';
import { defineEvent } from '#shared/events.ts';

export const revisitCompleted = defineEvent({
  type: 'revisit.completed',
  description:
    'A rep completed a revisit (R-2.6.3) with the customer’s satisfaction, 1–5: it counts in the rep’s customer satisfaction (R-4.1).',
  producer: 'care',
  payload: z.object({
    revisitId: z.string(),
    customerId: z.string(),
    ownerId: z.string(),
    satisfaction: z.int(),
    completedAt: z.string(),
  }),
});
