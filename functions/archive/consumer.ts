import { defineConsumer } from '#shared/event-consumer.ts';
import { contractSigned } from '../contracts/public.ts';
import { quoteSent } from '../sales/public.ts';

/**
 * The archive-events consumer: what it reacts to and what it may do, declared once for the bus rules,
 * the local runtime, the AsyncAPI document and its handler (`reactions.ts`), which refuses to load
 * when its reactions are not exactly these events.
 */
export const archiveConsumer = defineConsumer({
  name: 'archive-events',
  entry: 'functions/archive/reactions.ts',
  description:
    "Renders a sent quotation's and a signed contract's PDF, stores it in the archive and records it among the customer's documents, once per event.",
  events: [quoteSent, contractSigned],
  sendsEmail: false,
  storesDocuments: 'archive',
});
