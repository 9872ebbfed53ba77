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
  writes: (before, after, actor) => {
    // Sent back: who sent it back and why; passed: the review.
    const returned = after.status === 'returned' ? after.lastReturn : undefined;
    const entry = returned
      ? { at: after.updatedAt, what: 'review-returned', by: returned.by, note: returned.comment }
      : { at: after.updatedAt, what: 'review-passed', by: actor };
    return orderWrites(before, after, entry, actor);
  },
});
