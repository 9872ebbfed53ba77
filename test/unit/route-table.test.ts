import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../functions/platform/openapi-document.ts';
import { documentedOperations, DOMAIN_FUNCTIONS } from '../../functions/routes.ts';
import { routeKeyOf } from '../../functions/shared/http.ts';

const operations = DOMAIN_FUNCTIONS.flatMap((fn) => fn.operations);
const docsOf = (operation: (typeof operations)[number]) =>
  DOMAIN_FUNCTIONS.find((fn) => fn.operations.includes(operation))!.docs[operation.operationId]!;

describe('the route table', () => {
  it('has each route and operation id once', () => {
    const routeKeys = operations.map(routeKeyOf);
    expect(new Set(routeKeys).size).toBe(routeKeys.length);
    const ids = operations.map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('reads every conditionally changed resource at its path, or in its collection with its version', () => {
    const collection = (path: string) => path.slice(0, path.lastIndexOf('/'));
    for (const change of operations.filter((operation) => operation.conditional))
      expect(
        operations.some(
          (read) =>
            read.method === 'GET' && (read.path === change.path || read.path === collection(change.path)),
        ),
        routeKeyOf(change),
      ).toBe(true);
  });
  it('keeps everything but health, documentation and emailed-link pages behind the JWT authorizer', () => {
    const publicRoutes = operations.filter((operation) => operation.auth === 'public').map(routeKeyOf);
    expect(publicRoutes.sort()).toEqual([
      'GET /approvals/{id}',
      'GET /asyncapi.json',
      'GET /contact-messages/{id}',
      'GET /docs',
      'GET /docs/{asset}',
      'GET /evaluation-ratings/{id}',
      'GET /health',
      'GET /invitations/{id}',
      'GET /openapi.json',
      'GET /ratings/{id}',
      'GET /receipts/{id}',
      // The report page and its scripts: no figures; the page's script sends the reader's token.
      'GET /reports',
      'GET /reports/assets/{asset}',
      'GET /service-requests/{id}',
      'GET /training-sign-ins/{id}',
      'GET /training-surveys/{id}',
      'HEAD /approvals/{id}',
      'HEAD /contact-messages/{id}',
      'HEAD /evaluation-ratings/{id}',
      'HEAD /invitations/{id}',
      'HEAD /ratings/{id}',
      'HEAD /receipts/{id}',
      'HEAD /service-requests/{id}',
      'HEAD /training-sign-ins/{id}',
      'HEAD /training-surveys/{id}',
      // Authorized in the function: the emailed link's token, or the approver's bearer token.
      'POST /approvals/{id}/decision',
      // Authorized in the function: the token of the customer's emailed link (an invitation, a
      // satisfaction rating, a receipt, a problem report, a message) or a rater's evaluation link.
      'POST /contact-messages/{id}/send',
      'POST /evaluation-ratings/{id}/answer',
      'POST /invitations/{id}/answer',
      'POST /ratings/{id}/answer',
      'POST /receipts/{id}/confirmation',
      'POST /service-requests/{id}/report',
      // Authorized in the function: the token of an employee's emailed training link.
      'POST /training-sign-ins/{id}/confirmation',
      'POST /training-surveys/{id}/answer',
    ]);
  });
  it('declares path parameters for every placeholder', () => {
    for (const operation of operations) {
      const placeholders = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      const declared = Object.keys((operation.params?.def as { shape?: object } | undefined)?.shape ?? {});
      expect(declared.sort(), routeKeyOf(operation)).toEqual(placeholders.sort());
    }
  });
  it('marks creating POSTs idempotent and PATCHes conditional', () => {
    for (const operation of operations) {
      if (operation.method === 'PATCH') expect(operation.conditional, routeKeyOf(operation)).toBe(true);
      if (operation.method === 'POST' && docsOf(operation).responses.some((r) => r.status === 201)) {
        expect(operation.idempotent, routeKeyOf(operation)).toBe(true);
      }
    }
  });
});

describe('the OpenAPI document', () => {
  it('has documentation for exactly the operations of each function', () => {
    for (const fn of DOMAIN_FUNCTIONS) {
      expect(Object.keys(fn.docs).sort(), fn.name).toEqual(
        fn.operations.map((operation) => operation.operationId).sort(),
      );
    }
  });
  const document = buildOpenApiDocument(documentedOperations());
  it('is the committed docs/openapi.json (run npm run openapi after changing routes or schemas)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(document)));
  });
  it('documents every route with its security', () => {
    for (const operation of operations) {
      const entry = document.paths[operation.path]?.[operation.method.toLowerCase()] as {
        security: unknown[];
      };
      expect(entry, routeKeyOf(operation)).toBeDefined();
      expect(entry.security).toEqual(operation.auth === 'jwt' ? [{ bearerAuth: [] }] : []);
    }
  });
  it('describes the request body from the zod schema', () => {
    const post = document.paths['/customers']!.post as {
      requestBody: { content: Record<string, { schema: { required: string[] } }> };
    };
    expect(post.requestBody.content['application/json']!.schema.required).toEqual(
      expect.arrayContaining(['name', 'industry', 'region', 'source']),
    );
  });
});
