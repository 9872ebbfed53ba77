import { defineConsumer } from '#shared/event-consumer.ts';
import { customerReassigned } from '../customers/public.ts';

/**
 * The care-events consumer: what it reacts to and what it may do, declared once for the bus rules,
 * the local runtime, the AsyncAPI document and its handler (`reactions.ts`), which refuses to load
 * when its reactions are not exactly these events.
 */
export const careConsumer = defineConsumer({
  name: 'care-events',
  entry: 'functions/care/reactions.ts',
  description: "A reassigned customer's open revisit goes to its new rep, as its other open work does.",
  events: [customerReassigned],
  sendsEmail: false,
});
