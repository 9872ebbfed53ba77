/** What other domains may use of the orders domain: its events. */
export { orderCompleted, orderCreated, orderReceived, orderShipped, paymentRecorded } from './events.ts';
