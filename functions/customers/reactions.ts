import { customersConsumer } from './consumer.ts';
import { newResource, nextVersion } from '#shared/clock.ts';
import { collectAll } from '#shared/listing.ts';
import { applyOnce, consumerHandler, type Delivery, effectOnce, on } from '#shared/consumer.ts';
import { TransactionCancelled, type TransactItem } from '#shared/transaction.ts';
import { amountBucket, countBucket, purchaseRecorded } from '../classification/public.ts';
import { employeeLeft } from '../employees/public.ts';
import { quoteSent } from '../sales/public.ts';
import { commitUnlessChanged } from '#shared/change.ts';
import { customerReassigned, interactionRecorded } from './events.ts';
import { reassignedFollowUp } from './follow-up-rules.ts';
import {
  followUpWrites,
  interactionWrites,
  lastContactWrite,
  listCustomers,
  openFollowUpsOf,
  purchaseCountWrite,
  updateCustomerWrites,
} from './store.ts';

/**
 * A statistics update whose condition may refuse it (a later contact, an earlier first purchase is
 * already counted): then the fallback, which always applies. Either commits with the record that
 * the event was handled; no read is needed first.
 */
async function updateStats(delivery: Delivery<unknown>, update: TransactItem, fallback: TransactItem[]) {
  try {
    await applyOnce(delivery, [update]);
  } catch (error) {
    if (!(error instanceof TransactionCancelled && error.failedCondition('customerStats'))) throw error;
    await applyOnce(delivery, fallback);
  }
}

/** The customers domain keeps each customer's file and statistics from what other domains did. */
export const handler = consumerHandler(customersConsumer, [
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
    const purchase = {
      date,
      amount: amount.value,
      buckets: { amount: amountBucket(date), count: countBucket(date) },
    };
    // Counted, and the first purchase moved back to it; or, if an earlier one is known, only counted.
    await updateStats(delivery, purchaseCountWrite(customerId, purchase, true), [
      purchaseCountWrite(customerId, purchase, false),
    ]);
  }),
  on(interactionRecorded, async (delivery) => {
    const { customerId, occurredAt } = delivery.event.payload;
    // A later contact is already counted: only the record that this event was handled.
    await updateStats(delivery, lastContactWrite(customerId, occurredAt), []);
  }),
  // A reassigned customer's open follow-ups remind its new rep. Repeatable: a moved one is the new
  // rep's already; one kept meanwhile is not open any more.
  on(customerReassigned, async (delivery) => {
    const { customerId, from, to } = delivery.event.payload;
    const { actor, at } = delivery.event;
    await effectOnce(delivery, { repeatable: true }, async () => {
      for (const followUp of await openFollowUpsOf(customerId))
        if (followUp.ownerId === from)
          await commitUnlessChanged(followUpWrites(followUp, reassignedFollowUp(followUp, to, at), actor));
    });
  }),
  // §2.1.2: a leaver's customers go to the successor, each a reassignment whose event moves its open
  // work. Repeatable: a customer moved already is the successor's and not read again; one changed
  // meanwhile is read again on the retry.
  on(employeeLeft, async (delivery) => {
    const { employeeId, successorId } = delivery.event.payload;
    await effectOnce(delivery, { repeatable: true }, async () => {
      const customers = await collectAll((page) => listCustomers({ ownerId: employeeId }, {}, page));
      let unchanged = true;
      for (const customer of customers) {
        const moved = nextVersion({ ...customer, ownerId: successorId });
        unchanged &&= await commitUnlessChanged(updateCustomerWrites(customer, moved, delivery.event.actor));
      }
      if (!unchanged) throw new Error('A customer changed while it was being reassigned: reassigning again');
    });
  }),
]);
