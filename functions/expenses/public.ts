/** What other domains may use of the expenses domain: its events (for the KPIs to come). */
export { claimPaid } from './events.ts';
