import {
  ApprovalTaskClaims,
  Approvals,
  DelegatedSteps,
  DelegationHeads,
  Delegations,
} from './approvals/entities.ts';
import { Documents } from './archive/entities.ts';
import { CareMessages, OpenRevisitClaims, RevisitDigests, Revisits } from './care/entities.ts';
import { ClassChanges, Classifications, Purchases } from './classification/entities.ts';
import { Contracts, QuoteContractClaims } from './contracts/entities.ts';
import {
  ContactLinks,
  Contacts,
  CustomerNameClaims,
  CustomerStatistics,
  Customers,
  FollowUps,
  Interactions,
} from './customers/entities.ts';
import { EmployeeEmailClaims, Employees } from './employees/entities.ts';
import { DeliveryFailures } from './events/entities.ts';
import {
  AuditFindings,
  BudgetLines,
  ClaimPayments,
  ClaimReceipts,
  ClaimantPayouts,
  Claims,
  ExpenseAudits,
  Trips,
} from './expenses/entities.ts';
import {
  CreditLimits,
  FulfilmentWaits,
  Installments,
  OrderAmendments,
  OrderRefunds,
  OrderTimeline,
  Orders,
  ReceiptIssues,
  ReceiptLinks,
  Shipments,
} from './orders/entities.ts';
import {
  Awards,
  CoachingPlans,
  CommissionPayouts,
  CommissionPlans,
  EvaluationBatches,
  EvaluationRuns,
  Evaluations,
  MarketSizes,
  PerformanceFacts,
  PerformanceTargets,
  RatingRequests,
} from './performance/entities.ts';
import {
  ClassCounts,
  CustomerCounts,
  PipelineCounts,
  SalesAnalyses,
  SalesFigures,
  SalesPlans,
} from './reports/entities.ts';
import {
  MarketIntel,
  Opportunities,
  PriceLists,
  Products,
  QuoteRevisions,
  Quotes,
  StageChanges,
} from './sales/entities.ts';
import {
  AppreciationEvents,
  ComplaintCauseCounts,
  Complaints,
  InboundMailClaims,
  InboundMessages,
  Invitations,
  KnowledgeEntries,
  ProblemCounts,
  RatingLinks,
  ServiceLinks,
  Tickets,
} from './service/entities.ts';
import { AuditRecords, DomainEvents, HandledEvents, IdempotencyRecords, JobRuns } from '#shared/entities.ts';
import { AuditSeals } from './audit/entities.ts';
import { Imports } from './imports/entities.ts';
import {
  Attendances,
  CareerConversations,
  CareerPlans,
  ProposedNeeds,
  SurveyPeriodClaims,
  SurveyResponses,
  TrainingSessions,
  TrainingSurveys,
} from './training/entities.ts';
import type { DataAccess } from '#shared/data-access.ts';
import { AUDIT_SUBJECTS } from './audit-subjects.ts';

/**
 * What each function may touch in the table, by entity: reads, and writes (which include reading).
 * The CDK stack grants each function exactly these entities' partitions (\`dynamodb:LeadingKeys\` in
 * its IAM policy); the local runtime and the integration tests refuse any other call in the same way,
 * so a function that reaches for undeclared data fails its tests before it could fail on AWS. An
 * entity stands for its partition: a customer's file (contacts, interactions, statistics) is in
 * the customer's. A function not listed (health and the documents, the event dispatcher) has no
 * table access at all.
 */
