import { newResource } from '#shared/clock.ts';
import { applyOnce, consumerHandler, type Delivery, on } from '#shared/consumer.ts';
import { TransactionCancelled, type TransactItem } from '#shared/transaction.ts';
import { purchaseRecorded } from '../classification/events.ts';
import { amountBucket, countBucket } from '../classification/rules.ts';
import { quoteSent } from '../sales/events.ts';
import { interactionRecorded } from './events.ts';
import { getCustomerStats, interactionWrites, lastContactWrite, purchaseCountWrite } from './store.ts';

/**
 * Writes that depend on the statistics as read; when another event changed them meanwhile (the
 * condition refuses), read again. Each attempt commits with the record that the event was handled.
 */
async function withStats(
  delivery: Delivery<unknown>,
  customerId: string,
  writes: (stats: Record<string, unknown>) => TransactItem[],
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const stats = (await getCustomerStats(customerId)) ?? {};
    try {
      await applyOnce(delivery, writes(stats));
      return;
    } catch (error) {
      if (!(error instanceof TransactionCancelled && error.failedCondition(0)) || attempt >= 5) throw error;
    }
  }
}

/** The customers domain keeps each customer's file and statistics from what other domains did. */
export const handler = consumerHandler('customers-events', [
  // a quotation emailed to the customer is a communication record in its file.
  on(quoteSent, async (delivery) => {
    const { event } = delivery;
    const interaction = newResource({
      customerId: event.payload.customerId,
      recordedBy: event.actor,
      channel: 'email' as const,
      occurredAt: event.at,
      contactId: event.payload.contactId,
      summary: `Quotation Q-${event.subject.id.slice(-8)} (revision ${event.payload.revision}) sent.`,
    });
    await applyOnce(delivery, interactionWrites(interaction));
  }),
  on(purchaseRecorded, async (delivery) => {
    const { customerId, date, amount } = delivery.event.payload;
    await withStats(delivery, customerId, (stats) => {
      const known = stats.firstPurchaseOn as string | undefined;
      return [
        purchaseCountWrite(
          customerId,
          { date, amount: amount.value, buckets: { amount: amountBucket(date), count: countBucket(date) } },
          known && known < date ? known : date,
        ),
      ];
    });
  }),
  on(interactionRecorded, async (delivery) => {
    const { customerId, occurredAt } = delivery.event.payload;
    await withStats(delivery, customerId, (stats) => {
      const latest = stats.lastInteractionAt as string | undefined;
      // A later contact is already counted: only the record that this event was handled.
      return latest && latest >= occurredAt ? [] : [lastContactWrite(customerId, occurredAt)];
    });
  }),
]);
