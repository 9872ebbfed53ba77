import { classificationConsumer } from './consumer.ts';
import { applyOnceInParts, consumerHandler, on } from '#shared/consumer.ts';
import { newResource } from '#shared/clock.ts';
import { logger } from '#shared/observability.ts';
import { orderCompleted } from '../orders/public.ts';
import type { Purchase } from './model.ts';
import { classificationSettings } from './settings.ts';
import { purchaseWrites } from './store.ts';

/**
 * The classification domain's reactions: a completed order records the customer's purchases, one
 * per line (product, model, quantity, amount, the day it was received), so classification is fed by
 * real orders. Purchases are compared in one currency: an order in another is logged, not
 * converted.
 */
export const handler = consumerHandler(classificationConsumer, [
  on(orderCompleted, async (delivery) => {
    const { event } = delivery;
    const order = event.payload;
    const { currency } = classificationSettings();
    if (order.currency !== currency) {
      logger.warn('order in another currency than purchases are compared in; not recorded', {
        orderId: order.orderId,
      });
      return;
    }
    const purchases: Purchase[] = order.lines.map((line) =>
      newResource(
        {
          customerId: order.customerId,
          recordedBy: event.actor,
          product: line.productName,
          model: line.model,
          quantity: line.quantity,
          amount: { value: line.amount, currency: order.currency },
          date: order.receivedOn,
          note: `Order ${order.orderId}`,
        },
        event.at,
      ),
    );
    // Each purchase whole (with its audit record and event), in parts of one transaction each with
    // the record that the part was handled: a redelivery records nothing twice, however many lines.
    await applyOnceInParts(delivery, purchases.map(purchaseWrites));
  }),
]);
