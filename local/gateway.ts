import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Context } from 'aws-lambda';
import { asFunction } from './data-scope.ts';
import { lambdaContext } from './lambda-context.ts';
import type { HttpEvent, HttpResult } from '../functions/shared/http.ts';
import { API_CORS, type DomainFunction } from '../functions/routes.ts';
import type { LocalIssuer } from './issuer.ts';

/**
 * A local stand-in for API Gateway's HTTP API: matches the same route table, checks bearer tokens
 * like the JWT authorizer, turns each request into a payload 2.0 event and calls the same handler
 * module the Lambda function runs.
 */
export type LambdaHandler = (event: HttpEvent, context: Context) => Promise<HttpResult>;

interface Route {
  routeKey: string;
  method: string;
  pattern: RegExp;
  parameterNames: string[];
  literalSegments: number;
  auth: 'jwt' | 'public';
  functionName: string;
  handler: LambdaHandler;
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;

function compileRoutes(
  functions: readonly (DomainFunction & { handler: LambdaHandler })[],
): Map<string, Route[]> {
  const routes = functions.flatMap((fn) =>
    fn.operations.map((operation) => {
      const segments = operation.path.split('/').filter(Boolean);
      const parameterNames: string[] = [];
      const pattern = segments
        .map((segment) => {
          const parameter = /^\{(\w+)\}$/.exec(segment);
          if (!parameter) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          parameterNames.push(parameter[1]!);
          return '([^/]+)';
        })
        .join('/');
      return {
        routeKey: `${operation.method} ${operation.path}`,
        method: operation.method,
        pattern: new RegExp(`^/${pattern}/?$`),
        parameterNames,
        literalSegments: segments.length - parameterNames.length,
        auth: operation.auth,
        functionName: fn.name,
        handler: fn.handler,
      };
    }),
  );
  // Like API Gateway, the most specific route wins: literal segments before path parameters. Kept
  // by method and first segment (every path starts with a literal one), so a request tests a few.
  const byStart = new Map<string, Route[]>();
  for (const route of routes.sort((a, b) => b.literalSegments - a.literalSegments)) {
    const key = routeGroup(route.method, route.routeKey.slice(route.method.length + 1));
    byStart.set(key, [...(byStart.get(key) ?? []), route]);
  }
  return byStart;
}

/** The group a request's route is in: its method and the first segment of its path. */
const routeGroup = (method: string, path: string) => `${method} ${path.split('/', 2)[1]}`;

/** API Gateway passes array claims on as a bracketed, space-separated string. */
function flattenClaims(payload: Record<string, unknown>): Record<string, string> {
  const claims: Record<string, string> = {};
  for (const name in payload) {
    const value = payload[name];
    claims[name] = Array.isArray(value) ? `[${value.join(' ')}]` : String(value);
  }
  return claims;
}

const EMPTY = Buffer.alloc(0);

async function readBody(request: IncomingMessage): Promise<Buffer | 'too-large'> {
  // A request without a body (most GETs) has nothing to wait for.
  if (request.headers['content-length'] === undefined && request.headers['transfer-encoding'] === undefined)
    return EMPTY;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function send(
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string | Buffer,
) {
  response.writeHead(status, headers);
  response.end(body);
}

/** API Gateway's request time (`06/Dec/2026:12:00:00 +0000`), written once a second. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
let lastTime = { second: -1, text: '' };
function requestTime(now: Date): string {
  const second = Math.floor(now.getTime() / 1000);
  if (second !== lastTime.second) {
    const two = (value: number) => String(value).padStart(2, '0');
    lastTime = {
      second,
      text: `${two(now.getUTCDate())}/${MONTHS[now.getUTCMonth()]}/${now.getUTCFullYear()}:${two(now.getUTCHours())}:${two(now.getUTCMinutes())}:${two(now.getUTCSeconds())} +0000`,
    };
  }
  return lastTime.text;
}

const corsHeaders = (origin: string | undefined): Record<string, string> =>
  origin
    ? {
        'access-control-allow-origin': '*',
        'access-control-expose-headers': API_CORS.exposeHeaders.join(','),
      }
    : {};

/** Local-only controls (never part of the deployed API), e.g. firing a schedule now. */
export type LocalControl = (url: URL, body: Buffer) => Promise<{ status: number; body: unknown }>;

export interface GatewayOptions {
  functions: readonly (DomainFunction & { handler: LambdaHandler })[];
  issuer: LocalIssuer;
  /** Handlers under /local/, keyed by method and the path segment after /local/. */
  controls?: Record<string, LocalControl>;
  log?: (line: string) => void;
  /**
   * False while the runtime is still starting (demo data, first classes): every request, `/health`
   * included, is then a 503 with Retry-After, so a client that waits for health waits for this.
   */
  isReady?: () => boolean;
}

export function createGateway({
  functions,
  issuer,
  controls = {},
  log,
  isReady = () => true,
}: GatewayOptions): Server {
  const routes = compileRoutes(functions);

  async function serve(request: IncomingMessage, response: ServerResponse) {
    const started = performance.now();
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    const origin = request.headers.origin;
    const done = (status: number) =>
      log?.(`${method} ${url.pathname} ${status} ${(performance.now() - started).toFixed(1)}ms`);

    if (method === 'OPTIONS' && origin) {
      send(
        response,
        204,
        {
          'access-control-allow-origin': '*',
          'access-control-allow-methods': API_CORS.allowMethods.join(','),
          'access-control-allow-headers': API_CORS.allowHeaders.join(','),
          'access-control-max-age': String(API_CORS.maxAgeSeconds),
        },
        '',
      );
      return done(204);
    }
    const control = url.pathname.startsWith('/local/')
      ? controls[`${method} ${url.pathname.split('/')[2]}`]
      : undefined;
    if (control) {
      const body = await readBody(request);
      if (body === 'too-large') {
        send(response, 413, { 'content-type': 'application/json' }, JSON.stringify({ message: 'Too large' }));
        return done(413);
      }
      const result = await control(url, body).catch((error: unknown) => ({
        status: 500,
        body: { message: (error as Error).message },
      }));
      send(response, result.status, { 'content-type': 'application/json' }, JSON.stringify(result.body));
      return done(result.status);
    }
    if (!isReady()) {
      const starting =
        url.pathname === '/health'
          ? { status: 'starting' }
          : {
              type: '/problems/starting',
              title: 'Starting',
              status: 503,
              detail: 'The local runtime is still starting (demo data, first classes); retry shortly.',
            };
      send(
        response,
        503,
        {
          'content-type': url.pathname === '/health' ? 'application/json' : 'application/problem+json',
          'retry-after': '2',
        },
        JSON.stringify(starting),
      );
      return done(503);
    }
    if (method === 'GET' && url.pathname === '/.well-known/jwks.json') {
      send(response, 200, { 'content-type': 'application/json' }, JSON.stringify(issuer.jwks));
      return done(200);
    }

    const route = (routes.get(routeGroup(method, url.pathname)) ?? []).find((candidate) =>
      candidate.pattern.test(url.pathname),
    );
    if (!route) {
      // API Gateway answers unknown routes itself, with this body.
      send(
        response,
        404,
        { 'content-type': 'application/json', ...corsHeaders(origin) },
        '{"message":"Not Found"}',
      );
      return done(404);
    }

    let claims: Record<string, string> | undefined;
    if (route.auth === 'jwt') {
      const token = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
      try {
        if (!token) throw new Error('no bearer token');
        claims = flattenClaims(await issuer.verify(token));
      } catch (error) {
        // The JWT authorizer's own answer; the function is never called. The console says why.
        log?.(
          `401 ${method} ${url.pathname}: ${(error as Error).message}` +
            (/signature/i.test((error as Error).message)
              ? ' (a token from another checkout, or from before .data/ was deleted? make a new one with npm run token)'
              : ''),
        );
        send(
          response,
          401,
          { 'content-type': 'application/json', 'www-authenticate': 'Bearer', ...corsHeaders(origin) },
          '{"message":"Unauthorized"}',
        );
        return done(401);
      }
    }

    const body = await readBody(request);
    if (body === 'too-large') {
      send(response, 413, { 'content-type': 'application/json' }, '{"message":"Request Entity Too Large"}');
      return done(413);
    }

    const match = route.pattern.exec(url.pathname)!;
    let pathParameters: Record<string, string>;
    try {
      pathParameters = Object.fromEntries(
        route.parameterNames.map((name, index) => [name, decodeURIComponent(match[index + 1]!)]),
      );
    } catch {
      // API Gateway refuses a path it cannot decode before any function runs.
      send(response, 400, { 'content-type': 'application/json' }, '{"message":"Bad Request"}');
      return done(400);
    }
    // API Gateway tells functions how the client called.
    const headers: Record<string, string> = { 'x-forwarded-proto': 'http' };
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
    }
    const query: Record<string, string> = {};
    for (const [name, value] of url.searchParams)
      query[name] = name in query ? `${query[name]},${value}` : value;
    const requestId = randomUUID();
    const now = new Date();

    const event: HttpEvent = {
      version: '2.0',
      routeKey: route.routeKey,
      rawPath: url.pathname,
      rawQueryString: url.search.replace(/^\?/, ''),
      headers,
      ...(Object.keys(query).length > 0 ? { queryStringParameters: query } : {}),
      ...(route.parameterNames.length > 0 ? { pathParameters } : {}),
      ...(body.length > 0 ? { body: body.toString('utf8') } : {}),
      isBase64Encoded: false,
      requestContext: {
        accountId: '000000000000',
        apiId: 'local',
        domainName: headers.host ?? 'localhost',
        domainPrefix: 'localhost',
        http: {
          method,
          path: url.pathname,
          protocol: `HTTP/${request.httpVersion}`,
          sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
          userAgent: headers['user-agent'] ?? '',
        },
        requestId,
        routeKey: route.routeKey,
        stage: '$default',
        time: requestTime(now),
        timeEpoch: now.getTime(),
        ...(claims ? { authorizer: { jwt: { claims, scopes: [] } } } : {}),
      },
    };

    try {
      const result = await asFunction(route.functionName, () =>
        route.handler(event, lambdaContext(route.functionName, requestId)),
      );
      const resultBody = result.isBase64Encoded
        ? Buffer.from(result.body ?? '', 'base64')
        : (result.body ?? '');
      const resultHeaders = Object.fromEntries(
        Object.entries(result.headers ?? {}).map(([name, value]) => [name, String(value)]),
      );
      send(response, result.statusCode ?? 200, { ...resultHeaders, ...corsHeaders(origin) }, resultBody);
      done(result.statusCode ?? 200);
    } catch (error) {
      // What API Gateway answers when the function itself fails.
      console.error(`${route.functionName} failed:`, error);
      send(response, 500, { 'content-type': 'application/json' }, '{"message":"Internal Server Error"}');
      done(500);
    }
  }

  return createServer((request, response) => {
    serve(request, response).catch((error: unknown) => {
      // A client that hangs up mid-request (a load test ending, a browser tab closed) is no error.
      if (request.destroyed || (error as { code?: string }).code === 'ECONNRESET') return;
      console.error('gateway error:', error);
      if (!response.headersSent)
        send(response, 500, { 'content-type': 'application/json' }, '{"message":"Internal Server Error"}');
    });
  });
}
