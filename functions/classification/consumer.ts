import { defineConsumer } from '#shared/event-consumer.ts';
import { orderCompleted } from '../orders/public.ts';

/**
 * The classification-events consumer: what it reacts to and what it may do, declared once for the bus rules,
 * the local runtime, the AsyncAPI document and its handler (`reactions.ts`), which refuses to load
 * when its reactions are not exactly these events.
 */
export const classificationConsumer = defineConsumer({
  name: 'classification-events',
  entry: 'functions/classification/reactions.ts',
  description:
    "Records a completed order's lines as the customer's purchases, so classification is fed by real orders.",
  events: [orderCompleted],
  sendsEmail: false,
});
