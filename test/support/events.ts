import type { Context } from 'aws-lambda';
import { lambdaContext as localLambdaContext } from '../../local/lambda-context.ts';
import type { Employee } from '../../functions/employees/model.ts';
import type { HttpEvent, HttpResult } from '../../functions/shared/http.ts';
import type { Role } from '../../functions/shared/roles.ts';
import { assertDocumented } from './documented.ts';
import { DOMAIN_FUNCTIONS } from '../../functions/routes.ts';
import { asFunction } from '../../local/data-scope.ts';

/** Builds API Gateway payload 2.0 events the way the HTTP API (and the local gateway) does. */
/** Who calls: an employee's id and roles (the token's claims). */
export type Person = { id: string; roles: readonly Role[]; email?: string };

export interface RequestOptions {
  caller?: Person;
  body?: unknown;
  headers?: Record<string, string>;
  query?: Record<string, string>;
}

export function httpEvent(routeKey: string, path: string, options: RequestOptions = {}): HttpEvent {
  const [method] = routeKey.split(' ');
  const template = routeKey.slice(method!.length + 1).split('/');
  const actual = path.split('?')[0]!.split('/');
  const pathParameters: Record<string, string> = {};
  template.forEach((segment, index) => {
    const name = /^\{(\w+)\}$/.exec(segment)?.[1];
    if (name) pathParameters[name] = decodeURIComponent(actual[index]!);
  });
  const body =
    options.body === undefined
      ? undefined
      : typeof options.body === 'string'
        ? options.body
        : JSON.stringify(options.body);
  return {
    version: '2.0',
    routeKey,
    rawPath: actual.join('/'),
    rawQueryString: new URLSearchParams(options.query).toString(),
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...options.headers },
    ...(options.query ? { queryStringParameters: options.query } : {}),
    ...(Object.keys(pathParameters).length > 0 ? { pathParameters } : {}),
    ...(body !== undefined ? { body } : {}),
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'test',
      domainName: 'test',
      domainPrefix: 'test',
      http: { method: method!, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
      requestId: 'request',
      routeKey,
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
      ...(options.caller
        ? {
            authorizer: {
              jwt: {
                claims: {
                  sub: options.caller.id,
                  email: options.caller.email ?? `${options.caller.id.toLowerCase()}@test.example`,
                  'cognito:groups': `[${options.caller.roles.join(' ')}]`,
                },
                scopes: null,
              },
            },
          }
        : {}),
    },
  };
}

/**
 * The context the local runtime gives an invocation, shared by every call of a test file: its
 * clock never runs out (middy ends a handler early when the remaining time does).
 */
export const lambdaContext = {
  ...localLambdaContext('test', 'request'),
  getRemainingTimeInMillis: () => 29_000,
};

export interface ParsedResult {
  status: number;
  headers: Record<string, string>;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export function parseResult(result: HttpResult): ParsedResult {
  const headers = Object.fromEntries(Object.entries(result.headers ?? {}).map(([k, v]) => [k, String(v)]));
  const isJson = /json/.test(headers['content-type'] ?? '');
  return {
    status: result.statusCode ?? 200,
    headers,
    body: isJson && result.body ? JSON.parse(result.body) : result.body,
  };
}

type Handler = (event: HttpEvent, context: Context) => Promise<HttpResult>;

/** The function that serves each route, whose declared data its calls are held to. */
const functionOfRoute = new Map<string, string>(
  DOMAIN_FUNCTIONS.flatMap((fn) =>
    fn.operations.map((operation) => [`${operation.method} ${operation.path}`, fn.name] as const),
  ),
);

/** Calls a domain handler as API Gateway would and parses the answer. */
export function caller(handler: Handler) {
  return async (routeKey: string, path: string, options: RequestOptions = {}) => {
    const invoke = () => handler(httpEvent(routeKey, path, options), lambdaContext);
    const fn = functionOfRoute.get(routeKey);
    const result = parseResult(await (fn ? asFunction(fn, invoke) : invoke()));
    assertDocumented(routeKey, result.status, result.headers['content-type'], result.body);
    return result;
  };
}

export const asCaller = (employee: Pick<Employee, 'id' | 'roles'>) => ({
  id: employee.id,
  roles: employee.roles,
});
