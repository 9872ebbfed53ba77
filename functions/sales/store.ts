import { opportunityClosed, opportunityStaged } from './events.ts';
import { causes, changeWrites, type ChangeExtras } from '#shared/change.ts';
import { newId, nextVersion } from '#shared/clock.ts';
import { batchGetItems } from '#shared/db.ts';
import {
  collectAll,
  type ListScope,
  type PageParameters,
  queryPage,
  scopedPartition,
  getResource,
  toResource,
} from '#shared/listing.ts';
import { putNew, type TransactItem } from '#shared/transaction.ts';
import type { Opportunity, Product, Quote, QuoteRevision, StageChange } from './model.ts';
import {
  MarketIntel,
  Opportunities,
  PriceLists,
  Products,
  Quotes,
  QuoteRevisions,
  StageChanges,
} from './entities.ts';
import type { PriceList } from './price-list-model.ts';
import type { IntelFilter, MarketIntel as Intel } from './market-intel-model.ts';

// Products

export async function getProduct(id: string): Promise<Product | undefined> {
  return getResource<Product>(Products.key({ id }));
}

export async function getProducts(ids: string[]): Promise<Map<string, Product>> {
  const items = await batchGetItems([...new Set(ids)].map((id) => Products.key({ id })));
  return new Map(items.map((item) => [String(item.id), toResource<Product>(item)]));
}

export const productWrites = (before: Product | undefined, after: Product, actorId: string) =>
  changeWrites({ entity: Products, key: after, before, after, actor: actorId });

export const listProducts = (page: PageParameters) =>
  queryPage<Product>({
    index: 'gsi1',
    partition: { attribute: 'gsi1pk', value: Products.indexPartition('gsi1', {}) },
    ...page,
  });

// Price lists

export const getPriceList = (id: string) => getResource<PriceList>(PriceLists.key({ id }));

export const priceListWrites = (before: PriceList | undefined, after: PriceList, actorId: string) =>
  changeWrites({ entity: PriceLists, key: after, before, after, actor: actorId });

export const listPriceLists = (page: PageParameters) =>
  queryPage<PriceList>({
    index: 'gsi1',
    partition: { attribute: 'gsi1pk', value: PriceLists.indexPartition('gsi1', {}) },
    ...page,
  });

/** Every price list, to choose a customer's (one Query a megabyte: a few dozen lists). */
export const allPriceLists = () => collectAll(listPriceLists);

// Opportunities

export async function getOpportunity(id: string): Promise<Opportunity | undefined> {
  return getResource<Opportunity>(Opportunities.key({ id }));
}

/** The opportunity and its stage change, recorded with its time for conversion rates. */
export function opportunityWrites(
  before: Opportunity | undefined,
  after: Opportunity,
  change: StageChange,
  actorId: string,
): TransactItem[] {
  const closed = (after.stage === 'won' || after.stage === 'lost') && before?.stage !== after.stage;
  return changeWrites({
    entity: Opportunities,
    key: { id: after.id, ownerId: after.ownerId },
    before,
    after,
    actor: actorId,
    events: [
      ...(closed
        ? [
            causes(opportunityClosed, {
              opportunityId: after.id,
              customerId: after.customerId,
              ownerId: after.ownerId,
              outcome: after.stage as 'won' | 'lost',
              closedAt: after.updatedAt,
            }),
          ]
        : []),
      ...(before?.stage !== after.stage
        ? [
            causes(opportunityStaged, {
              opportunityId: after.id,
              ownerId: after.ownerId,
              from: before?.stage ?? null,
              to: after.stage,
              expectedValue: { value: after.expectedValue.value, currency: after.expectedValue.currency },
            }),
          ]
        : []),
    ],
    with: [putNew(StageChanges.item({ opportunityId: after.id, at: change.at, id: newId() }, change))],
  });
}

export const listStageChanges = (opportunityId: string) =>
  queryPage<StageChange>({
    partition: { attribute: 'pk', value: Opportunities.key({ id: opportunityId }).pk },
    sortKeyPrefix: { attribute: 'sk', value: StageChanges.skPrefix },
    limit: 100,
  });

export function listOpportunities(scope: ListScope, page: PageParameters) {
  return queryPage<Opportunity>({
    ...scopedPartition(scope, Opportunities),
    ...page,
  });
}

