import type * as z from 'zod/mini';
import { type Caller, hasAnyRole, requireRole } from '#shared/caller.ts';
import type { Role } from '#shared/roles.ts';
import { newId, nowIso } from '#shared/clock.ts';
import { recordEvent } from '#shared/events.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { found, resourceReply } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { commitChange, type TransactItem } from '#shared/transaction.ts';
import { notAllowed } from '#shared/domain-errors.ts';
import {
  fulfilmentRestarted,
  orderReceived,
  orderShipped,
  productionUpdated,
  receiptIssueResolved,
} from './events.ts';
import {
  acceptProduction,
  completeProduction,
  recordReceipt,
  recordShipment,
  reportProgress,
  resolveIssue,
  restartFulfilment,
} from './fulfilment-rules.ts';
import {
  issueParams,
  issueResolution,
  newShipment,
  type Order,
  productionAcceptance,
  productionCompletion,
  productionProgress,
  type ReceiptIssue,
  receiptRecord,
  type Shipment,
  type TimelineEntry,
} from './model.ts';
import { assertOrderAccess, workView } from './rules.ts';
import { getOrder, getOrderFile, issueWrite, orderWrites, shipmentWrite } from './store.ts';

/**
 * The people's steps of fulfilment: production accepts, reports and completes;
 * logistics ships; the rep records a receipt and resolves its problems; sales admin restarts a
 * stalled workflow. Each commits the order's change with its event, from which the workflow
 * resumes and people are told.
 */

async function orderFor(caller: Caller, id: string, roles: readonly Role[], action: string) {
  const order = found(await getOrder(id), `Order ${id}`);
  assertOrderAccess(caller, order);
  requireRole(caller, roles, action);
  return order;
}

/** The rep acts on their own orders; sales admin and the manager on any. */
function assertRepOrAdmin(caller: Caller, order: Order) {
  if (!hasAnyRole(caller, ['sales_admin', 'sales_manager']) && order.ownerId !== caller.id)
    throw notAllowed(`Order ${order.id} belongs to another sales rep.`);
}

const entry = (at: string, what: string, by: string, note?: string): Omit<TimelineEntry, 'id'> => ({
  at,
  what,
  by,
  ...(note ? { note } : {}),
});

async function commitOrderChange(
  before: Order,
  after: Order,
  timeline: Omit<TimelineEntry, 'id'>,
  actor: string,
  more: TransactItem[],
) {
  await commitChange([...orderWrites(before, after, timeline, actor), ...more], before.id);
}

