import { recordEvent } from '#shared/events.ts';
import { logger } from '#shared/observability.ts';
import { commit, TransactionCancelled } from '#shared/transaction.ts';
import { outcomeTask, reviewEndedPayload } from '../approvals/public.ts';
import { contractReviewed } from './events.ts';
import { afterReview } from './rules.ts';
import { contractWrites, getContract } from './store.ts';

/**
 * The contract review's outcome Task: the contract becomes approved, or returns to draft with the
 * rejecting step and comment (or the timeout, or the failure). The `contract.reviewed` event,
 * committed with the change, tells the rep.
 */
export const handler = outcomeTask('contract', async (input, verdict) => {
  const contract = await getContract(input.subject.id);
  if (!contract) throw new Error(`Contract ${input.subject.id} does not exist`);
  const next = afterReview(contract, input.round, verdict);
  if (!next) {
    logger.info('stale review round; nothing to do', { round: input.round, status: contract.status });
    return;
  }
  const reviewed = recordEvent(contractReviewed, {
    subject: { type: 'contract', id: contract.id },
    subjectVersion: next.version,
    actor: 'contract-review',
    at: verdict.at,
    payload: reviewEndedPayload(input, verdict, contract.ownerId),
  });
  try {
    await commit([...contractWrites(contract, next, 'contract-review'), reviewed]);
  } catch (error) {
    // A retry of this Task after its write succeeded.
    if (!(error instanceof TransactionCancelled && error.failedCondition('contract'))) throw error;
  }
});
