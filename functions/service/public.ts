/** What other domains may use of the service domain: its events (for the KPIs to come). */
export { complaintLogged, complaintSolved } from './events.ts';
