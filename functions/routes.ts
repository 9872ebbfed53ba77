import { customerOperations } from './customers/operations.ts';
import { employeeOperations } from './employees/operations.ts';
import type { Operation } from '#shared/http.ts';
import { platformOperations } from './platform/operations.ts';

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
  /** Read-only functions get read-only table access. */
  writes: boolean;
}

export const DOMAIN_FUNCTIONS: readonly DomainFunction[] = [
  { name: 'platform', entry: 'functions/platform/handler.ts', operations: platformOperations, writes: false },
  {
    name: 'customers',
    entry: 'functions/customers/handler.ts',
    operations: customerOperations,
    writes: true,
  },
  {
    name: 'employees',
    entry: 'functions/employees/handler.ts',
    operations: employeeOperations,
    writes: false,
  },
];

/** CORS of the HTTP API (origins are a deployment setting, `*` by default: clients send bearer tokens, not cookies). */
export const API_CORS = {
  allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'if-match'],
  allowMethods: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'] as const,
  exposeHeaders: ['etag', 'location', 'idempotent-replayed', 'retry-after'],
  maxAgeSeconds: 600,
};
