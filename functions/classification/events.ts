import * as z from 'zod/mini';
import { defineEvent } from '#shared/events.ts';
import { CLASSES } from './model.ts';

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

export const customerClassified = defineEvent({
  type: 'customer.classified',
  description:
    "A customer's class changed (R-3.1), by the classification job or a manager's override: the class mix of the reports follows it.",
  producer: 'classification',
  payload: z.object({
    customerId: z.string(),
    from: z.nullable(z.enum(CLASSES)),
    to: z.nullable(z.enum(CLASSES)),
    at: z.string(),
  }),
});
