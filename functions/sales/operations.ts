import type { Operation } from '#shared/http.ts';
import { catalogueOperations } from './catalogue.ts';
import { opportunityOperations } from './opportunities.ts';
import { quoteOperations } from './quotes.ts';

/** The sales pipeline's operations: the catalogue, opportunities, quotes and their technical review. */
export const salesOperations: readonly Operation[] = [
  ...catalogueOperations,
  ...opportunityOperations,
  ...quoteOperations,
];
