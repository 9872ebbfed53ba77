import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type * as z from 'zod/mini';
import { type Caller, type Claims, callerFromClaims, requireRole } from './caller.ts';
import { ANY_EMPLOYEE, type OwnershipRule, type Roles } from './access.ts';
import { CLIENT_CORRELATION_ID, withCorrelation } from './correlation.ts';
import { logContext, logger } from './observability.ts';
import { asProblem, HttpProblem, unauthorized, validationProblem } from './problem.ts';
import { parsePart, type Schema } from './validation.ts';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** An HTTP API (payload 2.0) event; `authorizer` is absent on public routes. */
export type HttpEvent = APIGatewayProxyEventV2 & {
  requestContext: APIGatewayProxyEventV2['requestContext'] & {
    authorizer?: { jwt?: { claims?: Claims; scopes?: string[] | null } };
  };
};
export type HttpResult = APIGatewayProxyStructuredResultV2;

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Defaults to application/json; anything else sends `body` as a string. */
  contentType?: string;
}

/** What the OpenAPI document says of an operation; kept apart from the handler's bundle. */
export interface OperationDocs {
  summary: string;
  description?: string;
  tags: string[];
  responses: ResponseSpec[];
  /** The body as documented, where the operation parses it further than its `body` schema says. */
  requestBody?: Schema;
}

export interface ResponseSpec {
  status: number;
  description: string;
  schema?: Schema;
  contentType?: string;
  /** Other media types the same answer comes in (a report as `text/csv`). */
  alsoAs?: string[];
}

type Infer<S> = S extends Schema ? z.output<S> : undefined;

export interface OperationRequest<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  /** The authenticated caller; reading it on a public route is a 401. */
  readonly caller: Caller;
  headers: Record<string, string | undefined>;
  /** The raw request body as sent, for fingerprints. */
  rawBody: string;
  method: HttpMethod;
  path: string;
  /** Scheme and host the client called, for links back to this API (e.g. in emails). */
  origin: string;
}

/** Who may call an operation: nobody signed in (public), or the roles and ownership rules it names. */
export type Access =
  | {
      /** Open to anyone; an emailed link's operation names whom its token admits (`ownership`). */
      auth: 'public';
      roles?: never;
      ownership?: readonly OwnershipRule[];
    }
  | {
      /** The API's JWT authorizer guards it; the pipeline refuses (403) a caller without one of `roles`. */
      auth: 'jwt';
      roles: Roles;
      ownership?: readonly OwnershipRule[];
    };

interface OperationBase<
  P extends Schema | undefined,
  Q extends Schema | undefined,
  B extends Schema | undefined,
> {
  operationId: string;
  method: HttpMethod;
  /** API Gateway path template, e.g. `/customers/{id}`. */
  path: string;
  params?: P;
  query?: Q;
  body?: B;
  /** Media types the body may be sent as; JSON by default. */
  bodyTypes?: string[];
  /** Creating POST: honours `Idempotency-Key`. */
  idempotent?: boolean;
  /** Conditional update: requires `If-Match`. */
  conditional?: boolean;
  handle(request: OperationRequest<Infer<P>, Infer<Q>, Infer<B>>): Promise<Reply>;
}

/** An operation: its route, its schemas, who may call it, and what it does. */
export type OperationSpec<
  P extends Schema | undefined,
  Q extends Schema | undefined,
  B extends Schema | undefined,
> = OperationBase<P, Q, B> & Access;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Operation = OperationSpec<any, any, any>;

/** Declares an operation with its request types inferred from its schemas. */
export function defineOperation<
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(spec: OperationSpec<P, Q, B>): Operation {
  return spec;
}

export const routeKeyOf = (operation: Pick<Operation, 'method' | 'path'>) =>
  `${operation.method} ${operation.path}`;

const MAX_BODY_BYTES = 256 * 1024;
const JSON_TYPE = 'application/json';
export const FORM_TYPE = 'application/x-www-form-urlencoded';
/** What a PATCH accepts: a JSON merge patch (RFC 7396), also sent as plain JSON. */
export const MERGE_PATCH_TYPES = ['application/merge-patch+json', JSON_TYPE];

