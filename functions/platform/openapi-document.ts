import * as z from 'zod/mini';
import { ANY_EMPLOYEE } from '#shared/access.ts';
import { ROLES } from '#shared/roles.ts';
import type { Operation, OperationDocs, ResponseSpec } from '#shared/http.ts';
import type { Schema } from '#shared/validation.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '#shared/listing.ts';
import { idempotencyProblems } from '#shared/problem-responses.ts';

/**
 * Builds the OpenAPI 3.1 document from the route table and its zod schemas. Runs at build time
 * (`npm run openapi`); the platform function serves the committed result.
 */
type JsonSchema = Record<string, unknown>;

/**
 * Named models (`named` in #shared/schemas.ts), collected as the operations (or, for the AsyncAPI
 * document, the event payloads) meet them, and defined once under `components.schemas`. A named model must read the same as a request's part and as an
 * answer (no defaults or transforms that differ): a model that does not is refused at build time,
 * to be named apart, rather than published with one of its two forms.
 */
type ModelCollector = ReturnType<typeof modelCollector>;
const REF = '#/components/schemas/';

export function modelCollector() {
  const schemas: Record<string, JsonSchema> = {};
  const jsonSchema = (schema: Schema, io: 'input' | 'output'): JsonSchema => {
    const {
      $schema: _dialect,
      $defs,
      ...rest
    } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema & {
      $defs?: Record<string, JsonSchema>;
    };
    const refer = (json: unknown) =>
      JSON.parse(JSON.stringify(json).replaceAll('#/$defs/', REF)) as JsonSchema;
    for (const [name, definition] of Object.entries($defs ?? {})) {
      const model = refer(definition);
      if (schemas[name] && JSON.stringify(schemas[name]) !== JSON.stringify(model))
        throw new Error(`Model ${name} reads differently as ${io}: name that form apart`);
      schemas[name] = model;
    }
    return refer(rest);
  };
  /** The named models, in name order. */
  const models = () => Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)));
  return { jsonSchema, models };
}

function parametersOf(
  jsonSchema: ModelCollector['jsonSchema'],
  where: 'path' | 'query',
  schema: Schema | undefined,
) {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (object.required ?? []).includes(name),
    // Every list's `limit` arrives as text but means a whole number in these bounds.
    schema:
      where === 'query' && name === 'limit'
        ? { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE }
        : property,
  }));
}

/** What API Gateway's JWT authorizer itself answers before any function runs. */
const GATEWAY_401 = {
  schema: {
    type: 'object',
    required: ['message'],
    properties: { message: { const: 'Unauthorized' } },
  },
};

function responseOf(
  jsonSchema: ModelCollector['jsonSchema'],
  response: ResponseSpec,
  auth: Operation['auth'],
) {
  if (response.status >= 400) {
    // Pages for people (the approval link) answer their errors as pages too.
    if (response.contentType)
      return {
        description: response.description,
        content: { [response.contentType]: { schema: { type: 'string' } } },
      };
    return {
      description:
        response.status === 401 && auth === 'jwt'
          ? `${response.description} The gateway's authorizer answers \`{"message":"Unauthorized"}\` (application/json); the function answers a problem.`
          : response.description,
      content: {
        'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        ...(response.status === 401 && auth === 'jwt' ? { 'application/json': GATEWAY_401 } : {}),
      },
    };
  }
  const contentType = response.contentType ?? 'application/json';
  return {
    description: response.description,
    // A 202 that says what it accepted documents its body too; a 204 has none.
    ...(response.status === 200 || response.status === 201 || (response.status === 202 && response.schema)
      ? {
          headers:
            response.status === 201
              ? { Location: { schema: { type: 'string' } }, ETag: { schema: { type: 'string' } } }
              : undefined,
          content: {
            [contentType]: { schema: response.schema ? jsonSchema(response.schema, 'output') : {} },
            ...Object.fromEntries(
              (response.alsoAs ?? []).map((type) => [type, { schema: { type: 'string' } }]),
            ),
          },
        }
      : {}),
  };
}

