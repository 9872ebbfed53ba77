/** What other domains may use of the service domain: its events (for the KPIs and the orders domain). */
export { complaintLogged, complaintSolved, ticketOpened, ticketRated, ticketSolved } from './events.ts';
