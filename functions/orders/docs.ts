/** OpenAPI text of the order operations, keyed by operation id. */
import * as z from 'zod/mini';
import type { OperationDocs } from '#shared/http.ts';
import { pageOf } from '#shared/listing.ts';
import { authProblems, bodyProblems, notFoundProblem } from '#shared/problem-responses.ts';
import { order, timelineEntry } from './model.ts';

const tags = ['Orders'];
export const orderDocs: Record<string, OperationDocs> = {
  listOrders: {
    summary: 'List orders (a rep’s own; the sales manager, sales admin and finance all)',
    description:
      '`status` keeps one status (department-wide, by delivery date); `lateOn` keeps those whose delivery date is before that day, e.g. today’s date with an open status for the orders late against their delivery date.',
    tags,
    responses: [{ status: 200, description: 'One page of orders.', schema: pageOf(order) }, ...authProblems],
  },
  getOrder: {
    summary: 'Read an order with its whole timeline',
    description:
      'The order (made from its effective contract, whose id it shares) and everything that happened to it, oldest first, read in one Query.',
    tags,
    responses: [
      {
        status: 200,
        description: 'The order.',
        schema: z.object({ ...order.def.shape, timeline: z.array(timelineEntry) }),
      },
      ...authProblems,
      notFoundProblem,
    ],
  },
  submitOrder: {
    summary: 'Put a returned order to sales admin’s review again',
    description:
      'An order goes to review by itself when it is created; when the review sends it back, its rep clarifies what was asked (the optional note goes into the timeline) and submits it again: a new round. Only a new or returned order can be submitted (409 otherwise).',
    tags,
    responses: [
      { status: 202, description: 'Under review.', schema: order },
      ...authProblems,
      notFoundProblem,
      { status: 409, description: 'Not a new or returned order, or nobody may review it.' },
      ...bodyProblems,
    ],
  },
};
