import { outcomeTask } from '../approvals/public.ts';
import { claimReviewed } from './events.ts';
import type { Claim } from './model.ts';
import { afterClaimReview } from './rules.ts';
import { claimWrites, getClaim, releaseWrite } from './store.ts';

/**
 * The expense approval's outcome Task: approved for payment, the amount stays reserved until finance
 * pays it (`recordClaimPayment`); rejected, refused, timed out or failed, it is released; `expense.claim-reviewed` tells the claimant (and management
 * of a refusal).
 */
export const handler = outcomeTask<Claim & { ownerId: string }>({
  name: 'expense claim',
  actor: 'expense-approval',
  read: async (id) => {
    const claim = await getClaim(id, true);
    return claim && { ...claim, ownerId: claim.claimantId };
  },
  after: (claim, round, verdict) => {
    const next = afterClaimReview(claim, round, verdict);
    return next && { ...next, ownerId: claim.claimantId };
  },
  reviewed: claimReviewed,
  extra: (after) => ({
    status: after.status,
    amount: after.amount,
    category: after.category,
    claimantId: after.claimantId,
  }),
  writes: (before, after, actor) => {
    const { ownerId: _before, ...claimBefore } = before;
    const { ownerId: _after, ...claimAfter } = after;
    // Approved, it stays reserved until finance pays it; otherwise the reservation is released.
    const released = after.status === 'approved' ? [] : (before.reservedOn ?? []);
    return claimWrites(claimBefore, claimAfter, actor, {
      with: released.map((ref) => releaseWrite(ref, before.amount)),
    });
  },
});
