import type { Caller } from '#shared/caller.ts';
import { found } from '#shared/resource-replies.ts';
import type { Customer } from './model.ts';
import { assertCustomerAccess } from './rules.ts';
import { getCustomer } from './store.ts';

/** The customer, if it exists (404) and the caller may work with it (403): every domain's entry. */
export async function visibleCustomer(caller: Caller, id: string): Promise<Customer> {
  const customer = found(await getCustomer(id), `Customer ${id}`);
  assertCustomerAccess(caller, customer);
  return customer;
}
