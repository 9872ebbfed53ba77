/** OpenAPI text and response shapes of the customer-care operations, keyed by operation id. */
import type { OperationDocs } from '#shared/http.ts';
import { pageOf } from '#shared/listing.ts';
import { authProblems, bodyProblems, notFoundProblem } from '#shared/problem-responses.ts';
import { careMessage, revisit } from './model.ts';

const tags = ['Customer care'];

export const careDocs: Record<string, OperationDocs> = {
  listRevisits: {
    summary: 'List revisits (your own by default)',
    description:
      'The daily revisit planning opens a revisit when a customer has not been contacted within its class interval (A 30, B 90, C 180 days by default); at most one is open per customer. The manager and sales admin may pass `owner=<id>` or `owner=all`.',
    tags,
    responses: [
      { status: 200, description: 'One page of revisits, by status and due date.', schema: pageOf(revisit) },
      ...authProblems,
    ],
  },
  getRevisit: {
    summary: 'Read a revisit',
    tags,
    responses: [
      { status: 200, description: 'The revisit.', schema: revisit },
      ...authProblems,
      notFoundProblem,
    ],
  },
  completeRevisit: {
    summary: 'Complete a revisit with its outcome and the customer\u2019s satisfaction',
    description:
      "Also writes a communication record on the customer's file (R-2.6.3). Completing twice is a 409.",
    tags,
    responses: [
      { status: 200, description: 'The completed revisit.', schema: revisit },
      ...authProblems,
      notFoundProblem,
      { status: 409, description: 'The revisit is already completed.' },
      ...bodyProblems,
    ],
  },
  listCareMessages: {
    summary: 'Care messages sent to a customer\u2019s contacts (birthdays, holidays), newest first',
    tags,
    responses: [
      { status: 200, description: 'One page of care messages.', schema: pageOf(careMessage) },
      ...authProblems,
      notFoundProblem,
    ],
  },
};
