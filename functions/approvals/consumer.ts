import { defineConsumer } from '#shared/event-consumer.ts';
import { approvalDecided } from './events.ts';

/**
 * The approvals-events consumer: what it reacts to and what it may do, declared once for the bus rules,
 * the local runtime, the AsyncAPI document and its handler (`reactions.ts`), which refuses to load
 * when its reactions are not exactly these events.
 */
export const approvalsConsumer = defineConsumer({
  name: 'approvals-events',
  entry: 'functions/approvals/reactions.ts',
  description: 'Resumes the workflow that waits for a decided step.',
  events: [approvalDecided],
  sendsEmail: false,
  resumesWorkflows: true,
});
