import { defineConsumer } from '#shared/event-consumer.ts';
import { contractSigned } from '../contracts/public.ts';
import { customerReassigned } from '../customers/public.ts';
import {
  quoteSent,
  quoteTechnicalReviewRequested,
  quoteTechnicalReviewWithdrawn,
  quoteTechnicallyReviewed,
} from './events.ts';

/**
 * The sales-events consumer: what it reacts to and what it may do, declared once for the bus rules,
 * the local runtime, the AsyncAPI document and its handler (`reactions.ts`), which refuses to load
 * when its reactions are not exactly these events.
 */
export const salesConsumer = defineConsumer({
  name: 'sales-events',
  entry: 'functions/sales/reactions.ts',
  description:
    "Emails a sent quotation to the customer contact, once; moves a reassigned customer's open opportunities and quotes; starts and stops a quote's technical review and tells the rep its outcome.",
  events: [
    quoteSent,
    customerReassigned,
    quoteTechnicalReviewRequested,
    quoteTechnicalReviewWithdrawn,
    quoteTechnicallyReviewed,
    contractSigned,
  ],
  sendsEmail: true,
  startsWorkflows: ['quote-technical-review'],
});
