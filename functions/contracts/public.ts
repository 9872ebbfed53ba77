/** What other domains may use of the contracts domain: its events and its review chain (amendments go through it again). */
export { contractSigned } from './events.ts';
export { CONTRACT_REVIEW_CHAIN } from './rules.ts';
