import { newResource } from '#shared/clock.ts';
import { collectAll, queryPage, type PageParameters } from '#shared/listing.ts';
import { commit } from '#shared/transaction.ts';
import { Purchases } from './entities.ts';
import type { NewPurchase, Purchase } from './model.ts';
import { classificationSettings } from './settings.ts';
import { listPurchases, purchaseWrites } from './store.ts';

/** The currency purchases are recorded in. */
export const purchaseCurrency = () => classificationSettings().currency;

/** A purchase from a history sheet: the customer's, with the invoice or delivery note it came from. */
export type ImportedPurchase = NewPurchase & { reference: string };

/**
 * What identifies a customer's purchases on file: each one's reference and, for one recorded
 * otherwise (an order, by hand), its id, which the export gives as its reference.
 */
export async function purchaseReferences(customerId: string): Promise<Set<string>> {
  const purchases = await collectAll((page) => listPurchases(customerId, page));
  return new Set(
    purchases.flatMap((purchase) => [purchase.id, ...(purchase.reference ? [purchase.reference] : [])]),
  );
}

/**
 * Files one imported purchase as `POST /customers/{id}/purchases` would (its audit record and
 * `purchase.recorded`, so the customer's statistics and class count it), unless the customer has
 * it already: `references` is the customer's (purchaseReferences), kept current by the caller
 * across the rows of one run.
 */
export async function importPurchase(
  customerId: string,
  input: ImportedPurchase,
  references: Set<string>,
  actorId: string,
): Promise<'created' | 'exists'> {
  if (references.has(input.reference)) return 'exists';
  await commit(purchaseWrites(newResource({ ...input, customerId, recordedBy: actorId })));
  references.add(input.reference);
  return 'created';
}

/** The department's purchases from one day to another (both included), oldest first. */
export const purchasesBetween = (from: string, to: string, page: PageParameters) =>
  queryPage<Purchase>({
    index: 'gsi1',
    partition: { attribute: 'gsi1pk', value: Purchases.indexPartition('gsi1', {}) },
    sortKeyBetween: { attribute: 'gsi1sk', from: `${from}#`, to: `${to}#~` },
    ...page,
  });
