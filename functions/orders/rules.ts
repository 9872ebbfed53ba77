import { type Caller, hasAnyRole, requireRole } from '#shared/caller.ts';

import { notAllowed } from '#shared/domain-errors.ts';
import type { Order } from './model.ts';

/**
 * Who sees orders: the rep their own; the sales manager, sales admin and finance (receivables) all.
 * Production and logistics get the views their own steps need when those steps come.
 */
export const ORDER_ROLES = ['sales_rep', 'sales_manager', 'sales_admin', 'finance'] as const;
const DEPARTMENT_WIDE = ['sales_manager', 'sales_admin', 'finance'] as const;

export const seesAllOrders = (caller: Caller) => hasAnyRole(caller, DEPARTMENT_WIDE);

export function assertOrderAccess(caller: Caller, order: Pick<Order, 'id' | 'ownerId'>): void {
  requireRole(caller, ORDER_ROLES, 'see orders');
  if (!seesAllOrders(caller) && order.ownerId !== caller.id)
    throw notAllowed(`Order ${order.id} belongs to another sales rep.`);
}

/** The order an effective contract becomes: its lines, terms and rep; received, to be reviewed. */
export function orderFromContract(
  contract: Pick<
    Order,
    | 'contractId'
    | 'quoteId'
    | 'customerId'
    | 'ownerId'
    | 'currency'
    | 'lines'
    | 'total'
    | 'deliveryDate'
    | 'paymentTerms'
    | 'signedOn'
  >,
  at: string,
): Order {
  return {
    id: contract.contractId,
    ...contract,
    status: 'received',
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}
