import { outcomeTask } from '../approvals/public.ts';
import type { CommissionPayout } from './commission-model.ts';
import { afterPayoutReview } from './commission-rules.ts';
import { payoutReviewed } from './events.ts';
import { commissionPayoutWrites, getCommissionPayout } from './store.ts';

/**
 * The commission payout's outcome Task: approved, finance pays the frozen statements; returned (or
 * timed out, or failed), the sales manager may submit the quarter again. `commission.payout-reviewed`
 * tells the sales manager, and each rep of an approved payout.
 */
export const handler = outcomeTask<CommissionPayout & { id: string; ownerId: string }>({
  name: 'commission payout',
  actor: 'commission-payout',
  read: async (period) => {
    const payout = await getCommissionPayout(period, true);
    return payout && { ...payout, id: period, ownerId: payout.submittedBy };
  },
  after: (payout, round, verdict) => {
    const next = afterPayoutReview(payout, round, verdict);
    return next && { ...next, id: payout.period, ownerId: payout.submittedBy };
  },
  reviewed: payoutReviewed,
  extra: (after) => ({ status: after.status, currency: after.currency, total: after.total }),
  writes: (before, after, actor) => {
    const { id: _b, ownerId: _bo, ...payoutBefore } = before;
    const { id: _a, ownerId: _ao, ...payoutAfter } = after;
    return commissionPayoutWrites(payoutBefore, payoutAfter, actor);
  },
});
