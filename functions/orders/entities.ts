import { defineEntity } from '#shared/entity.ts';

/**
 * An order's partition is its file: the order and its timeline (review, production, shipments,
 * receipt, payments), so `GET /orders/{id}` is one Query.
 */
export const Orders = defineEntity({
  type: 'Order',
  owner: 'orders',
  description:
    'An order made from an effective contract (one per contract, same id): its lines, delivery date, payment terms, owner rep and status.',
  key: { pk: 'ORDER#{id}', sk: 'ORDER' },
  indexes: {
    gsi1: { pk: 'OWNER#{ownerId}#ORDERS', sk: 'ORDER#{id}' },
    gsi2: { pk: 'ORDERS', sk: '{status}#{deliveryDate}#{id}' },
  },
  audited: true,
  patterns: [
    { name: 'an order with its whole timeline', by: 'partition', notes: 'one Query' },
    { name: 'one rep’s orders', index: 'gsi1', by: 'partition' },
    {
      name: 'all orders; those in a status, by delivery date',
      index: 'gsi2',
      by: 'range',
      notes: 'a status is a sort key prefix; late ones: delivery date before today',
    },
  ],
});

export const OrderTimeline = defineEntity({
  type: 'OrderTimelineEntry',
  owner: 'orders',
  description:
    'One thing that happened to an order (created, reviewed, production progress, shipped …), in time order.',
  key: { pk: 'ORDER#{orderId}', sk: 'TIMELINE#{at}#{id}' },
  patterns: [{ name: 'an order’s timeline', by: 'prefix', notes: 'read with the order in one Query' }],
});

export const Shipments = defineEntity({
  type: 'Shipment',
  owner: 'orders',
  description: 'One shipment of an order: lines and quantities, carrier, tracking number, ship date.',
  key: { pk: 'ORDER#{orderId}', sk: 'SHIPMENT#{id}' },
  patterns: [{ name: 'an order’s shipments', by: 'prefix', notes: 'read with the order in one Query' }],
});

export const ReceiptIssues = defineEntity({
  type: 'ReceiptIssue',
  owner: 'orders',
  description: 'A problem a receipt reported (damage, quantity mismatch …), open until the rep resolves it.',
  key: { pk: 'ORDER#{orderId}', sk: 'ISSUE#{id}' },
  patterns: [{ name: 'an order’s receipt issues', by: 'prefix', notes: 'read with the order in one Query' }],
});

export const Installments = defineEntity({
  type: 'Installment',
  owner: 'orders',
  description:
    'One installment of an order’s receivable: amount, paid so far, due date. Open ones are in the receivables indexes.',
  key: { pk: 'ORDER#{orderId}', sk: 'INSTALLMENT#{number:2}' },
  indexes: {
    gsi1: { pk: 'OWNER#{ownerId}#RECEIVABLES', sk: '{openDueDate}#{orderId}#{number:2}', sparse: true },
    gsi2: { pk: 'RECEIVABLES', sk: '{openDueDate}#{orderId}#{number:2}', sparse: true },
  },
  patterns: [
    { name: 'an order’s installments', by: 'prefix', notes: 'read with the order in one Query' },
    { name: 'one rep’s open receivables, due before a day (overdue digest)', index: 'gsi1', by: 'range' },
    { name: 'open receivables by due date (aging report)', index: 'gsi2', by: 'partition' },
  ],
});

export const FulfilmentWaits = defineEntity({
  type: 'FulfilmentWait',
  owner: 'orders',
  description:
    'The step the order’s fulfilment workflow waits for: the status it waits until, the task token (never shown), the deadline.',
  key: { pk: 'ORDER#{orderId}', sk: 'WAIT' },
  indexes: { gsi1: { pk: 'FULFILMENT_WAITS', sk: '{remindOn}#{orderId}', sparse: true } },
  patterns: [
    { name: 'the step an order waits for', by: 'item' },
    {
      name: 'waits past their deadline, not reminded yet',
      index: 'gsi1',
      by: 'range',
      notes: 'the deadlines job; leaves the index once reminded',
    },
  ],
});

export const ReceiptLinks = defineEntity({
  type: 'ReceiptLink',
  owner: 'orders',
  description:
    'The customer contact’s single-use receipt link: to whom it was sent, the token’s digest, its expiry, whether it was used.',
  key: { pk: 'ORDER#{orderId}', sk: 'RECEIPT_LINK' },
  patterns: [{ name: 'an order’s receipt link', by: 'item' }],
});

export const OrderAmendments = defineEntity({
  type: 'OrderAmendment',
  owner: 'orders',
  description:
    'A change to an effective contract (quantities, prices, delivery date): the terms before and after, the reason, its review’s outcome.',
  key: { pk: 'ORDER#{orderId}', sk: 'AMENDMENT#{number:3}' },
  patterns: [{ name: 'an order’s amendments', by: 'prefix', notes: 'read with the order in one Query' }],
});

export const OrderRefunds = defineEntity({
  type: 'OrderRefund',
  owner: 'orders',
  description:
    'Money paid back to the customer on an order (returned goods, a price settled lower): amount, day, reference, reason; numbered in the order, which makes two concurrent refunds one 409.',
  key: { pk: 'ORDER#{orderId}', sk: 'REFUND#{number:3}' },
  patterns: [{ name: 'an order’s refunds', by: 'prefix', notes: 'read with the order in one Query' }],
});

export const CreditLimits = defineEntity({
  type: 'CreditLimit',
  owner: 'orders',
  description:
    'A customer’s credit limit, set by finance with its reason: a contract that would take the customer’s open receivables past it needs a credit override in its review.',
  key: { pk: 'CREDIT_LIMIT#{customerId}', sk: 'CREDIT_LIMIT' },
  audited: true,
  subject: 'credit-limit',
  patterns: [{ name: 'a customer’s credit limit', by: 'item' }],
});
