/**
 * What other domains may use of the approvals domain: the review kit (start, stop, outcome, read)
 * and the chain declarations of a reviewed subject.
 */
export type { ChainStep, ResolvedStep } from './chain.ts';
export { stepLabel } from './messages.ts';
export { askedToDecide } from './rules.ts';
export { approvalSettings } from './settings.ts';
export {
  emailOutcome,
  outcomeTask,
  prepareReview,
  type Rejection,
  rejection,
  reviewEnded,
  reviewEndedPayload,
  reviewsOf,
  reviewStart,
  type ReviewStart,
  type ReviewSubject,
  startReview,
  stopReview,
  type Verdict,
} from './review.ts';
