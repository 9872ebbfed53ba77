/**
 * What other domains may use of the service domain: its events (for the KPIs and the orders
 * domain), and how a product is named in problem counts and the knowledge base.
 */
export { complaintLogged, complaintSolved, ticketOpened, ticketRated, ticketSolved } from './events.ts';
export { productKey } from './ticket-rules.ts';
