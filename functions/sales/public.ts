/**
 * What other domains may use of the sales domain: reading quotes and revisions, the catalogue and
 * filing an imported product, and its events.
 */
export { opportunityClosed, opportunityStaged, quoteSent } from './events.ts';
export {
  newProduct,
  type NewProduct,
  type Quote,
  quoteLine,
  type QuoteLine,
  type QuoteRevision,
  STAGES,
} from './model.ts';
export { allProducts, importProduct } from './product-imports.ts';
export { lineSummary } from './rules.ts';
export { getProducts, getQuote, getRevision } from './store.ts';
