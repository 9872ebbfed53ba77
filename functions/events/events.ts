import * as z from 'zod/mini';
import { defineEvent } from '#shared/events.ts';

export const deliveryFailed = defineEvent({
  type: 'delivery.failed',
  description:
    'A consumer gave up on an event after its retries; the failure record keeps it until an operator redelivers it (`GET /event-consumers/{name}/failures`). The alarm topic is told.',
  producer: 'events',
  payload: z.object({
    consumer: z.string(),
    eventId: z.string(),
    eventType: z.string(),
    error: z.string(),
  }),
});
