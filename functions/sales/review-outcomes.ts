import { recordEvent } from '#shared/events.ts';
import { logger } from '#shared/observability.ts';
import { commit, TransactionCancelled } from '#shared/transaction.ts';
import { outcomeTask, reviewEndedPayload } from '../approvals/public.ts';
import { quoteTechnicallyReviewed } from './events.ts';
import { quoteWrites, getQuote } from './store.ts';
import { afterTechnicalReview } from './technical-review.ts';

/**
 * The technical review's outcome Task: the reviewed revision passed (and may be sent), or was
 * returned with the step and comment (or the timeout, or the failure). The
 * `quote.technically-reviewed` event, committed with the change, tells the rep.
 */
export const handler = outcomeTask('quote', async (input, verdict) => {
  const quote = await getQuote(input.subject.id);
  if (!quote) throw new Error(`Quote ${input.subject.id} does not exist`);
  const next = afterTechnicalReview(quote, input.round, verdict);
  if (!next) {
    logger.info('stale technical review round; nothing to do', { round: input.round });
    return;
  }
  const reviewed = recordEvent(quoteTechnicallyReviewed, {
    subject: { type: 'quote', id: quote.id },
    subjectVersion: next.version,
    actor: 'quote-technical-review',
    at: verdict.at,
    payload: {
      ...reviewEndedPayload(input, verdict, quote.ownerId),
      revision: next.technicalReview!.revision,
    },
  });
  try {
    await commit([...quoteWrites(quote, next, 'quote-technical-review'), reviewed]);
  } catch (error) {
    // A retry of this Task after its write succeeded.
    if (!(error instanceof TransactionCancelled && error.failedCondition('quote'))) throw error;
  }
});
