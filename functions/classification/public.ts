/**
 * What other domains may use of the classification domain: its events, the purchase buckets, and
 * what a purchase history import reads and files.
 */
export { customerClassified, purchaseRecorded } from './events.ts';
export { amountBucket, countBucket } from './rules.ts';
export { newPurchase, type NewPurchase, type Purchase } from './model.ts';
export {
  type ImportedPurchase,
  importPurchase,
  purchaseCurrency,
  purchaseReferences,
  purchasesBetween,
} from './purchase-imports.ts';
