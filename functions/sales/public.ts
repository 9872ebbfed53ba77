/** What other domains may use of the sales domain: reading quotes and revisions, and its events. */
export { opportunityClosed, opportunityStaged, quoteSent } from './events.ts';
export { type Quote, quoteLine, type QuoteLine, type QuoteRevision, STAGES } from './model.ts';
export { lineSummary } from './rules.ts';
export { getProducts, getQuote, getRevision } from './store.ts';
