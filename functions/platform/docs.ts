/** OpenAPI text and response shapes of the platform operations, keyed by operation id. */
import * as z from 'zod/mini';
import type { OperationDocs } from '#shared/http.ts';

const tags = ['Platform'];

export const platformDocs: Record<string, OperationDocs> = {
  getHealth: {
    summary: 'Liveness check',
    tags,
    responses: [
      { status: 200, description: 'The API answers.', schema: z.object({ status: z.literal('ok') }) },
    ],
  },
  getOpenApiDocument: {
    summary: 'This API as an OpenAPI 3.1 document',
    tags,
    responses: [
      { status: 200, description: 'The document, generated from the route and schema declarations.' },
    ],
  },
  getAsyncApiDocument: {
    summary: 'The domain events as an AsyncAPI 3 document',
    tags,
    responses: [
      { status: 200, description: 'The document, generated from the event table (docs/events.md in words).' },
    ],
  },
  getApiReference: {
    summary: 'API reference page',
    tags,
    responses: [
      {
        status: 200,
        description: 'An HTML page rendering the OpenAPI document, with a sign-in for “Try it out”.',
        contentType: 'text/html',
      },
    ],
  },
  getApiReferenceAsset: {
    summary: "The API reference page's script and style sheet",
    tags,
    responses: [
      { status: 200, description: 'The file.', contentType: 'text/javascript' },
      { status: 404, description: 'No such file.' },
    ],
  },
};
