import * as z from 'zod/mini';
import { defineEvent } from '#shared/events.ts';

export const orderCreated = defineEvent({
  type: 'order.created',
  description:
    'An effective contract became an order (R-2.5.1), once per contract. Order review, production and shipping follow from it.',
  producer: 'orders',
  payload: z.object({
    orderId: z.string(),
    contractId: z.string(),
    customerId: z.string(),
    ownerId: z.string(),
    currency: z.string(),
    total: z.int(),
    deliveryDate: z.string(),
  }),
});
