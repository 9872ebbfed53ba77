/** OpenAPI text of the order operations, keyed by operation id. */
import * as z from 'zod/mini';
import type { OperationDocs } from '#shared/http.ts';
import { pageOf } from '#shared/listing.ts';
import {
  authProblems,
  bodyProblems,
  idempotencyProblems,
  notFoundProblem,
  customerLinkDocs,
} from '#shared/problem-responses.ts';
import {
  amendment,
  installment,
  newAmendment,
  newRefund,
  newWriteOff,
  newPayment,
  order,
  orderWorkView,
  receiptIssue,
  shipment,
  timelineEntry,
  receivablesAging,
} from './model.ts';
import { creditLimit, customerCredit } from './credit-model.ts';

const changed = (what: string, by: string) => ({
  status: 200,
  description: `${what}; the order as ${by} sees it.`,
});
const stepProblems = [
  ...authProblems,
  notFoundProblem,
  { status: 409, description: 'The order is not at this step.' },
  { status: 412, description: 'The order changed meanwhile; read it and retry.' },
  ...bodyProblems,
];

const tags = ['Orders'];
const receiptLink = customerLinkDocs({
  tags,
  page: 'The page behind the customer’s emailed receipt link',
  pageDescription:
    'Shows what was shipped, with a form to confirm the receipt or report a problem (posting to the confirmation endpoint), in the contact’s language.',
  post: 'The customer confirms the receipt from the emailed link',
  postDescription:
    'A form post carrying the link token `t`, the day received, and `problem` (`none`, or a kind with a description; a problem becomes a service ticket).',
  used: 'Already confirmed.',
});

