/** OpenAPI text of the archive operations, keyed by operation id. */
import * as z from 'zod/mini';
import type { OperationDocs } from '#shared/http.ts';
import { pageOf } from '#shared/listing.ts';
import {
  authProblems,
  bodyProblems,
  idempotencyProblems,
  notFoundProblem,
} from '#shared/problem-responses.ts';
import { archivedDocument, newDocument } from './model.ts';

const tags = ['Archive'];

export const archiveDocs: Record<string, OperationDocs> = {
  archiveDocument: {
    summary: 'Archive a document (R-7.2) and get its upload URL',
    description:
      'A contract, quote or customer material of a customer the caller may see, or market research (with or without a customer). Answers the metadata and a presigned `PUT` URL (five minutes) signed for the content type and exact size: the file goes straight to the private documents bucket. Honours `Idempotency-Key`.',
    tags,
    requestBody: newDocument,
    responses: [
      {
        status: 201,
        description: 'Archived; upload the file to the URL with these headers.',
        schema: z.object({
          document: archivedDocument,
          upload: z.object({
            url: z.string(),
            method: z.string(),
            headers: z.record(z.string(), z.string()),
            expiresAt: z.string(),
          }),
        }),
      },
      ...authProblems,
      notFoundProblem,
      ...bodyProblems,
      ...idempotencyProblems,
    ],
  },
  findDocuments: {
    summary: 'Find documents by customer, type and words of their title or tags',
    description:
      '`customerId`: that customer’s documents (optionally of a `type`), for whoever may see the customer. Without it: the documents of a `type` department-wide (sales admin and the manager), or market research for everyone in sales. `q`: every word must appear in the title or the tags, any case. Newest first.',
    tags,
    responses: [
      { status: 200, description: 'One page of documents.', schema: pageOf(archivedDocument) },
      ...authProblems,
      notFoundProblem,
    ],
  },
  getDocument: {
    summary: 'Read a document’s metadata with a download URL',
    description:
      'For whoever may see its customer. The presigned `GET` URL is valid five minutes. 409 until the file is uploaded.',
    tags,
    responses: [
      {
        status: 200,
        description: 'The metadata and the download URL.',
        schema: z.object({
          document: archivedDocument,
          download: z.object({ url: z.string(), expiresAt: z.string() }),
        }),
      },
      ...authProblems,
      notFoundProblem,
      { status: 409, description: 'The file has not been uploaded yet.' },
    ],
  },
};
