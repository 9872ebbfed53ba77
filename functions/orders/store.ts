import { changeWrites, type ChangeExtras } from '#shared/change.ts';
import { query, tableName } from '#shared/db.ts';
import { useLink } from '#shared/link-pages.ts';
import { deleteIf, updateIf } from '#shared/db-update.ts';
import { newId } from '#shared/clock.ts';
import {
  collectAll,
  type ListScope,
  type PageParameters,
  getResource,
  queryPage,
  scopedPartition,
  toResource,
} from '#shared/listing.ts';
import { agingReport } from './receivable-rules.ts';
import { named, putNew, putVersioned, type TransactItem } from '#shared/transaction.ts';
import {
  FulfilmentWaits,
  OrderAmendments,
  Installments,
  OrderRefunds,
  OrderTimeline,
  Orders,
  ReceiptIssues,
  ReceiptLinks,
  Shipments,
} from './entities.ts';
import type {
  Amendment,
  Installment,
  Order,
  OrderStatus,
  ReceiptIssue,
  Refund,
  Shipment,
  TimelineEntry,
} from './model.ts';

export async function getOrder(id: string, consistent = false): Promise<Order | undefined> {
  return getResource<Order>(Orders.key({ id }), consistent);
}

/** A change of the order with its timeline entry (and audit record, events and other items). */
export function orderWrites(
  before: Order | undefined,
  after: Order,
  entry: Omit<TimelineEntry, 'id'>,
  actorId: string,
  also: ChangeExtras = {},
): TransactItem[] {
  return changeWrites({
    entity: Orders,
    key: after,
    before,
    after,
    actor: actorId,
    events: also.events,
    with: [timelineWrite(after.id, entry), ...(also.with ?? [])],
  });
}

/** A new order with the first entry of its timeline. */
export const createOrderWrites = (
  order: Order,
  entry: Omit<TimelineEntry, 'id'>,
  actorId: string,
  also: ChangeExtras = {},
) => orderWrites(undefined, order, entry, actorId, also);

/** A refund under the next number: of two recorded concurrently, one finds its number taken. */
export const refundWrite = (refund: Refund): TransactItem =>
  named('refund', putNew(OrderRefunds.item(refund, refund)));

export function timelineWrite(orderId: string, entry: Omit<TimelineEntry, 'id'>): TransactItem {
  const id = newId();
  return putNew(OrderTimeline.item({ orderId, at: entry.at, id }, { ...entry, id }));
}

/** Everything in an order's partition that people read. */
export interface OrderFile {
  order: Order;
  timeline: TimelineEntry[];
  shipments: Shipment[];
  issues: ReceiptIssue[];
  installments: Installment[];
  amendments: Amendment[];
  refunds: Refund[];
}

/**
 * The order with its timeline (oldest first), shipments, receipt issues and installments, in one
 * Query of its partition (pages of it, for a very long file).
 */
export async function getOrderFile(id: string, consistent = false): Promise<OrderFile | undefined> {
  let order: Order | undefined;
  const file: Omit<OrderFile, 'order'> = {
    timeline: [],
    shipments: [],
    issues: [],
    installments: [],
    amendments: [],
    refunds: [],
  };
  let startKey: Record<string, string> | undefined;
  do {
    const page = await query({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': Orders.partition({ id }) },
      ExclusiveStartKey: startKey,
      ConsistentRead: consistent,
    });
    for (const item of page.items) {
      switch (item.entityType) {
        case Orders.type:
          order = toResource<Order>(item);
          break;
        case OrderTimeline.type:
          file.timeline.push(toResource<TimelineEntry>(item));
          break;
        case Shipments.type:
          file.shipments.push(toResource<Shipment>(item));
          break;
        case ReceiptIssues.type:
          file.issues.push(toResource<ReceiptIssue>(item));
          break;
        case Installments.type:
          file.installments.push(toResource<Installment>(item));
          break;
        case OrderAmendments.type:
          file.amendments.push(toResource<Amendment>(item));
          break;
        case OrderRefunds.type:
          file.refunds.push(toResource<Refund>(item));
          break;
        default:
        // The audit trail, the workflow's wait and the receipt link are not part of the file.
      }
    }
    startKey = page.lastKey;
  } while (startKey);
  return order && { order, ...file };
}

export function amendmentWrite(before: Amendment | undefined, amendment: Amendment): TransactItem {
  return putVersioned(before, OrderAmendments.item(amendment, amendment));
}

export function shipmentWrite(shipment: Shipment): TransactItem {
  return putNew(Shipments.item({ orderId: shipment.orderId, id: shipment.id }, shipment));
}

export function issueWrite(before: ReceiptIssue | undefined, issue: ReceiptIssue): TransactItem {
  return putVersioned(before, ReceiptIssues.item({ orderId: issue.orderId, id: issue.id }, issue));
}

/**
 * For another domain's transaction: holds only while the receipt issue is open (`receiptIssueOpen`
 * when refused), so what follows from an open issue is not written after it was resolved.
 */
