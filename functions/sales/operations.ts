import type { Operation } from '#shared/http.ts';
import { catalogueOperations } from './catalogue.ts';
import { opportunityOperations } from './opportunities.ts';
import { quoteSendingOperations } from './quote-sending.ts';
import { quoteOperations } from './quotes.ts';
import { technicalReviewOperations } from './technical-reviews.ts';

/** The sales pipeline's operations: the catalogue, opportunities, quotes and their technical review. */
export const salesOperations: readonly Operation[] = [
  ...catalogueOperations,
  ...opportunityOperations,
  ...quoteOperations,
  ...quoteSendingOperations,
  ...technicalReviewOperations,
];
