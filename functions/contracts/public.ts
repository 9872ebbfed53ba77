/** What other domains may use of the contracts domain: its events. */
export { contractSigned } from './events.ts';
