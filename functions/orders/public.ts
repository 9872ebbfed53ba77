/** What other domains may use of the orders domain: its events, and an order's read (a ticket's order). */
export {
  orderCompleted,
  orderCreated,
  orderReceived,
  orderShipped,
  paymentRecorded,
  paymentRefunded,
  receiptIssueResolved,
  receivableWrittenOff,
} from './events.ts';
export { receivablesAging } from './model.ts';
export { departmentAging, getOrder, isReceiptIssueOpen, receiptIssueOpen } from './store.ts';
export { creditCheckFor } from './credit.ts';
export { creditLines } from './credit-rules.ts';
export { creditCheck, type CreditCheck } from './credit-model.ts';
export { orderSettings } from './settings.ts';