export const orderDocs: Record<string, OperationDocs> = {
  listOrders: {
    summary: 'List orders (a rep’s own; the sales manager, sales admin and finance all)',
    description:
      '`status` keeps one status (department-wide, by delivery date); `lateOn` keeps those whose delivery date is before that day, e.g. today’s date with an open status for the orders late against their delivery date.',
    tags,
    responses: [
      {
        status: 200,
        description: 'One page of orders (without prices for production and logistics).',
        schema: z.union([pageOf(order), pageOf(orderWorkView)]),
      },
      ...authProblems,
    ],
  },
  getOrder: {
    summary: 'Read an order with its whole timeline',
    description:
      'The order (made from its effective contract, whose id it shares) and everything that happened to it, oldest first: review, production progress, each shipment with its tracking number, the receipt and its issues, payments; with its installments. Read in one Query of the order’s partition. Production and logistics get the work view: no prices, no installments, no payment entries.',
    tags,
    responses: [
      {
        status: 200,
        description: 'The order.',
        schema: z.union([
          z.object({
            ...order.def.shape,
            timeline: z.array(timelineEntry),
            shipments: z.array(shipment),
            issues: z.array(receiptIssue),
            installments: z.array(installment),
            amendments: z.array(amendment),
          }),
          z.object({
            ...orderWorkView.def.shape,
            timeline: z.array(timelineEntry),
            shipments: z.array(shipment),
            issues: z.array(receiptIssue),
          }),
        ]),
      },
      ...authProblems,
      notFoundProblem,
    ],
  },
  submitOrder: {
    summary: 'Put a returned order to sales admin’s review again',
    description:
      'An order goes to review by itself when it is created; when the review sends it back, its rep clarifies what was asked (the optional note goes into the timeline) and submits it again: a new round. Only a new or returned order can be submitted (409 otherwise).',
    tags,
    responses: [
      { status: 202, description: 'Under review.', schema: order },
      ...authProblems,
      notFoundProblem,
      { status: 409, description: 'Not a new or returned order, or nobody may review it.' },
      ...bodyProblems,
    ],
  },
  acceptOrderProduction: {
    summary: 'Production accepts a reviewed order with its planned completion date',
    description:
      'Production only, on an order awaiting production. Sales admin and the rep follow it on the order; the rep is emailed. When the planned date passes without completion, the deadlines job alerts sales admin and the rep.',
    tags,
    responses: [{ ...changed('Accepted', 'production'), schema: orderWorkView }, ...stepProblems],
  },
  reportOrderProgress: {
    summary: 'Production reports progress (a percent, a milestone, or both)',
    description: 'Production only, while in production; a percent never goes back. The rep is emailed.',
    tags,
    responses: [{ ...changed('Reported', 'production'), schema: orderWorkView }, ...stepProblems],
  },
  completeOrderProduction: {
    summary: 'Production completes the order: ready to ship',
    tags,
    responses: [{ ...changed('Ready to ship', 'production'), schema: orderWorkView }, ...stepProblems],
  },
  recordShipment: {
    summary: 'Logistics records a shipment (partial shipments allowed)',
    description:
      'Lines by their position in the order with the quantities shipped, carrier, tracking number and ship date; never more than is left to ship of a line (409). The customer’s contact is emailed the carrier and tracking number in their language; with the last shipment also a single-use link to confirm the receipt. Honours `Idempotency-Key`.',
    tags,
    responses: [
      { status: 201, description: 'Recorded.', schema: shipment },
      ...stepProblems,
      ...idempotencyProblems,
    ],
  },
  recordOrderReceipt: {
    summary: 'The rep records the customer’s receipt, with any problems',
    description:
      'For a customer who does not use the emailed link: the rep (their own orders), sales admin or the manager. Each problem opens a receipt issue the rep resolves before the order completes; without problems the order is delivered and the workflow completes it.',
    tags,
    responses: [{ status: 200, description: 'Recorded.', schema: order }, ...stepProblems],
  },
  resolveReceiptIssue: {
    summary: 'Resolve a receipt issue',
    description:
      'The rep (their own orders), sales admin or the manager; with no issue left open the order is delivered and completes.',
    tags,
    responses: [{ status: 200, description: 'Resolved.', schema: receiptIssue }, ...stepProblems],
  },
  restartOrderFulfilment: {
    summary: 'Sales admin starts a stalled order’s fulfilment workflow again',
    description:
      'A stalled order (its workflow waited past the step timeout or a step failed) gets a new run, which picks up where the order stands. 409 when it is not stalled.',
    tags,
    responses: [{ status: 202, description: 'Started.', schema: order }, ...stepProblems],
  },
  setOrderPaymentPlan: {
    summary: 'Set the order’s payment plan (sales admin, finance)',
    description:
      'Parts of the total (percent, due on signing, delivery or acceptance, plus days) that add up to 100 %, taken from the contract’s payment terms; replaces the default plan’s installments. Refused (409) once a payment is recorded.',
    tags,
    responses: [
      { status: 200, description: 'The installments.', schema: z.object({ items: z.array(installment) }) },
      ...stepProblems,
    ],
  },
  recordPayment: {
    summary: 'Finance records a customer’s payment against an order',
    description:
      'Settles the earliest open installments first; a payment above what is still owed is refused (409) and records nothing. Send an `Idempotency-Key` so that a retried request is not counted twice.',
    tags,
    requestBody: newPayment,
    responses: [
      {
        status: 201,
        description: 'Recorded.',
        schema: z.object({
          orderId: z.string(),
          ...newPayment.def.shape,
          outstanding: z.int(),
          installments: z.array(installment),
        }),
      },
      ...stepProblems,
      ...idempotencyProblems,
    ],
  },
  recordRefund: {
    summary: 'Finance records money paid back to the customer on an order',
    description:
      'Goods returned, a price settled lower: at most what the order collected less earlier refunds (more is a 409 and records nothing). The installments stay as they are (what is still owed changes by an amendment or a write-off). `payment.refunded` follows, from which every commission plan claws back what the refunded money earned, split over the order’s products like a payment. Refunds are numbered in the order; one recorded meanwhile is a 409 to read the order again. Send an `Idempotency-Key` so that a retried request is not counted twice.',
    tags,
    requestBody: newRefund,
    responses: [
      {
        status: 201,
        description: 'Recorded; what is left to refund.',
        schema: z.object({
          orderId: z.string(),
          number: z.int(),
          ...newRefund.def.shape,
          recordedBy: z.string(),
          recordedAt: z.string(),
          refundable: z.int(),
        }),
      },
      ...stepProblems,
      ...idempotencyProblems,
    ],
  },
  writeOffReceivable: {
    summary: 'Finance writes off what is still owed on an order',
    description:
      'Every open installment stops being owed: its unpaid part is written off as lost, with the reason, and leaves the aging report and the customer’s credit position; what was paid stays paid, and a later payment against the order is refused. `receivable.written-off` follows, from which the commission plans claw back the commission earned on the order’s collected money. Nothing outstanding is a 409; a payment recorded meanwhile is a 409 to read the order again.',
    tags,
    requestBody: newWriteOff,
    responses: [
      {
        status: 200,
        description: 'Written off.',
        schema: z.object({
          orderId: z.string(),
          writtenOff: z.int(),
          collected: z.int(),
          installments: z.array(installment),
        }),
      },
      ...authProblems,
      notFoundProblem,
      { status: 409, description: 'Nothing is outstanding, or the installments changed meanwhile.' },
      ...bodyProblems,
    ],
  },
  setCreditLimit: {
    summary: 'Sets a customer’s credit limit (finance)',
    description:
      'Finance sets (or replaces) the customer’s credit limit, in minor units of one currency, with the reason. Each change is audited (`GET /audit?type=credit-limit&id=<customer id>`). A contract submitted for review that would take the customer’s open receivables plus its total past the limit (or with a limit in another currency) first goes to a credit-override step (finance or the general manager, by the `orders.credit.overrideRoles` setting), whose approver must give the reason.',
    tags,
    responses: [
      { status: 200, description: 'The limit as set.', schema: creditLimit },
      ...authProblems,
      ...bodyProblems,
      { ...notFoundProblem, description: 'No such customer.' },
      { status: 409, description: 'Set by someone else meanwhile: read it again and retry.' },
    ],
  },
  getCustomerCredit: {
    summary: 'A customer’s credit: open receivables, overdue, limit, available',
    description:
      'Finance and the general manager read any customer’s; the sales manager, sales admin and the customer’s rep, as they may the customer. In one currency (`currency`, else the limit’s): what is still owed on the customer’s open installments, how much of it is overdue today, and the limit and what remains of it when a limit is set in that currency.',
    tags,
    responses: [
      { status: 200, description: 'The customer’s credit.', schema: customerCredit },
      ...authProblems,
      { ...notFoundProblem, description: 'No such customer.' },
    ],
  },
  getReceivablesAging: {
    summary: 'Receivables aging report (finance, sales manager, sales admin)',
    description:
      'What is still owed on open installments, by currency and by how far past its due date on `asOf` (default today in the company’s time zone): current (not yet due), 1–30, 31–60, 61–90 and over 90 days. Amounts in minor units.',
    tags,
    responses: [
      {
        status: 200,
        description: 'The report.',
        schema: receivablesAging,
      },
      ...authProblems,
    ],
  },
  getReceiptPage: receiptLink.page,
  headReceiptPage: receiptLink.head,
  confirmReceipt: receiptLink.post,
  requestOrderAmendment: {
    summary: 'Request an amendment of the contract behind an order (R-2.5.5)',
    description:
      'A change of line quantities or unit prices (minor units) and/or the delivery date, with the reason, by the order’s rep or the sales manager, until the first shipment. The contract’s review chain (the sales manager, then legal; never the requester) decides it from emailed links; approved, the order takes the amended lines, total and delivery date, and the unpaid installments follow the new total (an increase on the last, a decrease off the latest unpaid). One amendment at a time; a total below what was paid is refused. The amendments stay in the order’s history.',
    tags,
    requestBody: newAmendment,
    responses: [{ status: 202, description: 'Under review.', schema: amendment }, ...stepProblems],
  },
};
