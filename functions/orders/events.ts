import * as z from 'zod/mini';
import { defineEvent } from '#shared/events.ts';
import { reviewEnded, reviewStart } from '../approvals/public.ts';

export const orderCreated = defineEvent({
  type: 'order.created',
  description:
    'An effective contract became an order (R-2.5.1), once per contract. Order review, production and shipping follow from it.',
  producer: 'orders',
  payload: z.object({
    orderId: z.string(),
    contractId: z.string(),
    customerId: z.string(),
    ownerId: z.string(),
    currency: z.string(),
    total: z.int(),
    deliveryDate: z.string(),
  }),
});

export const orderReviewRequested = defineEvent({
  type: 'order.review-requested',
  description:
    'An order went to sales admin for review (R-2.5.2), when it was created or when its rep resubmitted it: the round’s review workflow starts.',
  producer: 'orders',
  /** The round as the review kit starts it: subject, chain resolved now, timing. */
  payload: reviewStart,
});

export const orderReviewed = defineEvent({
  type: 'order.reviewed',
  description:
    'An order review round ended: the order goes to production, or back to its rep with the comment (also when the review timed out or failed). The rep is told.',
  producer: 'orders',
  payload: z.object(reviewEnded),
});

const orderRef = { orderId: z.string(), ownerId: z.string() };
const productShare = z.object({ productId: z.string(), amount: z.int() });

export const fulfilmentWaiting = defineEvent({
  type: 'order.fulfilment-waiting',
  description:
    'The order’s fulfilment workflow waits until the order reaches a status (its task token is stored with the order, never in the event); if the order is there already, the workflow is resumed at once.',
  producer: 'orders',
  payload: z.object({ orderId: z.string(), run: z.int(), until: z.string() }),
});

export const productionUpdated = defineEvent({
  type: 'order.production-updated',
  description:
    'Production accepted an order with its planned completion date, reported progress, or completed it (R-2.5.3). The rep is told; the fulfilment workflow goes on.',
  producer: 'orders',
  payload: z.object({
    ...orderRef,
    what: z.enum(['accepted', 'progress', 'completed']),
    plannedCompletion: z.optional(z.string()),
    percent: z.optional(z.int()),
    milestone: z.optional(z.string()),
  }),
});

export const orderShipped = defineEvent({
  type: 'order.shipped',
  description:
    'Logistics recorded a shipment (R-2.5.4); `complete` when nothing is left to ship. The customer’s contact is emailed the carrier and tracking number in their language, and with the last shipment a link to confirm the receipt.',
  producer: 'orders',
  payload: z.object({
    ...orderRef,
    customerId: z.string(),
    shipmentId: z.string(),
    carrier: z.string(),
    trackingNumber: z.string(),
    shippedOn: z.string(),
    lines: z.array(z.object({ productName: z.string(), model: z.string(), quantity: z.int() })),
    complete: z.boolean(),
  }),
});

export const orderReceived = defineEvent({
  type: 'order.received',
  description:
    'The customer confirmed the receipt from the emailed link, or the rep recorded it; `problems` counts the receipt issues it opened (listed in `issues`), each of which becomes a service ticket and is resolved before the order completes.',
  producer: 'orders',
  payload: z.object({
    ...orderRef,
    customerId: z.string(),
    via: z.enum(['customer-link', 'rep']),
    /** The contact who confirmed from the link. */
    contactId: z.optional(z.string()),
    receivedOn: z.string(),
    problems: z.int(),
    issues: z.array(z.object({ issueId: z.string(), kind: z.string(), description: z.string() })),
  }),
});

export const receiptIssueResolved = defineEvent({
  type: 'order.issue-resolved',
  description:
    'A receipt issue was resolved (by the rep, or by the service ticket that solved it); with none left open the order is delivered and completes, and the issue’s ticket, if still open, is solved with the resolution.',
  producer: 'orders',
  payload: z.object({ ...orderRef, issueId: z.string(), openIssues: z.int(), resolution: z.string() }),
});

