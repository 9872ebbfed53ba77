/** OpenAPI text of the order operations, keyed by operation id. */
import * as z from 'zod/mini';
import type { OperationDocs } from '#shared/http.ts';
import { pageOf } from '#shared/listing.ts';
import { authProblems, notFoundProblem } from '#shared/problem-responses.ts';
import { resourceFields } from '#shared/schemas.ts';
import { quoteLine } from '../sales/docs.ts';
import { ORDER_STATUSES } from './model.ts';

const tags = ['Orders'];
const order = z.object({
  ...resourceFields,
  contractId: z.string(),
  quoteId: z.string(),
  customerId: z.string(),
  ownerId: z.string(),
  currency: z.string(),
  lines: z.array(quoteLine),
  total: z.int(),
  deliveryDate: z.string(),
  paymentTerms: z.string(),
  signedOn: z.string(),
  status: z.enum(ORDER_STATUSES),
});
const timelineEntry = z.object({
  id: z.string(),
  at: z.string(),
  what: z.string(),
  by: z.string(),
  note: z.optional(z.string()),
});

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
