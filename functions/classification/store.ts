import { causes, changeWrites } from '#shared/change.ts';
import { newId } from '#shared/clock.ts';
import { batchGetItems } from '#shared/db.ts';
import { type PageParameters, getResource, queryPage, toResource } from '#shared/listing.ts';
import { putNew, type TransactItem } from '#shared/transaction.ts';
import type { ClassChange, ClassificationRecord, Purchase } from './model.ts';
import { type PurchaseStats } from './rules.ts';
import { customerClassified, purchaseRecorded } from './events.ts';
import { ClassChanges, Classifications, Purchases } from './entities.ts';
import { classWrite, customerStatistics } from '../customers/public.ts';

/**
 * Writes that record a purchase: the purchase, an audit record and the `purchase.recorded` event,
 * from which the customer's rolling aggregates count it.
 */
export const purchaseWrites = (purchase: Purchase): TransactItem[] =>
  changeWrites({
    entity: Purchases,
    key: purchase,
    before: undefined,
    after: purchase,
    actor: purchase.recordedBy,
    events: [
      causes(
        purchaseRecorded,
        {
          customerId: purchase.customerId,
          purchaseId: purchase.id,
          date: purchase.date,
          amount: { value: purchase.amount.value, currency: purchase.amount.currency },
        },
        { type: 'customer', id: purchase.customerId },
      ),
    ],
  });

export function listPurchases(customerId: string, page: PageParameters) {
  return queryPage<Purchase>({
    partition: { attribute: 'pk', value: Purchases.partition({ customerId }) },
    sortKeyPrefix: { attribute: 'sk', value: Purchases.skPrefix },
    newestFirst: true,
    ...page,
  });
}

export async function getClassification(customerId: string): Promise<ClassificationRecord | undefined> {
  return getResource<ClassificationRecord>(Classifications.key({ customerId }));
}

export function listClassChanges(customerId: string, page: PageParameters) {
  return queryPage<ClassChange>({
    partition: { attribute: 'pk', value: ClassChanges.partition({ customerId }) },
    sortKeyPrefix: { attribute: 'sk', value: ClassChanges.skPrefix },
    newestFirst: true,
    ...page,
  });
}

/**
 * One transaction for a new classification: the classification record (conditional on the
 * version read), and when the effective class changes, the customer's class (a new version of the
 * customer, so its ETag changes) with a history entry.
 */
export function classificationWrites(
  before: ClassificationRecord | undefined,
  after: ClassificationRecord,
  change:
    | {
        from: ClassChange['from'];
        to: ClassChange['to'];
        cause: ClassChange['cause'];
        by: string;
        reason?: string;
        at: string;
      }
    | undefined,
): TransactItem[] {
  return changeWrites({
    entity: Classifications,
    key: after,
    id: after.customerId,
    at: change?.at,
    before,
    after,
    actor: change?.by ?? 'classification',
    with: change
      ? [
          // The customer's own item changes as the customers domain says.
          classWrite(after.customerId, change.to, change.at),
          putNew(
            ClassChanges.item(
              { customerId: after.customerId, at: change.at, id: newId() },
              {
                at: change.at,
                from: change.from,
                to: change.to,
                cause: change.cause,
                score: after.score,
                by: change.by,
                ...(change.reason ? { reason: change.reason } : {}),
              },
            ),
          ),
        ]
      : [],
    events: change
      ? [
          causes(
            customerClassified,
            { customerId: after.customerId, from: change.from, to: change.to, at: change.at },
            { type: 'customer', id: after.customerId },
          ),
        ]
      : [],
  });
}

/** Aggregates and classifications of many customers at once. */
export async function loadClassificationInputs(
  customerIds: string[],
): Promise<Map<string, { stats?: PurchaseStats; record?: ClassificationRecord }>> {
  // The statistics are the customers domain's; the classifications ours.
  const [stats, records] = await Promise.all([
    customerStatistics(customerIds),
    batchGetItems(customerIds.map((customerId) => Classifications.key({ customerId }))),
  ]);
  const result = new Map<string, { stats?: PurchaseStats; record?: ClassificationRecord }>();
  for (const [customerId, item] of stats) result.set(customerId, { stats: item as unknown as PurchaseStats });
  for (const item of records) {
    const record = toResource<ClassificationRecord>(item);
    result.set(record.customerId, { ...result.get(record.customerId), record });
  }
  return result;
}
