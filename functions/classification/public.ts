/** What other domains may use of the classification domain: its events and the purchase buckets. */
export { customerClassified, purchaseRecorded } from './events.ts';
export { amountBucket, countBucket } from './rules.ts';
