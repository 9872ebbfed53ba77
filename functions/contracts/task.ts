import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { nowIso } from '#shared/clock.ts';
import { sendEmail } from '#shared/email.ts';
import { logger } from '#shared/observability.ts';
import { commit, TransactionCancelled } from '#shared/transaction.ts';
import { parsePart } from '#shared/validation.ts';
import { outcomeEmail } from '../approvals/messages.ts';
import { expirePendingApprovals } from '../approvals/store.ts';
import { getEmployee } from '../employees/store.ts';
import { type Rejection, reviewOutcome } from './model.ts';
import { afterReview } from './rules.ts';
import { contractWrites, getContract } from './store.ts';

/**
 * Invoked by the contract-review workflow when a round ends: the contract becomes approved, or
 * returns to draft with the rejecting comment (or the timeout), and its rep is told.
 */
export const handler = middy<unknown, { outcome: string }>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .handler(async (event) => {
    const input = parsePart('body', reviewOutcome, event);
    const contract = await getContract(input.subject.id);
    if (!contract) throw new Error(`Contract ${input.subject.id} does not exist`);
    const at = nowIso();
    let rejection: Rejection | undefined;
    if (input.outcome === 'rejected') {
      const cause = JSON.parse(input.rejection?.Cause ?? '{}') as {
        step?: string;
        comment?: string;
        decidedBy?: string;
      };
      rejection = {
        step: cause.step ?? 'review',
        comment: cause.comment ?? '',
        by: cause.decidedBy ?? 'unknown',
        at,
      };
    } else if (input.outcome === 'timed-out') {
      rejection = {
        step: 'review',
        comment: 'The review timed out before every step was decided.',
        by: 'workflow',
        at,
      };
      // The waiting step's link and reminders end with the review.
      await expirePendingApprovals('contract', contract.id, 'workflow');
    }
    const next = afterReview(
      contract,
      input.round,
      rejection ? { approved: false, rejection } : { approved: true },
      at,
    );
    if (!next) {
      logger.info('stale review round; nothing to do', { round: input.round, status: contract.status });
      return { outcome: 'stale' };
    }
    try {
      await commit(contractWrites(contract, next, 'contract-review'));
    } catch (error) {
      // A retry of this Task after its write succeeded.
      if (error instanceof TransactionCancelled && error.failedCondition(0))
        return { outcome: input.outcome };
      throw error;
    }
    const rep = await getEmployee(contract.ownerId);
    if (rep) {
      const title = `Contract ${contract.id.slice(-8)}`;
      await sendEmail({
        to: rep.email,
        ...outcomeEmail(
          rep.locale,
          rep.name,
          title,
          rejection
            ? { approved: false, step: rejection.step, comment: rejection.comment }
            : { approved: true },
        ),
      });
    }
    return { outcome: input.outcome };
  });
