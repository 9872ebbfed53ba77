/**
 * What other domains may use of the contracts domain: its events, its review chain (amendments go
 * through it again) and a contract's read (the archive prints it).
 */
export { contractSigned } from './events.ts';
export { CONTRACT_REVIEW_CHAIN } from './rules.ts';
export { getContract } from './store.ts';
