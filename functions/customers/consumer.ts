import { defineConsumer } from '#shared/event-consumer.ts';
import { purchaseRecorded } from '../classification/public.ts';
import { employeeLeft } from '../employees/public.ts';
import { quoteSent } from '../sales/public.ts';
import { customerReassigned, interactionRecorded } from './events.ts';

/**
 * The customers-events consumer: what it reacts to and what it may do, declared once for the bus rules,
 * the local runtime, the AsyncAPI document and its handler (`reactions.ts`), which refuses to load
 * when its reactions are not exactly these events.
 */
export const customersConsumer = defineConsumer({
  name: 'customers-events',
  entry: 'functions/customers/reactions.ts',
  description:
    "Keeps each customer's file and statistics: a communication record for a sent quote, purchase aggregates, the last contact; a reassigned customer's open follow-ups go to its new rep; a leaver's customers go to their successor.",
  events: [quoteSent, purchaseRecorded, interactionRecorded, customerReassigned, employeeLeft],
  sendsEmail: false,
});
