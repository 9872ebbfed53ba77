import { defineConsumer } from '#shared/event-consumer.ts';
import { contractSigned } from '../contracts/public.ts';
import { ticketSolved } from '../service/public.ts';
import {
  amendmentRequested,
  amendmentReviewed,
  fulfilmentRestarted,
  fulfilmentStalled,
  fulfilmentWaiting,
  orderCreated,
  orderReceived,
  orderReviewRequested,
  orderReviewed,
  orderShipped,
  productionUpdated,
  receiptIssueResolved,
} from './events.ts';

/**
 * The orders-events consumer: what it reacts to and what it may do, declared once for the bus rules,
 * the local runtime, the AsyncAPI document and its handler (`reactions.ts`), which refuses to load
 * when its reactions are not exactly these events.
 */
export const ordersConsumer = defineConsumer({
  name: 'orders-events',
  entry: 'functions/orders/reactions.ts',
  description:
    "Makes an effective contract its order, once, with its installments, and puts it to sales admin's review; starts the review and the fulfilment workflow, resumes the workflow as the order moves; tells the rep of the review, production and receipt problems, the customer's contact of shipments (with the receipt link), sales admin of a stalled fulfilment; starts an amendment's review and tells the rep its outcome; resolves a receipt issue whose service ticket was solved.",
  events: [
    contractSigned,
    orderCreated,
    orderReviewRequested,
    orderReviewed,
    fulfilmentWaiting,
    productionUpdated,
    orderShipped,
    orderReceived,
    receiptIssueResolved,
    fulfilmentStalled,
    fulfilmentRestarted,
    amendmentRequested,
    amendmentReviewed,
    ticketSolved,
  ],
  sendsEmail: true,
  startsWorkflows: ['order-review', 'order-fulfilment', 'order-amendment-review'],
  resumesWorkflows: true,
});
