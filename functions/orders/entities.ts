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
