/** OpenAPI text of the order operations, keyed by operation id. */
import * as z from 'zod/mini';
import type { OperationDocs } from '#shared/http.ts';
import { pageOf } from '#shared/listing.ts';
import { authProblems, notFoundProblem } from '#shared/problem-responses.ts';
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
};
