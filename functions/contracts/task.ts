import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { nowIso } from '#shared/clock.ts';
import { recordEvent } from '#shared/events.ts';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logger, metrics, publishMetrics } from '#shared/observability.ts';
import { commit, TransactionCancelled } from '#shared/transaction.ts';
import { parsePart } from '#shared/validation.ts';
import { expirePendingApprovals } from '../approvals/store.ts';
import { contractReviewed } from './events.ts';
import { type Rejection, reviewOutcome } from './model.ts';
import { afterReview } from './rules.ts';
import { contractWrites, getContract } from './store.ts';

/**
 * Invoked by the contract-review workflow when a round ends: the contract becomes approved, or
 * returns to draft with the rejecting comment (or the timeout). The `contract.reviewed` event,
 * committed with the change, tells the rep.
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
    } else if (input.outcome === 'timed-out' || input.outcome === 'failed') {
      rejection = {
        step: 'review',
        comment:
          input.outcome === 'timed-out'
            ? 'The review timed out before every step was decided.'
            : `The review could not go on (${input.failure?.Error ?? 'error'}); the contract is back in draft and can be submitted again.`,
        by: 'workflow',
        at,
      };
      if (input.outcome === 'failed') {
        // The operator's alarm; the rep learns it from the outcome email.
        logger.error('contract review failed', { contractId: contract.id, error: input.failure?.Error });
        metrics.addMetric('ReviewsFailed', MetricUnit.Count, 1);
        publishMetrics();
      }
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
    const reviewed = recordEvent(contractReviewed, {
      subject: { type: 'contract', id: contract.id },
      subjectVersion: next.version,
      actor: 'contract-review',
      at,
      payload: {
        round: input.round,
        outcome: input.outcome,
        ownerId: contract.ownerId,
        ...(rejection
          ? { rejection: { step: rejection.step, comment: rejection.comment, by: rejection.by } }
          : {}),
      },
    });
    try {
      await commit([...contractWrites(contract, next, 'contract-review'), reviewed]);
    } catch (error) {
      // A retry of this Task after its write succeeded.
      if (error instanceof TransactionCancelled && error.failedCondition(0))
        return { outcome: input.outcome };
      throw error;
    }
    return { outcome: input.outcome };
  });
