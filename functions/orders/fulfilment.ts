import { commitChange, type Caused, causes } from '#shared/change.ts';
import type * as z from 'zod/mini';
import { newId, nowIso } from '#shared/clock.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { resourceReply } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { fulfilmentRestarted, orderShipped, productionUpdated } from './events.ts';
import {
  acceptProduction,
  completeProduction,
  recordShipment,
  reportProgress,
  restartFulfilment,
} from './fulfilment-rules.ts';
import {
  newShipment,
  type Order,
  productionAcceptance,
  productionCompletion,
  productionProgress,
  type Shipment,
  type TimelineEntry,
} from './model.ts';
import { workView, ownOrder } from './rules.ts';
import { entry, orderFor } from './steps.ts';
import { orderWrites, shipmentWrite } from './store.ts';

/**
 * The people's steps of fulfilment: production accepts, reports and completes;
 * logistics ships; sales admin restarts a stalled workflow (the receipt and its problems are in
 * receipts.ts). Each commits the order's change with its event, from which the workflow resumes
 * and people are told.
 */

async function commitOrderChange(
  before: Order,
  after: Order,
  timeline: Omit<TimelineEntry, 'id'>,
  actor: string,
  events: Caused[],
) {
  await commitChange(orderWrites(before, after, timeline, actor, { events }));
}

function productionEvent(order: Order, what: 'accepted' | 'progress' | 'completed') {
  return causes(productionUpdated, {
    orderId: order.id,
    ownerId: order.ownerId,
    what,
    ...(order.plannedCompletion ? { plannedCompletion: order.plannedCompletion } : {}),
    ...(order.progress?.percent !== undefined ? { percent: order.progress.percent } : {}),
    ...(order.progress?.milestone ? { milestone: order.progress.milestone } : {}),
  });
}

/**
 * A step of production's: production only; the order's change, its timeline entry and
 * `order.production-updated`, from which the rep is told and the workflow goes on.
 */
function productionStep<B extends z.ZodMiniType>(step: {
  operationId: string;
  segment: string;
  body: B;
  what: 'accepted' | 'progress' | 'completed';
  apply(order: Order, body: z.output<B>, at: string): Order;
  note(body: z.output<B>): string | undefined;
}): Operation {
  return defineOperation({
    operationId: step.operationId,
    method: 'POST',
    path: `/orders/{id}/production/${step.segment}`,
    auth: 'jwt',
    roles: ['production'],
    ownership: [ownOrder],
    params: idParams,
    body: step.body,
    async handle({ caller, params, body }) {
      const order = await orderFor(caller, params.id);
      const at = nowIso();
      const next = step.apply(order, body as z.output<B>, at);
      const said = entry(at, `production-${step.what}`, caller.id, step.note(body as z.output<B>));
      await commitOrderChange(order, next, said, caller.id, [productionEvent(next, step.what)]);
      return resourceReply(workView(next));
    },
  });
}

const accept = productionStep({
  operationId: 'acceptOrderProduction',
  segment: 'acceptance',
  body: productionAcceptance,
  what: 'accepted',
  apply: (order, body, at) => acceptProduction(order, body.plannedCompletion, at),
  note: (body) => [`Planned completion ${body.plannedCompletion}`, body.note].filter(Boolean).join('; '),
});

const progress = productionStep({
  operationId: 'reportOrderProgress',
  segment: 'progress',
  body: productionProgress,
  what: 'progress',
  apply: (order, body, at) => reportProgress(order, body, at),
  note: (body) =>
    [body.percent !== undefined ? `${body.percent} %` : undefined, body.milestone, body.note]
      .filter(Boolean)
      .join('; '),
});

const complete = productionStep({
  operationId: 'completeOrderProduction',
  segment: 'completion',
  body: productionCompletion,
  what: 'completed',
  apply: (order, _body, at) => completeProduction(order, at),
  note: (body) => body.note,
});

const ship = defineOperation({
  operationId: 'recordShipment',
  method: 'POST',
  path: '/orders/{id}/shipments',
  auth: 'jwt',
  roles: ['logistics'],
  ownership: [ownOrder],
  params: idParams,
  body: newShipment,
  idempotent: true,
  async handle(request) {
    const { caller, params, body } = request;
    const order = await orderFor(caller, params.id);
    const at = nowIso();
    const { order: next, lines } = recordShipment(order, body.lines, at);
    const shipment: Shipment = {
      id: newId(),
      orderId: order.id,
      lines,
      carrier: body.carrier,
      trackingNumber: body.trackingNumber,
      shippedOn: body.shippedOn,
      recordedBy: caller.id,
      at,
    };
    const items = orderWrites(
      order,
      next,
      entry(at, 'shipped', caller.id, `${body.carrier} ${body.trackingNumber}`),
      caller.id,
      {
        with: [shipmentWrite(shipment)],
        events: [
          causes(orderShipped, {
            orderId: order.id,
            ownerId: order.ownerId,
            customerId: order.customerId,
            shipmentId: shipment.id,
            carrier: shipment.carrier,
            trackingNumber: shipment.trackingNumber,
            shippedOn: shipment.shippedOn,
            lines: lines.map(({ productName, model, quantity }) => ({ productName, model, quantity })),
            complete: next.status === 'shipped',
          }),
        ],
      },
    );
    return createOnce(request, items, {
      status: 201,
      body: shipment,
      headers: { location: `/orders/${order.id}` },
    });
  },
});

const restart = defineOperation({
  operationId: 'restartOrderFulfilment',
  method: 'POST',
  path: '/orders/{id}/fulfilment',
  auth: 'jwt',
  roles: ['sales_admin'],
  ownership: [ownOrder],
  params: idParams,
  async handle({ caller, params }) {
    const order = await orderFor(caller, params.id);
    const at = nowIso();
    const next = restartFulfilment(order, at);
    await commitOrderChange(order, next, entry(at, 'fulfilment-restarted', caller.id), caller.id, [
      causes(fulfilmentRestarted, { orderId: order.id, ownerId: order.ownerId, run: next.fulfilmentRun }),
    ]);
    return { ...resourceReply(next), status: 202 };
  },
});

export const fulfilmentOperations: readonly Operation[] = [accept, progress, complete, ship, restart];