const idempotencyHeader = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description: 'Makes the create safe to repeat: a repeat within 24 hours returns the first response.',
  schema: { type: 'string', maxLength: 255 },
};
const ifMatchHeader = {
  name: 'If-Match',
  in: 'header',
  required: true,
  description: 'The ETag of the version the change is based on.',
  schema: { type: 'string' },
};

/** Who may call it, in words: its roles and ownership rules, as the pipeline and the operation check them. */
export function whoMay(operation: Operation): string | undefined {
  const rules = (operation.ownership ?? []).map((rule) => `*${rule.name}*: ${rule.description}`);
  if (operation.auth === 'public') return rules.length ? `**Who:** ${rules.join(' ')}` : undefined;
  const roles =
    operation.roles === ANY_EMPLOYEE
      ? 'any employee'
      : operation.roles.map((role) => `\`${role}\``).join(', ');
  return [`**Roles:** ${roles}.`, ...rules.map((rule) => `**Ownership:** ${rule}`)].join(' ');
}

export interface DocumentedOperation {
  operation: Operation;
  docs: OperationDocs;
}

/**
 * An operation's documented answers, with those its Idempotency-Key may give (a key still in
 * progress, a key used for another request) wherever its own documentation leaves them out.
 */
function responsesOf(operation: Operation, docs: OperationDocs) {
  if (!operation.idempotent) return docs.responses;
  const listed = new Set(docs.responses.map((response) => response.status));
  return [...docs.responses, ...idempotencyProblems.filter((problem) => !listed.has(problem.status))];
}

export function buildOpenApiDocument(entries: readonly DocumentedOperation[]) {
  const { jsonSchema, models } = modelCollector();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { operation, docs } of entries) {
    const parameters = [
      ...parametersOf(jsonSchema, 'path', operation.params),
      ...parametersOf(jsonSchema, 'query', operation.query),
      ...(operation.idempotent ? [idempotencyHeader] : []),
      ...(operation.conditional ? [ifMatchHeader] : []),
    ];
    const who = whoMay(operation);
    (paths[operation.path] ??= {})[operation.method.toLowerCase()] = {
      operationId: operation.operationId,
      summary: docs.summary,
      ...(docs.description || who
        ? { description: [docs.description, who].filter(Boolean).join('\n\n') }
        : {}),
      ...(operation.auth === 'jwt'
        ? { 'x-roles': operation.roles === ANY_EMPLOYEE ? [...ROLES] : operation.roles }
        : {}),
      ...(operation.ownership ? { 'x-ownership': operation.ownership.map((rule) => rule.name) } : {}),
      tags: docs.tags,
      security: operation.auth === 'jwt' ? [{ bearerAuth: [] }] : [],
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(operation.body
        ? {
            requestBody: {
              required: true,
              content: Object.fromEntries(
                (operation.bodyTypes ?? ['application/json']).map((type) => [
                  type,
                  { schema: jsonSchema(docs.requestBody ?? operation.body, 'input') },
                ]),
              ),
            },
          }
        : {}),
      responses: Object.fromEntries(
        responsesOf(operation, docs).map((response) => [
          String(response.status),
          responseOf(jsonSchema, response, operation.auth),
        ]),
      ),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'sales-department',
      version: '1.0.0',
      description: `The backend of a manufacturer's sales department. Lists take \`limit\` (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}) and \`cursor\`; errors are RFC 9457 problem details.`,
      license: { name: 'UNLICENSED: proprietary, all rights reserved', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [
      {
        url: 'https://{apiId}.execute-api.{region}.amazonaws.com',
        description: 'A deployed stage (`cdk deploy` prints its URL as ApiUrl).',
        variables: {
          apiId: { default: 'api-id', description: 'The HTTP API id.' },
          region: { default: 'ap-east-1', description: 'The AWS Region it is deployed in.' },
        },
      },
      { url: 'http://localhost:3000', description: 'The local runtime (`npm start`).' },
    ],
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            instance: { type: 'string' },
            errors: {
              type: 'array',
              items: {
                type: 'object',
                required: ['in', 'path', 'message'],
                properties: {
                  in: { enum: ['body', 'query', 'path', 'header'] },
                  path: { type: 'string' },
                  message: { type: 'string' },
                },
              },
            },
          },
        },
        ...models(),
      },
    },
    paths,
  };
}
