import { outcomeTask } from '../approvals/public.ts';
import { orderReviewed } from './events.ts';
import type { Order } from './model.ts';
import { afterOrderReview } from './rules.ts';
import { getOrder, orderWrites } from './store.ts';

/**
 * The order review's outcome Task: the order goes to production, or back to its rep with the
 * comment (or the timeout, or the failure); `order.reviewed` tells the rep.
 */
export const handler = outcomeTask<Order>({
  name: 'order',
  actor: 'order-review',
  read: getOrder,
  after: afterOrderReview,
  reviewed: orderReviewed,
  writes: (before, after, actor) =>
    orderWrites(
      before,
      after,
      {
        at: after.updatedAt,
        what: after.status === 'returned' ? 'review-returned' : 'review-passed',
        by: after.lastReturn && after.status === 'returned' ? after.lastReturn.by : actor,
        ...(after.status === 'returned' && after.lastReturn ? { note: after.lastReturn.comment } : {}),
      },
      actor,
    ),
});