export const orderCompleted = defineEvent({
  type: 'order.completed',
  description:
    'The fulfilment workflow completed a delivered order: the customer’s purchases (product, model, quantity, amount, date) are recorded from it, and the KPIs count its revenue. It carries what its consumers count as it was at completion (the customer’s name and region, each line’s standard cost), so a later move or a replay does not rewrite history.',
  producer: 'orders',
  payload: z.object({
    ...orderRef,
    customerId: z.string(),
    /** The customer's name and region at completion. */
    customerName: z.string(),
    region: z.string(),
    currency: z.string(),
    total: z.int(),
    receivedOn: z.string(),
    completedOn: z.string(),
    lines: z.array(
      z.object({
        productId: z.string(),
        productName: z.string(),
        model: z.string(),
        quantity: z.int(),
        amount: z.int(),
        /** The line's standard cost (the product's, times the quantity) in the order's currency, if it has one. */
        standardCost: z.optional(z.int()),
      }),
    ),
  }),
});

export const fulfilmentStalled = defineEvent({
  type: 'order.fulfilment-stalled',
  description:
    'The fulfilment workflow gave up on a step (it waited past the step timeout, or a Task failed): sales admin and the rep are told; sales admin starts it again.',
  producer: 'orders',
  payload: z.object({ ...orderRef, run: z.int(), reason: z.string() }),
});

export const fulfilmentRestarted = defineEvent({
  type: 'order.fulfilment-restarted',
  description:
    'Sales admin started a stalled order’s fulfilment workflow again: a new run, which picks up where the order stands.',
  producer: 'orders',
  payload: z.object({ ...orderRef, run: z.int() }),
});

export const paymentRecorded = defineEvent({
  type: 'payment.recorded',
  description:
    'Finance recorded a customer’s payment against an order (R-2.5.5); it settled the earliest open installments. For the receivables and KPI consumers.',
  producer: 'orders',
  payload: z.object({
    ...orderRef,
    customerId: z.string(),
    currency: z.string(),
    amount: z.int(),
    receivedOn: z.string(),
    outstanding: z.int(),
    /** The amount split over the order's products in proportion to their line totals (for commissions). */
    lines: z.optional(z.array(productShare)),
  }),
});

export const receivableWrittenOff = defineEvent({
  type: 'receivable.written-off',
  description:
    'Finance wrote off what was still owed on an order as lost (R-2.5.5): its open installments are owed no longer. The commission plans in force claw back the commission earned on what the order collected.',
  producer: 'orders',
  payload: z.object({
    ...orderRef,
    customerId: z.string(),
    currency: z.string(),
    /** What was written off: the unpaid parts of the open installments. */
    amount: z.int(),
    /** What the customer had paid on the order, split over its products like a payment. */
    collected: z.int(),
    lines: z.array(productShare),
    writtenOffOn: z.string(),
    reason: z.string(),
  }),
});

export const paymentRefunded = defineEvent({
  type: 'payment.refunded',
  description:
    'Finance paid money back to the customer on an order (goods returned, a price settled lower). The commission plans claw back what the refunded money earned, whatever they say of write-offs.',
  producer: 'orders',
  payload: z.object({
    ...orderRef,
    customerId: z.string(),
    currency: z.string(),
    amount: z.int(),
    /** The refund's number in the order. */
    number: z.int(),
    refundedOn: z.string(),
    /** The amount split over the order's products in proportion to their line totals, like a payment. */
    lines: z.array(productShare),
    reason: z.string(),
  }),
});

export const amendmentRequested = defineEvent({
  type: 'order.amendment-requested',
  description:
    'A change to an effective contract was requested on its order (R-2.5.5): the contract’s review chain decides it again; the round is the amendment’s number.',
  producer: 'orders',
  payload: reviewStart,
});

export const amendmentReviewed = defineEvent({
  type: 'order.amendment-reviewed',
  description:
    'An amendment’s review ended: approved, the order has the amended lines, total and delivery date (and its unpaid installments follow); otherwise it stays as it was. The rep is told.',
  producer: 'orders',
  payload: z.object({ ...reviewEnded, total: z.int(), deliveryDate: z.string() }),
});
