import { applyOnce, consumerHandler, effectOnce, on } from '#shared/consumer.ts';
import { emailOutcome, startReview } from '../approvals/public.ts';
import { recordEvent } from '#shared/events.ts';
import { TransactionCancelled } from '#shared/transaction.ts';
import { contractSigned } from '../contracts/public.ts';
import { orderCreated, orderReviewed, orderReviewRequested } from './events.ts';
import { requestOrderReview } from './review.ts';
import { orderFromContract, orderTitle } from './rules.ts';
import { createOrderWrites, getOrder } from './store.ts';

/**
 * The orders domain's reactions: an effective contract becomes its order, once, put to
 * sales admin's review; the review starts; the rep is told how it ended.
 */
export const handler = consumerHandler('orders-events', [
  on(contractSigned, async (delivery) => {
    const { event } = delivery;
    const received = orderFromContract(event.payload, event.at);
    // Straight to sales admin's review, in the same transaction as the order.
    const review = await requestOrderReview(received, event.payload.ownerId, event.at);
    const order = review?.next ?? received;
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
        ...(review ? [review.event] : []),
      ]);
    } catch (error) {
      // The order is named after its contract: a replay long after the first delivery finds it.
      if (!(error instanceof TransactionCancelled && error.failedCondition('order'))) throw error;
    }
  }),
  // Repeatable: a second start of the same round is the same execution.
  on(orderReviewRequested, async (delivery) => {
    const order = await getOrder(delivery.event.subject.id);
    if (order?.status !== 'under_review' || order.reviewRound !== delivery.event.payload.round) return;
    await effectOnce(delivery, { repeatable: true }, () =>
      startReview('order-review', delivery.event.payload),
    );
  }),
  on(orderReviewed, (delivery) =>
    emailOutcome(delivery, (language) => orderTitle(delivery.event.subject.id, language), {
      en: 'goes to production',
      'zh-CN': '转入生产',
    }),
  ),
]);
