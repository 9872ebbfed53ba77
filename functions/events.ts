import type { EventConsumer } from '#shared/event-consumer.ts';
import { contractsConsumer } from './contracts/consumer.ts';
import { approvalsConsumer } from './approvals/consumer.ts';
import { salesConsumer } from './sales/consumer.ts';
import { ordersConsumer } from './orders/consumer.ts';
import { expensesConsumer } from './expenses/consumer.ts';
import { serviceConsumer } from './service/consumer.ts';
import { performanceConsumer } from './performance/consumer.ts';
import { classificationConsumer } from './classification/consumer.ts';
import { careConsumer } from './care/consumer.ts';
import { customersConsumer } from './customers/consumer.ts';
import { employeesConsumer } from './employees/consumer.ts';
import { employeeChanged, employeeJoined, employeeLeft } from './employees/events.ts';
import { reportsConsumer } from './reports/consumer.ts';
import { archiveConsumer } from './archive/consumer.ts';
import { trainingConsumer } from './training/consumer.ts';
import { approvalDecided } from './approvals/events.ts';
import { customerClassified, purchaseRecorded } from './classification/events.ts';
import {
  auditFindingRecorded,
  claimPaid,
  claimReviewed,
  claimSubmitted,
  claimWithdrawn,
  expenseAuditClosed,
  expenseAuditOpened,
} from './expenses/events.ts';
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
  paymentRefunded,
  productionUpdated,
  receiptIssueResolved,
  receivableWrittenOff,
} from './orders/events.ts';
import {
  customerFiled,
  customerReassigned,
  customerStatusChanged,
  interactionRecorded,
} from './customers/events.ts';
import {
  evaluationGraded,
  evaluationRequested,
  payoutReviewed,
  payoutSubmitted,
  ratingRequested,
} from './performance/events.ts';
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
import { deliveryFailed } from './events/events.ts';
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
  paymentRefunded,
  receivableWrittenOff,
  amendmentRequested,
  amendmentReviewed,
  claimSubmitted,
  claimWithdrawn,
  claimReviewed,
  claimPaid,
  expenseAuditOpened,
  auditFindingRecorded,
  expenseAuditClosed,
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
  employeeJoined,
  employeeChanged,
  employeeLeft,
  customerClassified,
  opportunityClosed,
  opportunityStaged,
  revisitCompleted,
  evaluationRequested,
  ratingRequested,
  evaluationGraded,
  payoutSubmitted,
  payoutReviewed,
  surveyOpened,
  surveyRequested,
  sessionPlanned,
  sessionChanged,
  trainingInvited,
  jobContinued,
  deliveryFailed,
];

/** The events that end a review round; a round that failed says `outcome: failed`. */
export const REVIEW_ENDINGS: readonly EventSpec[] = [
  contractReviewed,
  orderReviewed,
  amendmentReviewed,
  claimReviewed,
  quoteTechnicallyReviewed,
  payoutReviewed,
];

/**
 * What an operator is told straight from the bus: a rule hands each matching event to the alarm
 * topic. Cheaper than a custom metric and its alarm (each costs monthly), and the message names
 * the subject.
 */
export const OPERATOR_ALERTS = [
  {
    name: 'ReviewsFailed',
    description: 'A review could not go on; its subject went back to its owner (the outcome Task logged why)',
    pattern: {
      source: [EVENT_SOURCE],
      'detail-type': REVIEW_ENDINGS.map((spec) => spec.type),
      detail: { payload: { outcome: ['failed'] } },
    },
  },
  {
    name: 'DeliveryFailures',
    description: 'A consumer gave up on an event; see GET /event-consumers/{name}/failures',
    pattern: { source: [EVENT_SOURCE], 'detail-type': [deliveryFailed.type] },
  },
] as const;

export type { EventConsumer } from '#shared/event-consumer.ts';

export const EVENT_CONSUMERS: readonly EventConsumer[] = [
  contractsConsumer,
  approvalsConsumer,
  salesConsumer,
  ordersConsumer,
  expensesConsumer,
  serviceConsumer,
  performanceConsumer,
  classificationConsumer,
  customersConsumer,
  careConsumer,
  employeesConsumer,
  reportsConsumer,
  archiveConsumer,
  trainingConsumer,
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