function readBody(operation: Operation, event: HttpEvent, headers: Record<string, string | undefined>) {
  const raw = event.body
    ? event.isBase64Encoded
      ? Buffer.from(event.body, 'base64').toString('utf8')
      : event.body
    : '';
  if (!operation.body) return { raw, value: undefined };
  if (Buffer.byteLength(raw) > MAX_BODY_BYTES) {
    throw new HttpProblem(413, `The body may hold at most ${MAX_BODY_BYTES} bytes.`);
  }
  const accepted = operation.bodyTypes ?? [JSON_TYPE];
  const mediaType = (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  // No body at all is an empty one: its schema says whether anything was required (400 by field).
  if (raw === '' && mediaType === '') return { raw, value: parsePart('body', operation.body, {}) };
  if (!accepted.includes(mediaType)) {
    throw new HttpProblem(415, `Send the body as ${accepted.join(' or ')}.`, {
      headers: operation.method === 'PATCH' ? { 'accept-patch': accepted.join(', ') } : undefined,
    });
  }
  let value: unknown;
  if (mediaType === FORM_TYPE) {
    // HTML forms (the approval page) post name=value pairs.
    value = Object.fromEntries(new URLSearchParams(raw));
  } else {
    try {
      value = JSON.parse(raw);
    } catch {
      throw validationProblem([{ in: 'body', path: '', message: 'The body is not valid JSON' }]);
    }
  }
  return { raw, value: parsePart('body', operation.body, value) };
}

/** The roles' check, before anything is read: a caller without one learns nothing more (403). */
function admit(operation: Operation, caller: Caller | undefined): void {
  if (operation.auth === 'public') return;
  if (!caller) throw unauthorized();
  if (operation.roles !== ANY_EMPLOYEE)
    requireRole(caller, operation.roles, `${operation.method} ${operation.path}`);
}

async function run(operation: Operation, event: HttpEvent): Promise<Reply> {
  const headers = event.headers as Record<string, string | undefined>;
  const caller = callerFromClaims(event.requestContext.authorizer?.jwt?.claims);
  admit(operation, caller);
  const params = operation.params
    ? parsePart('path', operation.params, event.pathParameters ?? {})
    : undefined;
  const query = operation.query
    ? parsePart('query', operation.query, event.queryStringParameters ?? {})
    : undefined;
  const body = readBody(operation, event, headers);
  return operation.handle({
    params,
    query,
    body: body.value,
    rawBody: body.raw,
    get caller() {
      if (!caller) throw unauthorized();
      return caller;
    },
    headers,
    method: operation.method,
    path: event.rawPath,
    origin: `${headers['x-forwarded-proto'] ?? 'https'}://${event.requestContext.domainName}`,
  });
}

function render(reply: Reply): HttpResult {
  if (reply.body === undefined) {
    return { statusCode: reply.status, headers: { 'cache-control': 'no-store', ...reply.headers }, body: '' };
  }
  const contentType = reply.contentType ?? JSON_TYPE;
  return {
    statusCode: reply.status,
    headers: { 'content-type': contentType, 'cache-control': 'no-store', ...reply.headers },
    body: contentType === JSON_TYPE ? JSON.stringify(reply.body) : String(reply.body),
  };
}

function renderProblem(problem: HttpProblem, instance: string): HttpResult {
  return {
    statusCode: problem.status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...problem.headers },
    body: JSON.stringify(problem.toBody(instance)),
  };
}

const isTransactionCancelled = (
  error: unknown,
): error is Error & { reasons: string[]; conflicted: boolean } =>
  error instanceof Error && error.name === 'TransactionCancelled';

/**
 * The Lambda handler of one domain: routes by `routeKey` to the domain's operations, validates,
 * authenticates and renders RFC 9457 problems. Unexpected errors become a bare 500 and are logged.
 */
export function domainHandler(operations: readonly Operation[]) {
  const byRoute = new Map(operations.map((operation) => [routeKeyOf(operation), operation]));
  return middy<HttpEvent, HttpResult>()
    .use(logContext())
    .handler(async (event) => {
      const operation = byRoute.get(event.routeKey);
      logger.appendKeys({ operation: operation?.operationId ?? event.routeKey });
      const sent = event.headers?.['x-correlation-id'];
      const correlation = sent && CLIENT_CORRELATION_ID.test(sent) ? sent : event.requestContext.requestId;
      try {
        if (!operation) throw new HttpProblem(404, `No route ${event.routeKey}.`);
        return render(await withCorrelation(correlation, () => run(operation, event)));
      } catch (error) {
        const problem = asProblem(error);
        if (problem) {
          if (problem.status >= 500) logger.error('request failed', { status: problem.status });
          return renderProblem(problem, event.rawPath);
        }
        // A refusal the operation did not name: a concurrent request changed what this one read
        // (its version, a quantity, a reservation) or is changing it still. Nothing was written,
        // and the client may read again and retry.
        // (Known by name: importing the class would bundle the DynamoDB client into public functions.)
        if (isTransactionCancelled(error)) {
          logger.warn('transaction refused', { refused: error.message });
          return renderProblem(
            error.conflicted && !error.reasons.includes('ConditionalCheckFailed')
              ? new HttpProblem(409, 'Someone else is changing the same records right now; retry shortly.', {
                  headers: { 'retry-after': '1' },
                })
              : new HttpProblem(
                  409,
                  'Someone else changed the same records meanwhile; nothing was written. Read them again and retry.',
                ),
            event.rawPath,
          );
        }
        logger.error('unexpected error', error as Error);
        return renderProblem(new HttpProblem(500, 'The request could not be completed.'), event.rawPath);
      }
    });
}
