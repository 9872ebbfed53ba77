import { approvalDocs } from './approvals/docs.ts';
import { approvalOperations } from './approvals/operations.ts';
import { careDocs } from './care/docs.ts';
import { careOperations } from './care/operations.ts';
import { classificationDocs } from './classification/docs.ts';
import { classificationOperations } from './classification/operations.ts';
import { contractDocs } from './contracts/docs.ts';
import { contractOperations } from './contracts/operations.ts';
import { customerDocs } from './customers/docs.ts';
import { customerOperations } from './customers/operations.ts';
import { auditDocs } from './audit/docs.ts';
import { auditOperations } from './audit/operations.ts';
import { employeeDocs } from './employees/docs.ts';
import { employeeOperations } from './employees/operations.ts';
import { eventDocs } from './events/docs.ts';
import { eventOperations } from './events/operations.ts';
import type { Operation, OperationDocs } from '#shared/http.ts';
import { platformDocs } from './platform/docs.ts';
import { expenseDocs } from './expenses/docs.ts';
import { expenseOperations } from './expenses/operations.ts';
import { orderDocs } from './orders/docs.ts';
import { archiveDocs } from './archive/docs.ts';
import { archiveOperations } from './archive/operations.ts';
import { reportDocs } from './reports/docs.ts';
import { trainingDocs } from './training/docs.ts';
import { trainingOperations } from './training/operations.ts';
import { reportOperations } from './reports/operations.ts';
import { performanceDocs } from './performance/docs.ts';
import { performanceOperations } from './performance/operations.ts';
import { serviceDocs } from './service/docs.ts';
import { serviceOperations } from './service/operations.ts';
import { orderOperations } from './orders/operations.ts';
import { salesDocs } from './sales/docs.ts';
import { salesOperations } from './sales/operations.ts';
import { scheduleDocs } from './schedules/docs.ts';
import { scheduleOperations } from './schedules/operations.ts';
import { platformOperations } from './platform/operations.ts';
import { importDocs } from './imports/docs.ts';
import { importOperations } from './imports/operations.ts';
import { ATTACHMENT_PREFIX } from './service/inbound-model.ts';

/**
 * The route table: every domain function with its handler module and operations. The CDK stack,
 * the local gateway and the OpenAPI generator all read it, so a route exists everywhere or nowhere.
 */
export interface DomainFunction {
  /** Short name: the Lambda function, log group and service name derive from it. */
  name: string;
  /** Handler module, relative to the repository root; it exports `handler`. */
  entry: string;
  operations: readonly Operation[];
  /** OpenAPI text per operation id; not part of the function's bundle. */
  docs: Record<string, OperationDocs>;
  /** Sends email (SES), e.g. quotations to customers. */
  sendsEmail?: boolean;
  /** Workflows it starts (by name). */
  startsWorkflows?: string[];
  /** Answers workflows' task tokens (human decisions). */
  resumesWorkflows?: boolean;
  /** Verifies bearer tokens itself (a route open to emailed links too). */
  verifiesTokens?: boolean;
  /** Serves a page that signs people in (`SIGN_IN.pages`): it is told the sign-in endpoints. */
  signsIn?: boolean;
  /** Publishes to the event bus (redelivery and replay of events). */
  publishesEvents?: boolean;
  /** Presigns uploads to and downloads from the documents bucket, under this key prefix only. */
  storesDocuments?: string;
  /** Checks what was stored under this key prefix (an upload named in a request), never writes there. */
  readsDocuments?: string;
  /** Reads the audit trail's locked seal copies (the Object Lock bucket). */
  readsAuditSeals?: boolean;
}

export const DOMAIN_FUNCTIONS: readonly DomainFunction[] = [
  {
    name: 'platform',
    entry: 'functions/platform/handler.ts',
    operations: platformOperations,
    docs: platformDocs,
    signsIn: true,
  },
  {
    name: 'customers',
    entry: 'functions/customers/handler.ts',
    operations: customerOperations,
    docs: customerDocs,
  },
  {
    name: 'employees',
    entry: 'functions/employees/handler.ts',
    operations: employeeOperations,
    docs: employeeDocs,
  },
  {
    name: 'audit',
    entry: 'functions/audit/handler.ts',
    readsAuditSeals: true,
    operations: auditOperations,
    docs: auditDocs,
  },
  {
    name: 'classification',
    entry: 'functions/classification/handler.ts',
    operations: classificationOperations,
    docs: classificationDocs,
  },
  {
    name: 'care',
    entry: 'functions/care/handler.ts',
    operations: careOperations,
    docs: careDocs,
  },
  {
    name: 'sales',
    entry: 'functions/sales/handler.ts',
    operations: salesOperations,
    docs: salesDocs,
    sendsEmail: true,
  },
  {
    name: 'contracts',
    entry: 'functions/contracts/handler.ts',
    operations: contractOperations,
    docs: contractDocs,
    // Signing checks that the signed copy's scan is in the archive.
    readsDocuments: 'archive',
  },
  {
    name: 'orders',
    entry: 'functions/orders/handler.ts',
    operations: orderOperations,
    docs: orderDocs,
  },
  {
    name: 'expenses',
    entry: 'functions/expenses/handler.ts',
    operations: expenseOperations,
    docs: expenseDocs,
    storesDocuments: 'receipts',
  },
  {
    name: 'service',
    entry: 'functions/service/handler.ts',
    operations: serviceOperations,
    docs: serviceDocs,
    // The files that came with customers' emails, downloaded through presigned URLs.
    readsDocuments: ATTACHMENT_PREFIX,
  },
  {
    name: 'performance',
    entry: 'functions/performance/handler.ts',
    operations: performanceOperations,
    docs: performanceDocs,
  },
  {
    name: 'training',
    entry: 'functions/training/handler.ts',
    operations: trainingOperations,
    docs: trainingDocs,
  },
  {
    name: 'reports',
    entry: 'functions/reports/handler.ts',
    operations: reportOperations,
    docs: reportDocs,
    signsIn: true,
  },
  {
    name: 'archive',
    entry: 'functions/archive/handler.ts',
    operations: archiveOperations,
    docs: archiveDocs,
    storesDocuments: 'archive',
  },
  {
    name: 'imports',
    entry: 'functions/imports/handler.ts',
    operations: importOperations,
    docs: importDocs,
    storesDocuments: 'imports',
  },
  {
    name: 'approvals',
    entry: 'functions/approvals/handler.ts',
    operations: approvalOperations,
    docs: approvalDocs,
    resumesWorkflows: true,
    verifiesTokens: true,
  },
  {
    name: 'events',
    entry: 'functions/events/handler.ts',
    operations: eventOperations,
    docs: eventDocs,
    publishesEvents: true,
  },
  {
    name: 'schedules',
    entry: 'functions/schedules/handler.ts',
    operations: scheduleOperations,
    docs: scheduleDocs,
  },
];

/** CORS of the HTTP API (origins are a deployment setting, `*` by default: clients send bearer tokens, not cookies). */
export const API_CORS = {
  allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'if-match'],
  allowMethods: ['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'] as const,
  exposeHeaders: ['etag', 'location', 'idempotent-replayed', 'retry-after'],
  maxAgeSeconds: 600,
};

/** Every operation with its documentation, for the OpenAPI document. */
export const documentedOperations = () =>
  DOMAIN_FUNCTIONS.flatMap((fn) =>
    fn.operations.map((operation) => {
      const docs = fn.docs[operation.operationId];
      if (!docs) throw new Error(`${operation.operationId} has no documentation in ${fn.name}/docs.ts`);
      return { operation, docs };
    }),
  );
