import * as z from 'zod/mini';
import { requireRole } from '#shared/caller.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { pageParameters } from '#shared/listing.ts';
import { found, resourceReply } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { orderListQuery } from './model.ts';
import { assertOrderAccess, ORDER_ROLES, seesAllOrders } from './rules.ts';
import { getOrderFile, listOrders } from './store.ts';

const list = defineOperation({
  operationId: 'listOrders',
  method: 'GET',
  path: '/orders',
  auth: 'jwt',
  query: z.strictObject({ ...pageParameters, ...orderListQuery.def.shape }),
  async handle({ caller, query }) {
    requireRole(caller, ORDER_ROLES, 'list orders');
    const { status, lateOn, ...page } = query;
    const scope = seesAllOrders(caller) ? 'department' : { ownerId: caller.id };
    return { status: 200, body: await listOrders(scope, { status, lateOn }, page) };
  },
});

const read = defineOperation({
  operationId: 'getOrder',
  method: 'GET',
  path: '/orders/{id}',
  auth: 'jwt',
  params: idParams,
  async handle({ caller, params }) {
    const { order, timeline } = found(await getOrderFile(params.id), `Order ${params.id}`);
    assertOrderAccess(caller, order);
    return { ...resourceReply(order), body: { ...order, timeline } };
  },
});

export const orderOperations: readonly Operation[] = [list, read];
