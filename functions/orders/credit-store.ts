import { changeWrites } from '#shared/change.ts';
import { collectAll, getResource, queryPage, scopedPartition } from '#shared/listing.ts';
import type { CreditLimit } from './credit-model.ts';
import { CreditLimits, Installments } from './entities.ts';
import type { Installment } from './model.ts';

export const getCreditLimit = (customerId: string, consistent = false) =>
  getResource<CreditLimit>(CreditLimits.key({ customerId }), consistent);

export const creditLimitWrites = (before: CreditLimit | undefined, after: CreditLimit) =>
  changeWrites({
    entity: CreditLimits,
    key: after,
    before,
    after,
    actor: after.setBy,
    id: after.customerId,
  });

/**
 * A customer's open installments: the department's open receivables (a sparse index holding only
 * what is still owed) narrowed to the customer. One read of what the department is owed, not of
 * the customer's whole history; a department owed on tens of thousands of installments at once
 * would want a per-customer index instead.
 */
export function customerOpenInstallments(customerId: string): Promise<Installment[]> {
  const { sortKey: _sortKey, ...partition } = scopedPartition('department', Installments);
  return collectAll((page) =>
    queryPage<Installment>({
      ...partition,
      filter: {
        expression: '#customer = :customer',
        names: { '#customer': 'customerId' },
        values: { ':customer': customerId },
      },
      ...page,
    }),
  );
}
