import { bumpVersion, nextVersion } from '#shared/clock.ts';
import { addDays } from '#shared/calendar.ts';
import { conflict, invalid } from '#shared/domain-errors.ts';
import type { Order, OrderStatus, ReceiptIssue, Shipment } from './model.ts';
import type { OrderSettings } from './settings.ts';

/**
 * Fulfilment's pure rules: production accepts, reports and completes; logistics
 * ships, in parts; the receipt is confirmed, perhaps with problems the rep resolves; the workflow
 * completes the order. Each transition moves the order's version.
 */

const changed = (order: Order, at: string, fields: Partial<Order>): Order =>
  nextVersion(
    {
      ...order,
      ...fields,
    },
    at,
  );

const said = (status: OrderStatus) => status.replaceAll('_', ' ');

function expect(order: Order, statuses: readonly OrderStatus[], action: string) {
  if (!statuses.includes(order.status))
    throw conflict(`Order ${order.id} is ${said(order.status)}; ${action}.`);
}

/** How far along an order is: the fulfilment workflow waits until an order reaches a status. */
const PROGRESS: Record<OrderStatus, number> = {
  received: 0,
  under_review: 0,
  returned: 0,
  awaiting_production: 1,
  in_production: 2,
  ready_to_ship: 3,
  shipping: 3,
  shipped: 4,
  receipt_issue: 4,
  delivered: 5,
  completed: 6,
};

/** Whether the order has got as far as `until` (so the workflow's wait for it is over). */
export const hasReached = (order: Pick<Order, 'status'>, until: OrderStatus): boolean =>
  PROGRESS[order.status] >= PROGRESS[until];

/** Production accepts a reviewed order with the date it plans to finish. */
export function acceptProduction(order: Order, plannedCompletion: string, at: string): Order {
  expect(order, ['awaiting_production'], 'only an order awaiting production is accepted');
  return changed(order, at, { status: 'in_production', plannedCompletion, progress: { percent: 0 } });
}

/** Production reports progress: a percent, a milestone, or both. */
export function reportProgress(
  order: Order,
  report: { percent?: number; milestone?: string },
  at: string,
): Order {
  expect(order, ['in_production'], 'progress is reported while it is in production');
  const percent = report.percent ?? order.progress?.percent;
  if (percent !== undefined && order.progress?.percent !== undefined && percent < order.progress.percent)
    throw invalid([
      {
        in: 'body',
        path: 'percent',
        message: `Progress does not go back: it was ${order.progress.percent} %.`,
      },
    ]);
  return changed(order, at, {
    progress: {
      ...(percent !== undefined ? { percent } : {}),
      ...(report.milestone ? { milestone: report.milestone } : {}),
    },
  });
}

export function completeProduction(order: Order, at: string): Order {
  expect(order, ['in_production'], 'only an order in production is completed by production');
  return changed(order, at, { status: 'ready_to_ship', progress: { ...order.progress, percent: 100 } });
}

/**
 * A shipment of some lines: never more than is left to ship of a line; the order is
 * shipped when every line is.
 */
export function recordShipment(
  order: Order,
  lines: readonly { line: number; quantity: number }[],
  at: string,
): { order: Order; lines: Shipment['lines'] } {
  expect(order, ['ready_to_ship', 'shipping'], 'shipments follow production’s completion');
  const shipped = [...order.shippedQuantities];
  const shipmentLines = lines.map(({ line, quantity }, index) => {
    const ordered = order.lines[line];
    if (!ordered)
      throw invalid([{ in: 'body', path: `lines.${index}.line`, message: `The order has no line ${line}.` }]);
    const left = ordered.quantity - shipped[line]!;
    if (quantity > left)
      throw conflict(
        `Line ${line} (${ordered.productName}): ${quantity} to ship, only ${left} left to ship.`,
      );
    shipped[line] = shipped[line]! + quantity;
    return {
      line,
      productId: ordered.productId,
      productName: ordered.productName,
      model: ordered.model,
      quantity,
    };
  });
  const complete = shipped.every((quantity, line) => quantity === order.lines[line]!.quantity);
  return {
    order: changed(order, at, { status: complete ? 'shipped' : 'shipping', shippedQuantities: shipped }),
    lines: shipmentLines,
  };
}

/**
 * The receipt of a shipped order, from the customer's link or the rep: delivered, or with problems
 * the rep resolves first.
 */
export function recordReceipt(order: Order, receipt: NonNullable<Order['receipt']>, problems: number): Order {
  expect(order, ['shipped'], 'the receipt follows the last shipment');
  return changed(order, receipt.at, {
    status: problems > 0 ? 'receipt_issue' : 'delivered',
    receipt,
    openIssues: problems,
  });
}

export function resolveIssue(
  order: Order,
  issue: ReceiptIssue,
  resolution: { text: string; by: string },
  at: string,
): { order: Order; issue: ReceiptIssue } {
  if (issue.status !== 'open') throw conflict(`Issue ${issue.id} is resolved already.`);
  const openIssues = Math.max(0, order.openIssues - 1);
  return {
    order: changed(order, at, {
      openIssues,
      status: order.status === 'receipt_issue' && openIssues === 0 ? 'delivered' : order.status,
    }),
    issue: bumpVersion({
      ...issue,
      status: 'resolved',
      resolution: resolution.text,
      resolvedBy: resolution.by,
      resolvedAt: at,
    }),
  };
}

/** The workflow's last step: a delivered order is complete; completing it again changes nothing. */
export function completeOrder(order: Order, on: string, at: string): Order | undefined {
  if (order.status === 'completed') return undefined;
  expect(order, ['delivered'], 'only a delivered order is completed');
  return changed(order, at, { status: 'completed', completedOn: on });
}

/** The workflow gave up on this run: sales admin sees why and starts it again. */
export function stallFulfilment(order: Order, run: number, reason: string, at: string): Order | undefined {
  if (order.fulfilmentRun !== run || order.status === 'completed') return undefined;
  return changed(order, at, { stalled: { at, reason } });
}

export function restartFulfilment(order: Order, at: string): Order {
  if (!order.stalled) throw conflict(`Order ${order.id}'s fulfilment is not stalled.`);
  const { stalled: _stalled, ...rest } = order;
  return changed(rest, at, { fulfilmentRun: order.fulfilmentRun + 1 });
}

/** Who is waited for at each step, and until when (the deadlines job reminds them then). */
export function waitDeadline(
  order: Order,
  until: OrderStatus,
  since: string,
  settings: OrderSettings,
): { dueOn: string; waitingFor: 'production' | 'logistics' | 'rep' } | undefined {
  const day = since.slice(0, 10);
  switch (until) {
    case 'in_production':
      return { dueOn: addDays(day, settings.productionAcceptDays), waitingFor: 'production' };
    case 'ready_to_ship':
      return order.plannedCompletion
        ? { dueOn: order.plannedCompletion, waitingFor: 'production' }
        : undefined;
    case 'shipped':
      return { dueOn: order.deliveryDate, waitingFor: 'logistics' };
    case 'delivered':
      return { dueOn: addDays(day, settings.receiptDays), waitingFor: 'rep' };
    default:
      // The review has its own deadlines (the review kit's reminders and escalation).
      return undefined;
  }
}
