import { auditChange } from '#shared/audit.ts';
import { query } from '#shared/db.ts';
import { newId } from '#shared/clock.ts';
import {
  type ListScope,
  type PageParameters,
  getResource,
  queryPage,
  scopedPartition,
  toResource,
} from '#shared/listing.ts';
import { putNew, putVersioned, type TransactItem } from '#shared/transaction.ts';
import { OrderTimeline, Orders } from './entities.ts';
import type { Order, OrderStatus, TimelineEntry } from './model.ts';

const orderItem = (order: Order) => Orders.item(order, order);

export async function getOrder(id: string): Promise<Order | undefined> {
  return getResource<Order>(Orders.key({ id }));
}

/** A change of the order with its timeline entry and audit record. */
export function orderWrites(
  before: Order,
  after: Order,
  entry: Omit<TimelineEntry, 'id'>,
  actorId: string,
): TransactItem[] {
  return [
    putVersioned(before, orderItem(after)),
    timelineWrite(after.id, entry),
    auditChange(Orders.key({ id: after.id }), {
      type: 'Order',
      id: after.id,
      actorId,
      at: after.updatedAt,
      before,
      after,
    }),
  ];
}

/** A new order with the first entry of its timeline. */
export function createOrderWrites(
  order: Order,
  entry: Omit<TimelineEntry, 'id'>,
  actorId: string,
): TransactItem[] {
  return [
    putNew(orderItem(order)),
    timelineWrite(order.id, entry),
    auditChange(Orders.key({ id: order.id }), {
      type: 'Order',
      id: order.id,
      actorId,
      at: order.createdAt,
      after: order,
    }),
  ];
}

export function timelineWrite(orderId: string, entry: Omit<TimelineEntry, 'id'>): TransactItem {
  const id = newId();
  return putNew(OrderTimeline.item({ orderId, at: entry.at, id }, { ...entry, id }));
}

/** The order and its whole timeline, oldest first, in one Query. */
export async function getOrderFile(
  id: string,
): Promise<{ order: Order; timeline: TimelineEntry[] } | undefined> {
  let order: Order | undefined;
  const timeline: TimelineEntry[] = [];
  let startKey: Record<string, string> | undefined;
  do {
    const page = await query({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': Orders.partition({ id }) },
      ExclusiveStartKey: startKey,
    });
    for (const item of page.items) {
      if (item.entityType === Orders.type) order = toResource<Order>(item);
      else if (item.entityType === OrderTimeline.type) timeline.push(toResource<TimelineEntry>(item));
    }
    startKey = page.lastKey;
  } while (startKey);
  return order && { order, timeline };
}

/**
 * One rep's orders or the department's, optionally in one status; `lateOn` keeps those due before
 * that day. Department-wide a status is a sort key prefix (by delivery date); a rep's few orders
 * are filtered.
 */
export function listOrders(
  scope: ListScope,
  filter: { status?: OrderStatus; lateOn?: string },
  page: PageParameters,
) {
  const { status, lateOn } = filter;
  const late = lateOn
    ? { expression: 'deliveryDate < :lateOn', names: {}, values: { ':lateOn': lateOn } }
    : undefined;
  if (scope === 'department') {
    const prefix = status ? `${status}#` : '';
    return queryPage<Order>({
      ...scopedPartition(scope, Orders),
      ...(status && lateOn
        ? { sortKeyBetween: { attribute: 'gsi2sk', from: prefix, to: `${prefix}${lateOn}` } }
        : status
          ? { sortKeyPrefix: { attribute: 'gsi2sk', value: prefix } }
          : {}),
      ...(late && !status ? { filter: late } : {}),
      ...page,
    });
  }
  const conditions = [...(status ? ['#status = :status'] : []), ...(late ? [late.expression] : [])];
  return queryPage<Order>({
    ...scopedPartition(scope, Orders),
    ...(conditions.length > 0
      ? {
          filter: {
            expression: conditions.join(' AND '),
            names: status ? { '#status': 'status' } : {},
            values: { ...(status ? { ':status': status } : {}), ...late?.values },
          },
        }
      : {}),
    ...page,
  });
}