export function receiptIssueOpen(orderId: string, issueId: string): TransactItem {
  return named('receiptIssueOpen', {
    ConditionCheck: {
      TableName: tableName(),
      Key: ReceiptIssues.key({ orderId, id: issueId }),
      ConditionExpression: '#status = :open',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':open': 'open' },
    },
  });
}

/** Whether a receipt issue is open now (a consistent read). */
export async function isReceiptIssueOpen(orderId: string, issueId: string): Promise<boolean> {
  const issue = await getResource<ReceiptIssue>(ReceiptIssues.key({ orderId, id: issueId }), true);
  return issue?.status === 'open';
}

/** An installment; open ones carry their due date into the receivables indexes. */
export function installmentWrite(before: Installment | undefined, installment: Installment): TransactItem {
  return putVersioned(
    before,
    Installments.item(
      { ...installment, openDueDate: installment.status === 'open' ? installment.dueDate : undefined },
      installment,
    ),
  );
}

/** Removes an installment (a replaced payment plan), if unchanged since read. */
export function installmentDelete(installment: Installment): TransactItem {
  return {
    Delete: {
      TableName: tableName(),
      Key: Installments.key(installment),
      ConditionExpression: 'version = :version',
      ExpressionAttributeValues: { ':version': installment.version },
    },
  };
}

/** Open installments, by due date: the department's (`department`) or one rep's, due before a day. */
export function openInstallments(scope: ListScope, page: PageParameters, dueBefore?: string) {
  const { sortKey, ...partition } = scopedPartition(scope, Installments);
  return queryPage<Installment>({
    ...partition,
    ...(dueBefore ? { sortKeyBetween: { attribute: sortKey, from: '0', to: dueBefore } } : {}),
    ...page,
  });
}

// The fulfilment workflow's wait: stored with its task token, never shown.

export interface FulfilmentWait {
  orderId: string;
  run: number;
  until: OrderStatus;
  taskToken: string;
  since: string;
  dueOn?: string;
  waitingFor?: 'production' | 'logistics' | 'rep';
  remindedAt?: string;
}

export function waitWrite(wait: FulfilmentWait): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: FulfilmentWaits.item(
        { orderId: wait.orderId, remindOn: wait.remindedAt ? undefined : wait.dueOn },
        wait,
      ),
    },
  };
}

export async function getWait(orderId: string): Promise<FulfilmentWait | undefined> {
  return getResource<FulfilmentWait>(FulfilmentWaits.key({ orderId }), true);
}

/** Ends a wait the workflow no longer has (a newer wait, with another token, stays). */
export const endWait = (wait: FulfilmentWait) =>
  deleteIf(FulfilmentWaits.key({ orderId: wait.orderId }), {
    expression: 'taskToken = :token',
    values: { ':token': wait.taskToken },
  });

/** Waits whose deadline is on or before a day and that were not reminded yet. */
export const overdueWaits = (day: string) => (page: PageParameters) =>
  queryPage<FulfilmentWait>({
    index: 'gsi1',
    partition: { attribute: 'gsi1pk', value: FulfilmentWaits.indexPartition('gsi1', {}) },
    sortKeyBetween: { attribute: 'gsi1sk', from: '0', to: `${day}#~` },
    ...page,
  });

/** Marks a wait reminded (it leaves the deadlines index); false when it ended meanwhile. */
export const markWaitReminded = (wait: FulfilmentWait, at: string) =>
  updateIf(FulfilmentWaits.key({ orderId: wait.orderId }), {
    expression: 'SET remindedAt = :at REMOVE gsi1pk, gsi1sk',
    condition: 'taskToken = :token',
    values: { ':at': at, ':token': wait.taskToken },
  });

// The customer's receipt link: the token's digest only.

export interface ReceiptLink {
  orderId: string;
  contactId: string;
  contactName: string;
  email: string;
  language: 'zh-CN' | 'en';
  tokenHash: string;
  validUntil: string;
  usedAt?: string;
}

/** A new link replaces an earlier one of the order (whose token then no longer works). */
export function receiptLinkWrite(link: ReceiptLink): TransactItem {
  return { Put: { TableName: tableName(), Item: ReceiptLinks.item(link, link) } };
}

export async function getReceiptLink(orderId: string): Promise<ReceiptLink | undefined> {
  return getResource<ReceiptLink>(ReceiptLinks.key({ orderId }), true);
}

/** Uses the link once: the first confirmation wins. */
export const useReceiptLink = (link: ReceiptLink, at: string): TransactItem =>
  useLink('receiptLink', ReceiptLinks.key({ orderId: link.orderId }), link.tokenHash, at);

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

/** What is still owed department-wide on a day, by currency and days past due: the open installments only. */
export async function departmentAging(asOf: string) {
  const open = await collectAll((page) => openInstallments('department', page));
  return { asOf, openInstallments: open.length, currencies: agingReport(open, asOf) };
}
