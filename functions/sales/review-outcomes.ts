import { outcomeTask } from '../approvals/public.ts';
import type { Quote } from './model.ts';
import { quoteTechnicallyReviewed } from './events.ts';
import { getQuote, quoteWrites } from './store.ts';
import { afterTechnicalReview } from './technical-review-rules.ts';

/**
 * The technical review's outcome Task: the reviewed revision passed (and may be sent), or was
 * returned with the step and comment (or the timeout, or the failure);
 * `quote.technically-reviewed` tells the rep.
 */
export const handler = outcomeTask<Quote>({
  name: 'quote',
  actor: 'quote-technical-review',
  read: getQuote,
  after: afterTechnicalReview,
  reviewed: quoteTechnicallyReviewed,
  extra: (quote) => ({ revision: quote.technicalReview!.revision }),
  writes: (before, after, actor) => quoteWrites(before, after, actor),
});
