import { approvalDecided } from './approvals/events.ts';
import { customerClassified, purchaseRecorded } from './classification/events.ts';
import { claimPaid, claimReviewed, claimSubmitted, claimWithdrawn } from './expenses/events.ts';
import {
  complaintAnswered,
  complaintEscalated,
  complaintLogged,
  complaintSolved,
  guestInvited,
  ticketEscalated,
  ticketOpened,
  ticketRated,
  ticketReminded,
  ticketRouted,
  ticketSolved,
  visitPlanned,
} from './service/events.ts';
import {
  contractReviewed,
  contractSigned,
  contractSubmitted,
  contractWithdrawn,
} from './contracts/events.ts';
import {
  amendmentRequested,
  fulfilmentRestarted,
  fulfilmentStalled,
  fulfilmentWaiting,
  amendmentReviewed,
  orderCompleted,
  orderCreated,
  orderReceived,
  orderReviewed,
  orderReviewRequested,
  orderShipped,
  paymentRecorded,
  productionUpdated,
  receiptIssueResolved,
} from './orders/events.ts';
import {
  customerFiled,
  customerReassigned,
  customerStatusChanged,
  interactionRecorded,
} from './customers/events.ts';
import { evaluationGraded, evaluationRequested, ratingRequested } from './performance/events.ts';
import { revisitCompleted } from './care/events.ts';
import { EVENT_SOURCE, type EventSpec, REDELIVERY_SOURCE } from '#shared/events.ts';
import { jobContinued } from '#shared/job-events.ts';
import {
  sessionChanged,
  sessionPlanned,
  surveyOpened,
  surveyRequested,
  trainingInvited,
} from './training/events.ts';
import { JOB_TIMEOUT_SECONDS, SCHEDULED_JOBS } from './schedules.ts';
import {
  opportunityClosed,
  opportunityStaged,
  quoteSent,
  quoteTechnicallyReviewed,
  quoteTechnicalReviewRequested,
  quoteTechnicalReviewWithdrawn,
} from './sales/events.ts';

/**
 * The event table: every domain event type (schema and producer, declared beside its producer) and
 * every consumer with the types it reacts to. The CDK stack makes one bus rule and one function per
 * consumer; the local runtime routes the same rules; `npm run asyncapi` documents the same list.
 */
export const EVENT_TYPES: readonly EventSpec[] = [
  contractSubmitted,
  contractWithdrawn,
  contractReviewed,
  contractSigned,
  orderCreated,
  orderReviewRequested,
  orderReviewed,
  fulfilmentWaiting,
  productionUpdated,
  orderShipped,
  orderReceived,
  receiptIssueResolved,
  orderCompleted,
  fulfilmentStalled,
  fulfilmentRestarted,
  paymentRecorded,
  amendmentRequested,
  amendmentReviewed,
  claimSubmitted,
  claimWithdrawn,
  claimReviewed,
  claimPaid,
  complaintLogged,
  complaintAnswered,
  complaintEscalated,
  complaintSolved,
  ticketOpened,
  ticketRouted,
  visitPlanned,
  ticketReminded,
  ticketEscalated,
  ticketSolved,
  ticketRated,
  guestInvited,
  approvalDecided,
  quoteSent,
  quoteTechnicalReviewRequested,
  quoteTechnicalReviewWithdrawn,
  quoteTechnicallyReviewed,
  purchaseRecorded,
  interactionRecorded,
  customerReassigned,
  customerFiled,
  customerStatusChanged,
  customerClassified,
  opportunityClosed,
  opportunityStaged,
  revisitCompleted,
  evaluationRequested,
  ratingRequested,
  evaluationGraded,
  surveyOpened,
  surveyRequested,
  sessionPlanned,
  sessionChanged,
  trainingInvited,
  jobContinued,
];

export interface EventConsumer {
  /** Also the function's short name. */
  name: string;
  /** Handler module, relative to the repository root; it exports `handler`. */
  entry: string;
  description: string;
  events: readonly EventSpec[];
  sendsEmail: boolean;
  /** Workflows it starts (by name). */
  startsWorkflows?: string[];
  /** Answers workflows' task tokens. */
  resumesWorkflows?: boolean;
  /** Stores files in the documents bucket, under this key prefix only. */
  storesDocuments?: string;
}

