/** What other domains may use of the orders domain: its events. */
export { orderCreated } from './events.ts';
