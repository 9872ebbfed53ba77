import { type Caused, causes } from '#shared/change.ts';
import { RuleViolation } from '#shared/domain-errors.ts';
import { logger } from '#shared/observability.ts';
import { prepareReview } from '../approvals/public.ts';
import { getCustomer } from '../customers/public.ts';
import { orderReviewRequested } from './events.ts';
import { Orders } from './entities.ts';
import type { Order } from './model.ts';
import { ORDER_REVIEW_CHAIN, orderReviewSubject, submitOrder } from './rules.ts';

/**
 * Puts an order to sales admin: the order under review, with the event from which the
 * round's review starts. Undefined when nobody may review it (no sales admin but its own rep): it
 * stays received, and its rep submits it once someone may.
 */
export async function requestOrderReview(
  order: Order,
  submittedBy: string,
  at: string,
): Promise<{ next: Order; event: Caused } | undefined> {
  const next = submitOrder(order, at);
  const customer = await getCustomer(order.customerId);
  try {
    const start = await prepareReview(
      ORDER_REVIEW_CHAIN,
      next.reviewRound,
      orderReviewSubject(next, customer?.name ?? order.customerId),
      { submittedBy, amount: order.total },
      {
        key: Orders.key({ id: order.id }),
        fields: { status: 'under_review', reviewRound: next.reviewRound },
      },
    );
    const event = causes(orderReviewRequested, start);
    return { next, event };
  } catch (error) {
    if (!(error instanceof RuleViolation)) throw error;
    logger.warn('nobody may review the order yet', { orderId: order.id });
    return undefined;
  }
}