function productionEvent(order: Order, actor: string, what: 'accepted' | 'progress' | 'completed') {
  return recordEvent(productionUpdated, {
    subject: { type: 'order', id: order.id },
    subjectVersion: order.version,
    actor,
    at: order.updatedAt,
    payload: {
      orderId: order.id,
      ownerId: order.ownerId,
      what,
      ...(order.plannedCompletion ? { plannedCompletion: order.plannedCompletion } : {}),
      ...(order.progress?.percent !== undefined ? { percent: order.progress.percent } : {}),
      ...(order.progress?.milestone ? { milestone: order.progress.milestone } : {}),
    },
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
  action: string;
  apply(order: Order, body: z.output<B>, at: string): Order;
  note(body: z.output<B>): string | undefined;
}): Operation {
  return defineOperation({
    operationId: step.operationId,
    method: 'POST',
    path: `/orders/{id}/production/${step.segment}`,
    auth: 'jwt',
    params: idParams,
    body: step.body,
    async handle({ caller, params, body }) {
      const order = await orderFor(caller, params.id, ['production'], step.action);
      const at = nowIso();
      const next = step.apply(order, body as z.output<B>, at);
      const said = entry(at, `production-${step.what}`, caller.id, step.note(body as z.output<B>));
      await commitOrderChange(order, next, said, caller.id, [productionEvent(next, caller.id, step.what)]);
      return resourceReply(workView(next));
    },
  });
}

const accept = productionStep({
  operationId: 'acceptOrderProduction',
  segment: 'acceptance',
  body: productionAcceptance,
  what: 'accepted',
  action: 'accept orders for production',
  apply: (order, body, at) => acceptProduction(order, body.plannedCompletion, at),
  note: (body) => [`Planned completion ${body.plannedCompletion}`, body.note].filter(Boolean).join('; '),
});

const progress = productionStep({
  operationId: 'reportOrderProgress',
  segment: 'progress',
  body: productionProgress,
  what: 'progress',
  action: 'report production progress',
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
  action: 'complete production',
  apply: (order, _body, at) => completeProduction(order, at),
  note: (body) => body.note,
});

const ship = defineOperation({
  operationId: 'recordShipment',
  method: 'POST',
  path: '/orders/{id}/shipments',
  auth: 'jwt',
  params: idParams,
  body: newShipment,
  idempotent: true,
  async handle(request) {
    const { caller, params, body } = request;
    const order = await orderFor(caller, params.id, ['logistics'], 'record shipments');
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
    const items = [
      ...orderWrites(
        order,
        next,
        entry(at, 'shipped', caller.id, `${body.carrier} ${body.trackingNumber}`),
        caller.id,
      ),
      shipmentWrite(shipment),
      recordEvent(orderShipped, {
        subject: { type: 'order', id: order.id },
        subjectVersion: next.version,
        actor: caller.id,
        at,
        payload: {
          orderId: order.id,
          ownerId: order.ownerId,
          customerId: order.customerId,
          shipmentId: shipment.id,
          carrier: shipment.carrier,
          trackingNumber: shipment.trackingNumber,
          shippedOn: shipment.shippedOn,
          lines: lines.map(({ productName, model, quantity }) => ({ productName, model, quantity })),
          complete: next.status === 'shipped',
        },
      }),
    ];
    return createOnce(request, items, {
      status: 201,
      body: shipment,
      headers: { location: `/orders/${order.id}` },
    });
  },
});

/** The receipt's change of the order, its issues and its event: from the rep or the customer's link. */
export function receiptWrites(
  order: Order,
  receipt: NonNullable<Order['receipt']>,
  problems: readonly { kind: ReceiptIssue['kind']; description: string }[],
): { next: Order; items: TransactItem[] } {
  const next = recordReceipt(order, receipt, problems.length);
  const issues: ReceiptIssue[] = problems.map((problem) => ({
    id: newId(),
    orderId: order.id,
    kind: problem.kind,
    description: problem.description,
    reportedBy: receipt.by,
    reportedAt: receipt.at,
    status: 'open',
    version: 1,
  }));
  const note = problems.length > 0 ? `${problems.length} problem(s) reported` : undefined;
  return {
    next,
    items: [
      ...orderWrites(order, next, entry(receipt.at, 'received', receipt.by, note), receipt.by),
      ...issues.map((issue) => issueWrite(undefined, issue)),
      recordEvent(orderReceived, {
        subject: { type: 'order', id: order.id },
        subjectVersion: next.version,
        actor: receipt.by,
        at: receipt.at,
        payload: {
          orderId: order.id,
          ownerId: order.ownerId,
          customerId: order.customerId,
          via: receipt.via,
          ...(receipt.by.startsWith('contact:') ? { contactId: receipt.by.slice('contact:'.length) } : {}),
          receivedOn: receipt.receivedOn,
          problems: problems.length,
          issues: issues.map((issue) => ({
            issueId: issue.id,
            kind: issue.kind,
            description: issue.description,
          })),
        },
      }),
    ],
  };
}

const receive = defineOperation({
  operationId: 'recordOrderReceipt',
  method: 'POST',
  path: '/orders/{id}/receipt',
  auth: 'jwt',
  params: idParams,
  body: receiptRecord,
  async handle({ caller, params, body }) {
    const order = await orderFor(
      caller,
      params.id,
      ['sales_rep', 'sales_admin', 'sales_manager'],
      'record receipts',
    );
    assertRepOrAdmin(caller, order);
    const at = nowIso();
    const { next, items } = receiptWrites(
      order,
      { at, by: caller.id, via: 'rep', receivedOn: body.receivedOn },
      body.problems,
    );
    await commitChange(items, order.id);
    return resourceReply(next);
  },
});

/**
 * A receipt issue resolved, by its rep or by the service ticket that solved it: the issue, the
 * order (delivered when none is left open) and its event.
 */
export function issueResolutionWrites(
  order: Order,
  issue: ReceiptIssue,
  resolution: string,
  by: string,
  at: string,
): { issue: ReceiptIssue; items: TransactItem[] } {
  const resolved = resolveIssue(order, issue, { text: resolution, by }, at);
  return {
    issue: resolved.issue,
    items: [
      ...orderWrites(order, resolved.order, entry(at, 'issue-resolved', by, resolution), by),
      issueWrite(issue, resolved.issue),
      recordEvent(receiptIssueResolved, {
        subject: { type: 'order', id: order.id },
        subjectVersion: resolved.order.version,
        actor: by,
        at,
        payload: {
          orderId: order.id,
          ownerId: order.ownerId,
          issueId: issue.id,
          openIssues: resolved.order.openIssues,
          resolution,
        },
      }),
    ],
  };
}

const resolve = defineOperation({
  operationId: 'resolveReceiptIssue',
  method: 'POST',
  path: '/orders/{id}/issues/{issueId}/resolution',
  auth: 'jwt',
  params: issueParams,
  body: issueResolution,
  async handle({ caller, params, body }) {
    const file = found(await getOrderFile(params.id), `Order ${params.id}`);
    const { order } = file;
    assertOrderAccess(caller, order);
    requireRole(caller, ['sales_rep', 'sales_admin', 'sales_manager'], 'resolve receipt issues');
    assertRepOrAdmin(caller, order);
    const issue = found(
      file.issues.find((candidate) => candidate.id === params.issueId),
      `Issue ${params.issueId} of order ${params.id}`,
    );
    const { issue: resolved, items } = issueResolutionWrites(
      order,
      issue,
      body.resolution,
      caller.id,
      nowIso(),
    );
    await commitChange(items, order.id);
    return resourceReply(resolved);
  },
});

const restart = defineOperation({
  operationId: 'restartOrderFulfilment',
  method: 'POST',
  path: '/orders/{id}/fulfilment',
  auth: 'jwt',
  params: idParams,
  async handle({ caller, params }) {
    const order = await orderFor(caller, params.id, ['sales_admin'], 'restart order fulfilment');
    const at = nowIso();
    const next = restartFulfilment(order, at);
    await commitOrderChange(order, next, entry(at, 'fulfilment-restarted', caller.id), caller.id, [
      recordEvent(fulfilmentRestarted, {
        subject: { type: 'order', id: order.id },
        subjectVersion: next.version,
        actor: caller.id,
        at,
        payload: { orderId: order.id, ownerId: order.ownerId, run: next.fulfilmentRun },
      }),
    ]);
    return { ...resourceReply(next), status: 202 };
  },
});

export const fulfilmentOperations: readonly Operation[] = [
  accept,
  progress,
  complete,
  ship,
  receive,
  resolve,
  restart,
];
