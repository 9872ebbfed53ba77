import { outcomeTask } from '../approvals/public.ts';
import type { Contract } from './model.ts';
import { contractReviewed } from './events.ts';
import { afterReview } from './rules.ts';
import { contractWrites, getContract } from './store.ts';

/**
 * The contract review's outcome Task: the contract becomes approved, or returns to draft with the
 * rejecting step and comment (or the timeout, or the failure); `contract.reviewed` tells the rep.
 */
export const handler = outcomeTask<Contract>({
  name: 'contract',
  actor: 'contract-review',
  read: getContract,
  after: afterReview,
  reviewed: contractReviewed,
  writes: contractWrites,
});