export const FUNCTION_DATA: Readonly<Record<string, DataAccess>> = {
  'approval-deadlines': { reads: [Employees], writes: [Approvals, DomainEvents, JobRuns] },
  'approval-requests': {
    reads: [Delegations, Employees],
    writes: [ApprovalTaskClaims, Approvals, DelegatedSteps],
  },
  approvals: {
    reads: [Claims, CommissionPayouts, Contracts, DelegatedSteps, Employees, OrderAmendments, Orders, Quotes],
    writes: [Approvals, DelegationHeads, Delegations, DomainEvents, IdempotencyRecords],
  },
  'approvals-events': { reads: [Approvals], writes: [HandledEvents] },
  archive: { reads: [Customers], writes: [Documents, IdempotencyRecords] },
  // The partitions of the records whose history it shows (audit-subjects.ts).
  audit: {
    reads: [...Object.values(AUDIT_SUBJECTS).map((subject) => subject.entity), AuditRecords, AuditSeals],
  },
  'archive-events': {
    reads: [Contacts, Contracts, Customers, QuoteRevisions],
    writes: [Documents, HandledEvents],
  },
  'budget-deviations': { reads: [BudgetLines, Employees], writes: [DomainEvents, JobRuns] },
  care: {
    reads: [Customers],
    writes: [DomainEvents, FollowUps, Interactions, OpenRevisitClaims, Revisits],
  },
  'care-messages': {
    reads: [Contacts, CustomerStatistics, Customers, Employees],
    writes: [ContactLinks, CareMessages, DomainEvents, JobRuns],
  },
  classification: {
    writes: [ClassChanges, Classifications, Customers, DomainEvents, IdempotencyRecords, Purchases],
  },
  'classification-events': { writes: [DomainEvents, HandledEvents, Purchases] },
  'complaint-deadlines': { writes: [Complaints, DomainEvents, JobRuns] },
  'contract-review-outcomes': { writes: [Approvals, Contracts, DomainEvents] },
  contracts: {
    // Installments and credit limits: a submission checks the customer's credit.
    reads: [Approvals, CreditLimits, Customers, Documents, Employees, Installments, QuoteRevisions, Quotes],
    writes: [Contracts, DomainEvents, IdempotencyRecords, QuoteContractClaims],
  },
  'contracts-events': { reads: [Employees], writes: [Approvals, Contracts, HandledEvents] },
  'care-events': { reads: [OpenRevisitClaims], writes: [HandledEvents, Revisits] },
  'customer-classification': {
    reads: [CustomerStatistics],
    writes: [ClassChanges, Classifications, Customers, DomainEvents, JobRuns],
  },
  customers: {
    reads: [Employees],
    writes: [
      Contacts,
      CustomerNameClaims,
      Customers,
      DomainEvents,
      FollowUps,
      IdempotencyRecords,
      Interactions,
    ],
  },
  'customers-events': {
    writes: [CustomerStatistics, Customers, DomainEvents, FollowUps, HandledEvents, Interactions],
  },
  employees: { writes: [DomainEvents, EmployeeEmailClaims, Employees, IdempotencyRecords] },
  'employees-events': { reads: [Employees], writes: [HandledEvents] },
  evaluation: { writes: [DomainEvents, EvaluationRuns, JobRuns] },
  'evaluation-grading': {
    reads: [EvaluationRuns, RatingRequests],
    writes: [CoachingPlans, DomainEvents, Evaluations, JobRuns],
  },
  'event-failures': { writes: [DeliveryFailures, DomainEvents] },
  events: { reads: [DomainEvents], writes: [DeliveryFailures] },
  'expense-approval-outcomes': { writes: [BudgetLines, Claims, DomainEvents] },
  expenses: {
    reads: [Approvals, Customers, Employees, Revisits],
    writes: [
      AuditFindings,
      BudgetLines,
      ClaimPayments,
      ClaimReceipts,
      ClaimantPayouts,
      Claims,
      DomainEvents,
      ExpenseAudits,
      IdempotencyRecords,
      Trips,
    ],
  },
  // Receives the service address's email (SES inbound): a complaint, or a message in the queue.
  'inbound-mail': {
    reads: [Contacts, Customers],
    writes: [Complaints, DomainEvents, InboundMailClaims, InboundMessages],
  },
  imports: {
    reads: [Contacts, Customers, Employees, Products, Purchases],
    writes: [IdempotencyRecords, Imports],
  },
  // Files each row as POST /customers (/products, /customers/{id}/purchases) does: the customer,
  // its name claim, its contact, the event; the product; the purchase.
  'import-runner': {
    reads: [Employees],
    writes: [Contacts, CustomerNameClaims, Customers, DomainEvents, Imports, JobRuns, Products, Purchases],
  },
  'audit-seal': { reads: [AuditRecords, Employees], writes: [AuditSeals, JobRuns] },
  'expense-audit': { reads: [Claims], writes: [AuditFindings, DomainEvents, ExpenseAudits, JobRuns] },
  'expenses-events': {
    reads: [Approvals, AuditFindings, Employees, ExpenseAudits],
    writes: [HandledEvents],
  },
  'order-amendment-outcomes': {
    writes: [DomainEvents, Installments, OrderAmendments, OrderTimeline, Orders],
  },
  'order-deadlines': {
    reads: [Employees, Installments, Orders],
    writes: [DomainEvents, FulfilmentWaits, JobRuns],
  },
  'order-fulfilment-tasks': {
    reads: [Customers, Products],
    writes: [DomainEvents, FulfilmentWaits, OrderTimeline, Orders],
  },
  'order-review-outcomes': { writes: [DomainEvents, OrderTimeline, Orders] },
  orders: {
    reads: [Approvals, Customers, Employees],
    writes: [
      CreditLimits,
      DomainEvents,
      IdempotencyRecords,
      Installments,
      OrderAmendments,
      OrderRefunds,
      OrderTimeline,
      Orders,
      ReceiptIssues,
      ReceiptLinks,
      Shipments,
    ],
  },
  'orders-events': {
    reads: [Customers, Employees],
    writes: [
      ContactLinks,
      DomainEvents,
      FulfilmentWaits,
      HandledEvents,
      Installments,
      OrderTimeline,
      Orders,
      ReceiptIssues,
      ReceiptLinks,
    ],
  },
  performance: {
    reads: [Employees, PerformanceFacts],
    writes: [
      Awards,
      CoachingPlans,
      CommissionPayouts,
      CommissionPlans,
      DomainEvents,
      EvaluationRuns,
      Evaluations,
      IdempotencyRecords,
      MarketSizes,
      PerformanceTargets,
      RatingRequests,
    ],
  },
  'performance-events': {
    reads: [CommissionPayouts, Customers, Employees, MarketSizes, PerformanceTargets],
    writes: [
      ContactLinks,
      DomainEvents,
      EvaluationBatches,
      EvaluationRuns,
      Evaluations,
      HandledEvents,
      PerformanceFacts,
      RatingRequests,
    ],
  },
  'problem-summary': {
    reads: [Employees, KnowledgeEntries, ProblemCounts],
    writes: [DomainEvents, JobRuns],
  },
  'quote-review-outcomes': { writes: [DomainEvents, Quotes] },
  'commission-payout-outcomes': { writes: [CommissionPayouts, DomainEvents] },
  reports: {
    reads: [
      ClassCounts,
      CustomerCounts,
      Employees,
      Installments,
      PerformanceTargets,
      PipelineCounts,
      SalesFigures,
    ],
    writes: [IdempotencyRecords, SalesAnalyses, SalesPlans],
  },
  'reports-events': { writes: [ClassCounts, CustomerCounts, HandledEvents, PipelineCounts, SalesFigures] },
  'revisit-planning': {
    reads: [CustomerStatistics, Customers, Employees, FollowUps],
    writes: [DomainEvents, JobRuns, OpenRevisitClaims, RevisitDigests, Revisits],
  },
  sales: {
    reads: [Approvals, Contacts, Customers, Employees],
    writes: [
      DomainEvents,
      IdempotencyRecords,
      MarketIntel,
      Opportunities,
      PriceLists,
      Products,
      QuoteRevisions,
      Quotes,
      StageChanges,
    ],
  },
  'sales-events': {
    reads: [Contacts, Employees, QuoteRevisions],
    writes: [ContactLinks, Approvals, DomainEvents, HandledEvents, Opportunities, Quotes, StageChanges],
  },
  schedules: { reads: [JobRuns] },
  service: {
    reads: [Contacts, CustomerStatistics, Customers, Employees, Orders],
    writes: [
      AppreciationEvents,
      ComplaintCauseCounts,
      Complaints,
      ContactLinks,
      DomainEvents,
      IdempotencyRecords,
      InboundMailClaims,
      InboundMessages,
      Invitations,
      KnowledgeEntries,
      ProblemCounts,
      RatingLinks,
      ServiceLinks,
      Tickets,
    ],
  },
  'service-events': {
    reads: [Complaints, Contacts, Customers, Employees, ReceiptIssues],
    writes: [
      ContactLinks,
      DomainEvents,
      HandledEvents,
      Invitations,
      KnowledgeEntries,
      ProblemCounts,
      RatingLinks,
      ServiceLinks,
      Tickets,
    ],
  },
  'ticket-timer': { writes: [DomainEvents, Tickets] },
  training: {
    reads: [Employees, Evaluations, ProposedNeeds],
    writes: [
      Attendances,
      CareerConversations,
      CareerPlans,
      DomainEvents,
      IdempotencyRecords,
      SurveyResponses,
      TrainingSessions,
      TrainingSurveys,
    ],
  },
  'training-events': {
    reads: [Employees, TrainingSessions, TrainingSurveys],
    writes: [Attendances, DomainEvents, HandledEvents, ProposedNeeds, SurveyResponses],
  },
  'training-survey': {
    reads: [Employees],
    writes: [DomainEvents, JobRuns, SurveyPeriodClaims, TrainingSurveys],
  },
};
