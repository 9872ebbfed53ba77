import { defineConsumer } from '#shared/event-consumer.ts';
import { customerReassigned } from '../customers/public.ts';
import { contractReviewed, contractSubmitted, contractWithdrawn } from './events.ts';

/**
 * The contracts-events consumer: what it reacts to and what it may do, declared once for the bus rules,
 * the local runtime, the AsyncAPI document and its handler (`reactions.ts`), which refuses to load
 * when its reactions are not exactly these events.
 */
export const contractsConsumer = defineConsumer({
  name: 'contracts-events',
  entry: 'functions/contracts/reactions.ts',
  description:
    "Starts a submitted contract's review, stops a withdrawn one's; tells the rep how a review ended; moves a reassigned customer's open contracts.",
  events: [contractSubmitted, contractWithdrawn, contractReviewed, customerReassigned],
  sendsEmail: true,
  startsWorkflows: ['contract-review'],
});
