import { newResource } from '#shared/clock.ts';
import { commit, TransactionCancelled } from '#shared/transaction.ts';
import type { NewContact, NewCustomer } from './model.ts';
import { newCustomerResource } from './rules.ts';
import { contactWrites, createCustomerWrites } from './store.ts';

/**
 * A customer moved in from a spreadsheet, with its contact: filed as `POST /customers` files one
 * (its name claimed, audited, `customer.filed`), in one transaction with the contact. A company
 * already on file (its name, case and spacing aside) is left as it is: importing the same sheet
 * again changes nothing.
 */
export async function importCustomer(
  input: NewCustomer & { ownerId: string },
  contact: NewContact | undefined,
  actorId: string,
): Promise<'created' | 'exists'> {
  const customer = newCustomerResource(input, { ownerId: input.ownerId, actorId });
  try {
    await commit([
      ...createCustomerWrites(customer),
      ...(contact
        ? contactWrites(undefined, newResource({ ...contact, customerId: customer.id }), actorId)
        : []),
    ]);
    return 'created';
  } catch (error) {
    if (error instanceof TransactionCancelled && error.failedCondition('customerNameClaim')) return 'exists';
    throw error;
  }
}
