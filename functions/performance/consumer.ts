import { defineConsumer } from '#shared/event-consumer.ts';
import { revisitCompleted } from '../care/public.ts';
import { customerFiled } from '../customers/public.ts';
import { claimPaid } from '../expenses/public.ts';
import { orderCompleted, paymentRecorded, paymentRefunded, receivableWrittenOff } from '../orders/public.ts';
import { opportunityClosed } from '../sales/public.ts';
import { complaintLogged, ticketRated } from '../service/public.ts';
import {
  awardGranted,
  coachingReviewDue,
  evaluationGraded,
  evaluationRequested,
  payoutReviewed,
  payoutSubmitted,
  ratingRequested,
} from './events.ts';

/**
 * The performance-events consumer: what it reacts to and what it may do, declared once for the bus rules,
 * the local runtime, the AsyncAPI document and its handler (`reactions.ts`), which refuses to load
 * when its reactions are not exactly these events.
 */
export const performanceConsumer = defineConsumer({
  name: 'performance-events',
  entry: 'functions/performance/reactions.ts',
  description:
    "Keeps each rep's monthly facts (R-4.1): a completed order's revenue and standard cost, a new customer, a won or lost opportunity, a customer's rating (ticket or revisit), an expense paid, a complaint; each under its event's id, so redeliveries and replays count once; evaluates every rep in a run of a period's evaluation, emails raters their links and reps their grades, asks the manager and the supervisor to review a coaching plan on its day, and tells an employee of their award; keeps the money collected, refunded and clawed back for commissions, starts a commission payout's review and tells the sales manager and each rep its outcome.",
  events: [
    orderCompleted,
    customerFiled,
    opportunityClosed,
    ticketRated,
    revisitCompleted,
    claimPaid,
    complaintLogged,
    evaluationRequested,
    ratingRequested,
    evaluationGraded,
    coachingReviewDue,
    awardGranted,
    paymentRecorded,
    paymentRefunded,
    receivableWrittenOff,
    payoutSubmitted,
    payoutReviewed,
  ],
  startsWorkflows: ['commission-payout'],
  sendsEmail: true,
});
