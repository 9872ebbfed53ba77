import * as z from 'zod/mini';
import { defineEvent } from '#shared/events.ts';

export const purchaseRecorded = defineEvent({
  type: 'purchase.recorded',
  description: "A customer's purchase was recorded (R-3.1): the customer's rolling aggregates count it.",
  producer: 'classification',
  payload: z.object({
    customerId: z.string(),
    purchaseId: z.string(),
    date: z.string(),
    amount: z.object({ value: z.int(), currency: z.string() }),
  }),
});
