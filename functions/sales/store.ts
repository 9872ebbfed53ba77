import { auditEntry, changedFields } from '#shared/audit.ts';
import { newId } from '#shared/clock.ts';
import { batchGetItems, getItem } from '#shared/db.ts';
import {
  opportunityKey,
  opportunityKeys,
  productKey,
  productKeys,
  quoteKey,
  quoteKeys,
  quoteRevisionKey,
  SK_PREFIX,
  stageChangeKey,
} from '#shared/keys.ts';
import {
  type ListScope,
  type PageParameters,
  queryPage,
  scopedPartition,
  toResource,
} from '#shared/listing.ts';
import { putIfVersion, putNew, type TransactItem } from '#shared/transaction.ts';
import type { Opportunity, Product, Quote, QuoteRevision, StageChange } from './model.ts';

const audit = (
  key: { pk: string },
  type: string,
  id: string,
  actorId: string,
  at: string,
  before: object | undefined,
  after: object,
) =>
  auditEntry(
    { pk: key.pk, sk: '' },
    {
      resourceType: type,
      resourceId: id,
      action: before ? 'updated' : 'created',
      actorId,
      at,
      changes: changedFields((before ?? {}) as Record<string, unknown>, after as Record<string, unknown>),
    },
  );

// Products

export async function getProduct(id: string): Promise<Product | undefined> {
  const item = await getItem(productKey(id));
  return item ? toResource<Product>(item) : undefined;
}

export async function getProducts(ids: string[]): Promise<Map<string, Product>> {
  const items = await batchGetItems([...new Set(ids)].map(productKey));
  return new Map(items.map((item) => [String(item.id), toResource<Product>(item)]));
}

export function productWrites(before: Product | undefined, after: Product, actorId: string): TransactItem[] {
  const item = { ...productKeys(after.id), entityType: 'Product', ...after };
  return [
    before ? putIfVersion(item, before.version) : putNew(item),
    audit(productKey(after.id), 'Product', after.id, actorId, after.updatedAt, before, after),
  ];
}

export const listProducts = (page: PageParameters) =>
  queryPage<Product>({ index: 'gsi1', partition: { attribute: 'gsi1pk', value: 'PRODUCTS' }, ...page });

// Opportunities

export async function getOpportunity(id: string): Promise<Opportunity | undefined> {
  const item = await getItem(opportunityKey(id));
  return item ? toResource<Opportunity>(item) : undefined;
}

/** The opportunity and its stage change, recorded with its time for conversion rates. */
export function opportunityWrites(
  before: Opportunity | undefined,
  after: Opportunity,
  change: StageChange,
  actorId: string,
): TransactItem[] {
  const item = { ...opportunityKeys(after.id, after.ownerId), entityType: 'Opportunity', ...after };
  return [
    before ? putIfVersion(item, before.version) : putNew(item),
    putNew({ ...stageChangeKey(after.id, change.at, newId()), entityType: 'StageChange', ...change }),
    audit(opportunityKey(after.id), 'Opportunity', after.id, actorId, after.updatedAt, before, after),
  ];
}

export const listStageChanges = (opportunityId: string) =>
  queryPage<StageChange>({
    partition: { attribute: 'pk', value: opportunityKey(opportunityId).pk },
    sortKeyPrefix: { attribute: 'sk', value: SK_PREFIX.stageChange },
    limit: 100,
  });

export function listOpportunities(scope: ListScope, page: PageParameters) {
  return queryPage<Opportunity>({
    ...scopedPartition(scope, 'OPPORTUNITIES'),
    ...page,
  });
}

// Quotes

export async function getQuote(id: string): Promise<Quote | undefined> {
  const item = await getItem(quoteKey(id));
  return item ? toResource<Quote>(item) : undefined;
}

export async function getRevision(quoteId: string, revision: number): Promise<QuoteRevision | undefined> {
  const item = await getItem(quoteRevisionKey(quoteId, revision));
  return item ? toResource<QuoteRevision>(item) : undefined;
}

export const listRevisions = (quoteId: string, page: PageParameters) =>
  queryPage<QuoteRevision>({
    partition: { attribute: 'pk', value: quoteKey(quoteId).pk },
    sortKeyPrefix: { attribute: 'sk', value: SK_PREFIX.revision },
    ...page,
  });

/**
 * A quote change, with its new revision when there is one. Revisions are written once and never
 * again (a condition refuses a second write of the same number), so earlier ones stay as they were.
 */
export function quoteWrites(
  before: Quote | undefined,
  after: Quote,
  actorId: string,
  revision?: QuoteRevision,
): TransactItem[] {
  const item = { ...quoteKeys(after.id, after.ownerId), entityType: 'Quote', ...after };
  return [
    before ? putIfVersion(item, before.version) : putNew(item),
    ...(revision
      ? [
          putNew({
            ...quoteRevisionKey(after.id, revision.revision),
            entityType: 'QuoteRevision',
            ...revision,
          }),
        ]
      : []),
    audit(quoteKey(after.id), 'Quote', after.id, actorId, after.updatedAt, before, after),
  ];
}

export function listQuotes(scope: ListScope, page: PageParameters) {
  return queryPage<Quote>({
    ...scopedPartition(scope, 'QUOTES'),
    ...page,
  });
}

/**
 * An opportunity or quote moved to another owner with its customer: the item under its new owner's
 * index keys (conditional on the version read) and an audit record.
 */
export function ownerChangeWrites(
  kind: 'Opportunity' | 'Quote',
  before: Opportunity | Quote,
  ownerId: string,
  actorId: string,
  at: string,
): TransactItem[] {
  const after = { ...before, ownerId, version: before.version + 1, updatedAt: at };
  const keys = kind === 'Opportunity' ? opportunityKeys(after.id, ownerId) : quoteKeys(after.id, ownerId);
  const key = kind === 'Opportunity' ? opportunityKey(after.id) : quoteKey(after.id);
  return [
    putIfVersion({ ...keys, entityType: kind, ...after }, before.version),
    audit(key, kind, after.id, actorId, at, before, after),
  ];
}
