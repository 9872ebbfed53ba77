import { applyOnce, consumerHandler, on } from '#shared/consumer.ts';
import { recordEvent } from '#shared/events.ts';
import { TransactionCancelled } from '#shared/transaction.ts';
import { contractSigned } from '../contracts/public.ts';
import { orderCreated } from './events.ts';
import { orderFromContract } from './rules.ts';
import { createOrderWrites } from './store.ts';

/** The orders domain's reactions: an effective contract becomes its order, once. */
export const handler = consumerHandler('orders-events', [
  on(contractSigned, async (delivery) => {
    const { event } = delivery;
    const order = orderFromContract(event.payload, event.at);
    const created = recordEvent(orderCreated, {
      subject: { type: 'order', id: order.id },
      subjectVersion: order.version,
      actor: event.actor,
      at: event.at,
      payload: {
        orderId: order.id,
        contractId: order.contractId,
        customerId: order.customerId,
        ownerId: order.ownerId,
        currency: order.currency,
        total: order.total,
        deliveryDate: order.deliveryDate,
      },
    });
    try {
      await applyOnce(delivery, [
        ...createOrderWrites(order, { at: event.at, what: 'created', by: event.actor }, event.actor),
        created,
      ]);
    } catch (error) {
      // The order is named after its contract: a replay long after the first delivery finds it.
      if (!(error instanceof TransactionCancelled && error.failedCondition('order'))) throw error;
    }
  }),
]);
