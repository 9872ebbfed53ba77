import { nextVersion } from '#shared/clock.ts';
import { defineOwnership } from '#shared/access.ts';
import { type Caller, hasAnyRole, requireRole } from '#shared/caller.ts';

import { conflict, notAllowed } from '#shared/domain-errors.ts';
import { formatMoney } from '#shared/money.ts';
import type { ChainStep, ReviewSubject, Verdict } from '../approvals/public.ts';
import { lineSummary } from '../sales/public.ts';
import type { PayloadOf } from '#shared/events.ts';
import type { contractSigned } from '../contracts/public.ts';
import type { orderCompleted } from './events.ts';
import type { Order, OrderWorkView } from './model.ts';

/**
 * Who sees orders: the rep their own; the sales manager, sales admin and finance
 * (receivables) all; production and logistics all, without prices or receivables, for their steps.
 */
export const ORDER_ROLES = [
  'sales_rep',
  'sales_manager',
  'sales_admin',
  'finance',
  'production',
  'logistics',
] as const;
const SEE_PRICES = ['sales_manager', 'sales_admin', 'finance'] as const;
const WORK_ROLES = ['production', 'logistics'] as const;

export const seesAllOrders = (caller: Caller) => hasAnyRole(caller, [...SEE_PRICES, ...WORK_ROLES]);
/** Production and logistics (and nobody with a sales role) see the work, not the prices. */
export const seesWorkOnly = (caller: Caller) =>
  hasAnyRole(caller, WORK_ROLES) && !hasAnyRole(caller, [...SEE_PRICES, 'sales_rep']);

/** Checked by `assertOrderAccess`. */
export const ownOrder = defineOwnership(
  'own order',
  'A sales rep acts on the orders of their own customers; the sales manager, sales admin, finance, production and logistics on all (production and logistics see quantities and dates, not prices).',
);

export function assertOrderAccess(caller: Caller, order: Pick<Order, 'id' | 'ownerId'>): void {
  requireRole(caller, ORDER_ROLES, 'see orders');
  if (!seesAllOrders(caller) && order.ownerId !== caller.id)
    throw notAllowed(`Order ${order.id} belongs to another sales rep.`);
}

/** An order as production and logistics see it: quantities and dates, no prices. */
export function workView(order: Order): OrderWorkView {
  const { total: _total, tax: _tax, lines, ...rest } = order;
  return {
    ...rest,
    lines: lines.map(
      ({
        unitPrice: _p,
        discountBasisPoints: _d,
        lineTotal: _t,
        vatRateBasisPoints: _v,
        netAmount: _n,
        taxAmount: _x,
        ...line
      }) => line,
    ),
  };
}

/** Timeline entries that speak of money stay with those who see prices. */
export const MONEY_ENTRIES = new Set([
  'payment-recorded',
  'payment-plan-set',
  'payment-refunded',
  'receivable-written-off',
]);

/** The order an effective contract becomes: its lines, terms and rep; received, to be reviewed. */
export function orderFromContract(contract: PayloadOf<typeof contractSigned>, at: string): Order {
  return {
    ...contract,
    id: contract.contractId,
    status: 'received',
    reviewRound: 0,
    shippedQuantities: contract.lines.map(() => 0),
    openIssues: 0,
    fulfilmentRun: 1,
    amendments: 0,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}

/** The order review: sales admin checks the order before production; never its own rep. */
export const ORDER_REVIEW_CHAIN: readonly ChainStep[] = [
  { step: 'order-review', decider: { role: 'sales_admin' } },
];

/** A received order, or one sent back and clarified by its rep, goes to (another) review round. */
export function submitOrder(order: Order, at: string): Order {
  if (order.status !== 'received' && order.status !== 'returned')
    throw conflict(
      `Order ${order.id} is ${order.status.replace('_', ' ')}; only a new or returned order is reviewed.`,
    );
  return nextVersion(
    {
      ...order,
      status: 'under_review',
      reviewRound: order.reviewRound + 1,
    },
    at,
  );
}

/** The round's outcome: to production, or back to the rep with the comment; a stale round changes nothing. */
export function afterOrderReview(order: Order, round: number, verdict: Verdict): Order | undefined {
  if (order.status !== 'under_review' || order.reviewRound !== round) return undefined;
  return verdict.approved
    ? nextVersion<Order>({ ...order, status: 'awaiting_production' }, verdict.at)
    : nextVersion<Order>({ ...order, status: 'returned', lastReturn: verdict.returned }, verdict.at);
}

/** An order's short name for people, in their language. */
export const orderTitle = (orderId: string, language: 'zh-CN' | 'en') =>
  language === 'en' ? `Order ${orderId.slice(-8)}` : `订单 ${orderId.slice(-8)}`;

/** What the sales admin reads: lines, delivery and payment terms, in both languages. */
export function orderReviewSubject(order: Order, customerName: string): ReviewSubject {
  const money = (value: number) => formatMoney(value, order.currency);
  const lines = order.lines.map((line) => lineSummary(line, order.currency));
  const returned = order.lastReturn;
  const en = {
    title: `${orderTitle(order.id, 'en')} for ${customerName}`,
    summary: [
      `Total: ${money(order.total)}; signed on ${order.signedOn}`,
      ...lines,
      `Delivery: ${order.deliveryDate}; payment: ${order.paymentTerms}`,
      ...(returned ? [`Previously sent back: ${returned.comment}`] : []),
    ],
  };
  const zh = {
    title: `${orderTitle(order.id, 'zh-CN')}（${customerName}）`,
    summary: [
      `合计：${money(order.total)}；签订日期：${order.signedOn}`,
      ...lines,
      `交货日期：${order.deliveryDate}；付款条件：${order.paymentTerms}`,
      ...(returned ? [`上次退回原因：${returned.comment}`] : []),
    ],
  };
  return { type: 'order', id: order.id, ownerId: order.ownerId, ...en, localized: { en, 'zh-CN': zh } };
}

/**
 * What `order.completed` says of a completed order: its lines, and what its consumers count as it
 * was at completion (the customer's name and region, each line's standard cost in the order's
 * currency when its product has one in that currency).
 */
export function completedOrderPayload(
  order: Order,
  customer: { name: string; region?: string | undefined } | undefined,
  costs: ReadonlyMap<string, { value: number; currency: string }>,
): PayloadOf<typeof orderCompleted> {
  return {
    orderId: order.id,
    ownerId: order.ownerId,
    customerId: order.customerId,
    customerName: customer?.name ?? order.customerId,
    region: customer?.region ?? 'unknown',
    currency: order.currency,
    total: order.total,
    receivedOn: order.receipt?.receivedOn ?? order.completedOn!,
    completedOn: order.completedOn!,
    lines: order.lines.map((line) => {
      const cost = costs.get(line.productId);
      return {
        productId: line.productId,
        productName: line.productName,
        model: line.model,
        quantity: line.quantity,
        amount: line.lineTotal,
        ...(cost?.currency === order.currency ? { standardCost: cost.value * line.quantity } : {}),
      };
    }),
  };
}
