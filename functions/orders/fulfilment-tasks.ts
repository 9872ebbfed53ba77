import { causes, commitUnlessChanged } from '#shared/change.ts';
import middy from '@middy/core';
import * as z from 'zod/mini';
import { nowIso } from '#shared/clock.ts';
import { recordEvent } from '#shared/events.ts';
import { logContext, logger } from '#shared/observability.ts';
import { commit, type TransactItem } from '#shared/transaction.ts';
import { parsePart } from '#shared/validation.ts';
import { fulfilmentStalled, fulfilmentWaiting, orderCompleted } from './events.ts';
import { ORDER_STATUSES, type Order } from './model.ts';
import { completeOrder, stallFulfilment, waitDeadline } from './fulfilment-rules.ts';
import { orderSettings } from './settings.ts';
import { getOrder, orderWrites, waitWrite } from './store.ts';
import { completedOrderPayload } from './rules.ts';
import { getCustomer } from '../customers/public.ts';
import { getProducts } from '../sales/public.ts';

/**
 * The Tasks of the order-fulfilment workflow, in one function:
 * - `wait` stores the step's task token with the order and records `order.fulfilment-waiting`, from
 *   which the orders consumer resumes the workflow once the order has got that far (at once, if it
 *   already has);
 * - `complete` completes the delivered order (`order.completed` records the purchases);
 * - `stall`, the catch-all, marks the order stalled and tells sales admin and the rep.
 * Each is idempotent: a retry rewrites the same wait, or finds the order completed or marked.
 */
const taskInput = z.discriminatedUnion('task', [
  z.object({
    task: z.literal('wait'),
    orderId: z.string(),
    run: z.int(),
    until: z.enum(ORDER_STATUSES),
    taskToken: z.string(),
  }),
  z.object({ task: z.literal('complete'), orderId: z.string(), run: z.int() }),
  z.object({
    task: z.literal('stall'),
    orderId: z.string(),
    run: z.int(),
    failure: z.optional(z.object({ Error: z.string(), Cause: z.optional(z.string()) })),
  }),
]);

const ACTOR = 'order-fulfilment';

async function read(orderId: string) {
  const order = await getOrder(orderId, true);
  if (!order) throw new Error(`Order ${orderId} does not exist`);
  return order;
}

/**
 * Commits a change of the order. When the order changed meanwhile, that was either a concurrent
 * retry of this Task (the change is there: done) or someone else (throws, and the Task's retry
 * reads the order again).
 */
async function commitOnce(orderId: string, items: TransactItem[], done: (order: Order) => boolean) {
  if (await commitUnlessChanged(items)) return;
  if (!done(await read(orderId))) throw new Error(`Order ${orderId} changed meanwhile; read it again`);
}

export const handler = middy<unknown, { done: string }>()
  .use(logContext())
  .handler(async (event) => {
    const input = parsePart('body', taskInput, event);
    logger.appendKeys({ orderId: input.orderId, task: input.task });
    const at = nowIso();
    if (input.task === 'wait') {
      const order = await read(input.orderId);
      const deadline = waitDeadline(order, input.until, at, orderSettings());
      await commit([
        waitWrite({
          orderId: order.id,
          run: input.run,
          until: input.until,
          taskToken: input.taskToken,
          since: at,
          ...deadline,
        }),
        recordEvent(fulfilmentWaiting, {
          subject: { type: 'order', id: order.id },
          actor: ACTOR,
          at,
          payload: { orderId: order.id, run: input.run, until: input.until },
        }),
      ]);
      return { done: 'waiting' };
    }
    const order = await read(input.orderId);
    if (input.task === 'complete') {
      const completed = completeOrder(order, at.slice(0, 10), at);
      if (!completed) return { done: 'completed before' };
      // What the consumers count, read now: as it is at completion.
      const [customer, products] = await Promise.all([
        getCustomer(order.customerId),
        getProducts([...new Set(order.lines.map((line) => line.productId))]),
      ]);
      const costs = new Map([...products].map(([id, product]) => [id, product.standardCost]));
      await commitOnce(
        order.id,
        orderWrites(order, completed, { at, what: 'completed', by: ACTOR }, ACTOR, {
          events: [causes(orderCompleted, completedOrderPayload(completed, customer, costs))],
        }),
        (current) => current.status === 'completed',
      );
      return { done: 'completed' };
    }
    const reason =
      input.failure?.Error === 'States.Timeout'
        ? 'A step waited longer than the step timeout.'
        : `A step failed (${input.failure?.Error ?? 'error'}).`;
    const stalled = stallFulfilment(order, input.run, reason, at);
    // Logged for the operator; the execution then fails, which the workflow's alarm counts.
    logger.error('order fulfilment stalled', { run: input.run, error: input.failure?.Error });
    if (!stalled) return { done: 'stale run' };
    await commitOnce(
      order.id,
      orderWrites(order, stalled, { at, what: 'fulfilment-stalled', by: ACTOR, note: reason }, ACTOR, {
        events: [
          causes(fulfilmentStalled, { orderId: order.id, ownerId: order.ownerId, run: input.run, reason }),
        ],
      }),
      (current) => current.stalled !== undefined && current.fulfilmentRun === input.run,
    );
    return { done: 'stalled' };
  });
