import type { Operation } from '#shared/http.ts';
import { catalogueOperations } from './catalogue.ts';
import { priceListOperations } from './price-lists.ts';
import { marketIntelOperations } from './market-intel.ts';
import { opportunityOperations } from './opportunities.ts';
import { quoteSendingOperations } from './quote-sending.ts';
import { quoteOperations } from './quotes.ts';
import { technicalReviewOperations } from './technical-reviews.ts';

/** The sales pipeline's operations: the catalogue, opportunities, quotes and their technical review, market intelligence. */
export const salesOperations: readonly Operation[] = [
  ...catalogueOperations,
  ...priceListOperations,
  ...opportunityOperations,
  ...quoteOperations,
  ...quoteSendingOperations,
  ...technicalReviewOperations,
  ...marketIntelOperations,
];
