import { type Caller, hasAnyRole } from '#shared/caller.ts';
import { notAllowed } from '#shared/domain-errors.ts';
import { found } from '#shared/resource-replies.ts';
import type {} from '#shared/roles.ts';
import type { Order, TimelineEntry } from './model.ts';
import { assertOrderAccess } from './rules.ts';
import { getOrder } from './store.ts';

/** What every person's step on an order checks first, and how it writes its timeline entry. */

/** The order, if it exists (404) and is the caller's to act on (`ownOrder`, 403). */
export async function orderFor(caller: Caller, id: string) {
  const order = found(await getOrder(id), `Order ${id}`);
  assertOrderAccess(caller, order);
  return order;
}

/** The rep acts on their own orders; sales admin and the manager on any. */
export function assertRepOrAdmin(caller: Caller, order: Order) {
  if (!hasAnyRole(caller, ['sales_admin', 'sales_manager']) && order.ownerId !== caller.id)
    throw notAllowed(`Order ${order.id} belongs to another sales rep.`);
}

export const entry = (at: string, what: string, by: string, note?: string): Omit<TimelineEntry, 'id'> => ({
  at,
  what,
  by,
  ...(note ? { note } : {}),
});