// Quotes

export async function getQuote(id: string): Promise<Quote | undefined> {
  return getResource<Quote>(Quotes.key({ id }));
}

export async function getRevision(quoteId: string, revision: number): Promise<QuoteRevision | undefined> {
  return getResource<QuoteRevision>(QuoteRevisions.key({ quoteId, revision }));
}

export const listRevisions = (quoteId: string, page: PageParameters) =>
  queryPage<QuoteRevision>({
    partition: { attribute: 'pk', value: Quotes.key({ id: quoteId }).pk },
    sortKeyPrefix: { attribute: 'sk', value: QuoteRevisions.skPrefix },
    ...page,
  });

/**
 * A quote change, with its new revision when there is one, and the events it causes. Revisions are
 * written once and never again (a condition refuses a second write of the same number), so earlier
 * ones stay as they were.
 */
export function quoteWrites(
  before: Quote | undefined,
  after: Quote,
  actorId: string,
  also: { revision?: QuoteRevision } & Pick<ChangeExtras, 'events'> = {},
): TransactItem[] {
  const { revision, events } = also;
  return changeWrites({
    entity: Quotes,
    key: { id: after.id, ownerId: after.ownerId },
    before,
    after,
    actor: actorId,
    events,
    with: revision
      ? [putNew(QuoteRevisions.item({ quoteId: after.id, revision: revision.revision }, revision))]
      : [],
  });
}

export function listQuotes(scope: ListScope, page: PageParameters) {
  return queryPage<Quote>({
    ...scopedPartition(scope, Quotes),
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
  const after = nextVersion({ ...before, ownerId }, at);
  const key = { id: after.id, ownerId };
  return kind === 'Opportunity'
    ? changeWrites({ entity: Opportunities, key, before, after, actor: actorId })
    : changeWrites({ entity: Quotes, key, before, after, actor: actorId });
}

/** A market intelligence record, new, with its audit record. */
export const intelWrites = (record: Intel) =>
  changeWrites({
    entity: MarketIntel,
    key: record,
    before: undefined,
    after: record,
    actor: record.recordedBy,
  });

/** The filters a list of records applies in DynamoDB (competitor and product are stored as named). */
function intelFilter(filter: {
  competitor?: string | undefined;
  product?: string | undefined;
  region?: string | undefined;
}) {
  const conditions: string[] = [];
  const values: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  if (filter.region) {
    conditions.push('#region = :region');
    names['#region'] = 'region';
    values[':region'] = filter.region;
  }
  if (filter.competitor) {
    conditions.push('competitor.#name = :competitor');
    names['#name'] = 'name';
    values[':competitor'] = filter.competitor;
  }
  if (filter.product) {
    conditions.push('product = :product');
    values[':product'] = filter.product;
  }
  return conditions.length ? { expression: conditions.join(' AND '), names, values } : undefined;
}

/**
 * Records newest first: of a kind (gsi1) or of a region (gsi2), between two days, filtered by the
 * other fields. A filtered page may hold fewer than its limit while a next cursor is given.
 */
export function listIntel(filter: IntelFilter & { kind?: string }, page: PageParameters) {
  const byRegion = filter.kind === undefined;
  const partition = byRegion
    ? {
        index: 'gsi2' as const,
        attribute: 'gsi2pk',
        value: MarketIntel.indexPartition('gsi2', { region: filter.region! }),
      }
    : {
        index: 'gsi1' as const,
        attribute: 'gsi1pk',
        value: MarketIntel.indexPartition('gsi1', { kind: filter.kind! }),
      };
  return queryPage<Intel>({
    index: partition.index,
    partition: { attribute: partition.attribute, value: partition.value },
    sortKeyBetween: {
      attribute: byRegion ? 'gsi2sk' : 'gsi1sk',
      from: filter.from ?? '0',
      to: `${filter.to ?? '9999-12-31'}~`,
    },
    newestFirst: true,
    // The partition is the kind or the region; the rest are filters.
    filter: intelFilter({
      competitor: filter.competitor,
      product: filter.product,
      ...(byRegion ? {} : { region: filter.region }),
    }),
    ...page,
  });
}