export const EVENT_CONSUMERS: readonly EventConsumer[] = [
  {
    name: 'contracts-events',
    entry: 'functions/contracts/reactions.ts',
    description:
      "Starts a submitted contract's review, stops a withdrawn one's; tells the rep how a review ended; moves a reassigned customer's open contracts.",
    events: [contractSubmitted, contractWithdrawn, contractReviewed, customerReassigned],
    sendsEmail: true,
    startsWorkflows: ['contract-review'],
  },
  {
    name: 'approvals-events',
    entry: 'functions/approvals/reactions.ts',
    description: 'Resumes the workflow that waits for a decided step.',
    events: [approvalDecided],
    sendsEmail: false,
    resumesWorkflows: true,
  },
  {
    name: 'sales-events',
    entry: 'functions/sales/reactions.ts',
    description:
      "Emails a sent quotation to the customer contact, once; moves a reassigned customer's open opportunities and quotes; starts and stops a quote's technical review and tells the rep its outcome.",
    events: [
      quoteSent,
      customerReassigned,
      quoteTechnicalReviewRequested,
      quoteTechnicalReviewWithdrawn,
      quoteTechnicallyReviewed,
      contractSigned,
    ],
    sendsEmail: true,
    startsWorkflows: ['quote-technical-review'],
  },
  {
    name: 'orders-events',
    entry: 'functions/orders/reactions.ts',
    description:
      "Makes an effective contract its order, once, with its installments, and puts it to sales admin's review; starts the review and the fulfilment workflow, resumes the workflow as the order moves; tells the rep of the review, production and receipt problems, the customer's contact of shipments (with the receipt link), sales admin of a stalled fulfilment; starts an amendment's review and tells the rep its outcome; resolves a receipt issue whose service ticket was solved.",
    events: [
      contractSigned,
      orderCreated,
      orderReviewRequested,
      orderReviewed,
      fulfilmentWaiting,
      productionUpdated,
      orderShipped,
      orderReceived,
      receiptIssueResolved,
      fulfilmentStalled,
      fulfilmentRestarted,
      amendmentRequested,
      amendmentReviewed,
      ticketSolved,
    ],
    sendsEmail: true,
    startsWorkflows: ['order-review', 'order-fulfilment', 'order-amendment-review'],
    resumesWorkflows: true,
  },
  {
    name: 'expenses-events',
    entry: 'functions/expenses/reactions.ts',
    description:
      "Starts a submitted claim's tiered approval, stops a withdrawn one's; tells the claimant the outcome and the payment, and management of a refusal.",
    events: [claimSubmitted, claimWithdrawn, claimReviewed, claimPaid],
    sendsEmail: true,
    startsWorkflows: ['expense-approval'],
  },
  {
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
  },
  {
    name: 'performance-events',
    entry: 'functions/performance/reactions.ts',
    description:
      "Keeps each rep's monthly facts (R-4.1): a completed order's revenue and standard cost, a new customer, a won or lost opportunity, a customer's rating (ticket or revisit), an expense paid, a complaint; each under its event's id, so redeliveries and replays count once; evaluates every rep in a run of a period's evaluation, emails raters their links and reps their grades.",
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
    ],
    sendsEmail: true,
  },
  {
    name: 'classification-events',
    entry: 'functions/classification/reactions.ts',
    description:
      "Records a completed order's lines as the customer's purchases, so classification is fed by real orders.",
    events: [orderCompleted],
    sendsEmail: false,
  },
  {
    name: 'customers-events',
    entry: 'functions/customers/reactions.ts',
    description:
      "Keeps each customer's file and statistics: a communication record for a sent quote, purchase aggregates, the last contact.",
    events: [quoteSent, purchaseRecorded, interactionRecorded],
    sendsEmail: false,
  },
  {
    name: 'reports-events',
    entry: 'functions/reports/reactions.ts',
    description:
      "Keeps the reports' aggregates (R-7.1): a completed order's revenue per month and rep, customer, product, region and department; customers filed, lost and won back per rep and month; the class mix; the pipeline by stage. Each event adds once.",
    events: [orderCompleted, customerFiled, customerStatusChanged, customerClassified, opportunityStaged],
    sendsEmail: false,
  },
  {
    name: 'archive-events',
    entry: 'functions/archive/reactions.ts',
    description:
      "Renders a sent quotation's and a signed contract's PDF, stores it in the archive and records it among the customer's documents, once per event.",
    events: [quoteSent, contractSigned],
    sendsEmail: false,
    storesDocuments: 'archive',
  },
  {
    name: 'training-events',
    entry: 'functions/training/reactions.ts',
    description:
      "Records each person a training-needs survey asks and each person a session invites (once, in parts), and emails each their single-use link (the survey's, or the sign-in's with the invitation, again with a new link when the session changes), or that the session is cancelled; keeps the training needs graded evaluations propose.",
    events: [
      surveyOpened,
      surveyRequested,
      sessionPlanned,
      sessionChanged,
      trainingInvited,
      evaluationGraded,
    ],
    sendsEmail: true,
  },
];

/** The consumers of one event type, by name (a job's continuation goes to the job itself). */
export const consumersOf = (type: string): string[] =>
  type === jobContinued.type
    ? SCHEDULED_JOBS.map((job) => job.name)
    : EVENT_CONSUMERS.filter((consumer) => consumer.events.some((spec) => spec.type === type)).map(
        (consumer) => consumer.name,
      );

/** The rule that hands a job's `job.continued` events to the job's own function. */
export const continuationPattern = (job: string) => ({
  source: [EVENT_SOURCE],
  'detail-type': [jobContinued.type],
  detail: { payload: { job: [job] } },
});

/** Everything the bus delivers to: the consumers, and each job for its continuations. */
export interface BusTarget {
  name: string;
  entry: string;
  pattern: Record<string, unknown>;
  timeoutSeconds?: number;
  /** Whose failures the failure record keeps (consumers); a job's failed run is in its run record. */
  recordsFailures: boolean;
}
export const busTargets = (): BusTarget[] => [
  ...EVENT_CONSUMERS.map((consumer) => ({
    name: consumer.name,
    entry: consumer.entry,
    pattern: consumerPattern(consumer),
    recordsFailures: true,
  })),
  ...SCHEDULED_JOBS.map((job) => ({
    name: job.name,
    entry: job.entry,
    pattern: continuationPattern(job.name),
    timeoutSeconds: JOB_TIMEOUT_SECONDS,
    recordsFailures: false,
  })),
];

/**
 * The bus rule of one consumer (an EventBridge event pattern): its event types from the domain,
 * and redeliveries addressed to it by name.
 */
export const consumerPattern = (consumer: EventConsumer) => ({
  $or: [
    { source: [EVENT_SOURCE], 'detail-type': consumer.events.map((spec) => spec.type) },
    { source: [REDELIVERY_SOURCE], detail: { consumer: [consumer.name] } },
  ],
});

export const findConsumer = (name: string): EventConsumer | undefined =>
  EVENT_CONSUMERS.find((consumer) => consumer.name === name);
