import { defineConsumer } from '#shared/event-consumer.ts';
import { orderCompleted, orderReceived, receiptIssueResolved } from '../orders/public.ts';
import {
  complaintAnswered,
  complaintEscalated,
  guestInvited,
  ticketEscalated,
  ticketOpened,
  ticketReminded,
  ticketRouted,
  ticketSolved,
  visitPlanned,
} from './events.ts';

/**
 * The service-events consumer: what it reacts to and what it may do, declared once for the bus rules,
 * the local runtime, the AsyncAPI document and its handler (`reactions.ts`), which refuses to load
 * when its reactions are not exactly these events.
 */
export const serviceConsumer = defineConsumer({
  name: 'service-events',
  entry: 'functions/service/reactions.ts',
  description:
    "Emails a complaint's answer to the customer's contact in their language; tells the sales manager and the owner of an overdue complaint; starts a new ticket's timer and tells the department it is routed to, a visit's technician, the owner of a near deadline, the manager and the owner of a missed one; asks the customer's contact to rate a solved ticket; makes each receipt problem a ticket; emails the contact of a completed order a link to report problems (and a fresh one with each report's acknowledgement); emails appreciation invitations.",
  events: [
    complaintAnswered,
    complaintEscalated,
    ticketOpened,
    ticketRouted,
    visitPlanned,
    ticketReminded,
    ticketEscalated,
    ticketSolved,
    orderReceived,
    receiptIssueResolved,
    orderCompleted,
    guestInvited,
  ],
  sendsEmail: true,
  startsWorkflows: ['ticket-timer'],
});
