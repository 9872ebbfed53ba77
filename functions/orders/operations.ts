import { commitChange } from '#shared/change.ts';
import { ANY_EMPLOYEE } from '#shared/access.ts';
import * as z from 'zod/mini';
import { hasAnyRole } from '#shared/caller.ts';
import { reviewsOf, askedToDecide } from '../approvals/public.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { pageParameters } from '#shared/listing.ts';
import { found, resourceReply } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { nowIso } from '#shared/clock.ts';
import { conflict } from '#shared/problem.ts';
import { orderListQuery, resubmission } from './model.ts';
import { requestOrderReview } from './review.ts';
import { amendmentOperations } from './amendments.ts';
import { fulfilmentOperations } from './fulfilment.ts';
import { receiptOperations } from './receipts.ts';
import { receiptLinkOperations } from './receipt-links.ts';
import { receivableOperations } from './receivables.ts';
import { creditOperations } from './credit.ts';
import {
  assertOrderAccess,
  MONEY_ENTRIES,
  ORDER_ROLES,
  seesAllOrders,
  seesWorkOnly,
  workView,
  ownOrder,
} from './rules.ts';
import { getOrder, getOrderFile, listOrders, orderWrites } from './store.ts';

const list = defineOperation({
  operationId: 'listOrders',
  method: 'GET',
  path: '/orders',
  auth: 'jwt',
  roles: ORDER_ROLES,
  query: z.strictObject({ ...pageParameters, ...orderListQuery.def.shape }),
  async handle({ caller, query }) {
    const { status, lateOn, ...page } = query;
    const scope = seesAllOrders(caller) ? 'department' : { ownerId: caller.id };
    const found = await listOrders(scope, { status, lateOn }, page);
    return {
      status: 200,
      body: seesWorkOnly(caller) ? { ...found, items: found.items.map(workView) } : found,
    };
  },
});

const read = defineOperation({
  operationId: 'getOrder',
  method: 'GET',
  path: '/orders/{id}',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [ownOrder, askedToDecide],
  params: idParams,
  async handle({ caller, params }) {
    const { order, timeline, shipments, issues, installments, amendments } = found(
      await getOrderFile(params.id),
      `Order ${params.id}`,
    );
    // Whoever is asked to decide an amendment (legal) reads the order it changes.
    if (!hasAnyRole(caller, ORDER_ROLES) && (await reviewsOf('order-amendment', order.id, caller)).asked) {
      return {
        ...resourceReply(order),
        body: { ...order, timeline, shipments, issues, installments, amendments },
      };
    }
    assertOrderAccess(caller, order);
    // Production and logistics see the work: no prices, no receivables.
    if (seesWorkOnly(caller))
      return {
        ...resourceReply(order),
        body: {
          ...workView(order),
          timeline: timeline.filter((entry) => !MONEY_ENTRIES.has(entry.what)),
          shipments,
          issues,
        },
      };
    return {
      ...resourceReply(order),
      body: { ...order, timeline, shipments, issues, installments, amendments },
    };
  },
});

const submit = defineOperation({
  operationId: 'submitOrder',
  method: 'POST',
  path: '/orders/{id}/submit',
  auth: 'jwt',
  roles: ['sales_rep', 'sales_manager'],
  ownership: [ownOrder],
  params: idParams,
  body: resubmission,
  async handle({ caller, params, body }) {
    const order = found(await getOrder(params.id), `Order ${params.id}`);
    assertOrderAccess(caller, order);
    const at = nowIso();
    const review = await requestOrderReview(order, caller.id, at);
    if (!review) throw conflict('Nobody may review this order: there is no sales admin other than its rep.');
    await commitChange(
      orderWrites(
        order,
        review.next,
        { at, what: 'resubmitted', by: caller.id, ...(body.note ? { note: body.note } : {}) },
        caller.id,
        { events: [review.event] },
      ),
    );
    return { ...resourceReply(review.next), status: 202 };
  },
});

export const orderOperations: readonly Operation[] = [
  list,
  read,
  submit,
  ...fulfilmentOperations,
  ...receiptOperations,
  ...receivableOperations,
  ...creditOperations,
  ...receiptLinkOperations,
  ...amendmentOperations,
];
