import type { Caller } from '#shared/caller.ts';
import { localDate, timeZone } from '#shared/calendar.ts';
import { assertCustomerAccess, seesAllCustomers } from '../customers/public.ts';

export const CATALOGUE_EDITORS = ['sales_manager', 'sales_admin'] as const;
export const today = () => localDate(new Date(), timeZone());

/** Opportunities and quotes belong to their customer's rep; the same people see them. */
export function assertOwned(caller: Caller, thing: { id: string; ownerId: string }) {
  assertCustomerAccess(caller, { id: thing.id, ownerId: thing.ownerId });
}

export const scopeOf = (caller: Caller) =>
  seesAllCustomers(caller) ? ('department' as const) : { ownerId: caller.id };
