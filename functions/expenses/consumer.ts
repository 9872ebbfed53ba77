import { defineConsumer } from '#shared/event-consumer.ts';
import {
  auditFindingRecorded,
  claimPaid,
  claimReviewed,
  claimSubmitted,
  claimWithdrawn,
  expenseAuditClosed,
  expenseAuditOpened,
} from './events.ts';

/**
 * The expenses-events consumer: what it reacts to and what it may do, declared once for the bus rules,
 * the local runtime, the AsyncAPI document and its handler (`reactions.ts`), which refuses to load
 * when its reactions are not exactly these events.
 */
export const expensesConsumer = defineConsumer({
  name: 'expenses-events',
  entry: 'functions/expenses/reactions.ts',
  description:
    "Starts a submitted claim's tiered approval, stops a withdrawn one's; tells the claimant the outcome and the payment, and management of a refusal; tells the auditors of an audit's sample, the claimant and the sales manager of a finding to answer, and management and finance of an audit's report.",
  events: [
    claimSubmitted,
    claimWithdrawn,
    claimReviewed,
    claimPaid,
    expenseAuditOpened,
    auditFindingRecorded,
    expenseAuditClosed,
  ],
  sendsEmail: true,
  startsWorkflows: ['expense-approval'],
});
