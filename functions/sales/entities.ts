import { defineEntity } from '#shared/entity.ts';

export const Products = defineEntity({
  type: 'Product',
  owner: 'sales',
  description: 'A catalogue product: name, model, unit, list price, standard cost.',
  key: { pk: 'PRODUCT#{id}', sk: 'PRODUCT' },
  indexes: { gsi1: { pk: 'PRODUCTS', sk: 'PRODUCT#{id}' } },
  audited: true,
  patterns: [
    { name: 'product by id (or a batch of them)', by: 'item' },
    { name: 'the catalogue', index: 'gsi1', by: 'partition' },
  ],
});

export const Opportunities = defineEntity({
  type: 'Opportunity',
  owner: 'sales',
  description: 'A sales opportunity of a customer and its stage.',
  key: { pk: 'OPPORTUNITY#{id}', sk: 'OPPORTUNITY' },
  indexes: {
    gsi1: { pk: 'OWNER#{ownerId}#OPPORTUNITIES', sk: 'OPPORTUNITY#{id}' },
    gsi2: { pk: 'OPPORTUNITIES', sk: 'OPPORTUNITY#{id}' },
  },
  audited: true,
  patterns: [
    { name: 'opportunity by id', by: 'item' },
    { name: 'one rep’s opportunities', index: 'gsi1', by: 'partition' },
    { name: 'all opportunities', index: 'gsi2', by: 'partition' },
  ],
});

export const StageChanges = defineEntity({
  type: 'StageChange',
  owner: 'sales',
  description: 'One move of an opportunity between stages, in time order (conversion rates).',
  key: { pk: 'OPPORTUNITY#{opportunityId}', sk: 'STAGE#{at}#{id}' },
  patterns: [{ name: 'an opportunity’s stage history', by: 'prefix' }],
});

export const Quotes = defineEntity({
  type: 'Quote',
  owner: 'sales',
  description: 'A quote’s header: status, current, sent and accepted revision, its latest technical review.',
  key: { pk: 'QUOTE#{id}', sk: 'QUOTE' },
  indexes: {
    gsi1: { pk: 'OWNER#{ownerId}#QUOTES', sk: 'QUOTE#{id}' },
    gsi2: { pk: 'QUOTES', sk: 'QUOTE#{id}' },
  },
  audited: true,
  patterns: [
    { name: 'quote by id', by: 'item' },
    { name: 'one rep’s quotes', index: 'gsi1', by: 'partition' },
    { name: 'all quotes', index: 'gsi2', by: 'partition' },
  ],
});

export const QuoteRevisions = defineEntity({
  type: 'QuoteRevision',
  owner: 'sales',
  description: 'One priced, immutable revision of a quote; zero-padded numbers sort in order.',
  key: { pk: 'QUOTE#{quoteId}', sk: 'REVISION#{revision:4}' },
  patterns: [
    { name: 'a quote’s revisions, oldest first', by: 'prefix' },
    { name: 'one revision', by: 'item' },
  ],
});

export const MarketIntel = defineEntity({
  type: 'MarketIntel',
  owner: 'sales',
  description:
    'A piece of market intelligence a rep or the manager recorded (§2.1.4, §2.2.3): a competitor seen, a market price, a customer’s product feedback or an opportunity in a new market, with the region, the customer and product it concerns and the day it was observed.',
  key: { pk: 'INTEL#{id}', sk: 'INTEL' },
  indexes: {
    gsi1: { pk: 'INTEL#KIND#{kind}', sk: '{observedOn}#{id}' },
    gsi2: { pk: 'INTEL#REGION#{region}', sk: '{observedOn}#{id}' },
  },
  audited: true,
  patterns: [
    { name: 'a record', by: 'item' },
    {
      name: 'records of a kind by day, newest first',
      index: 'gsi1',
      by: 'range',
      notes: 'competitor and product as filters; the period summary reads each kind',
    },
    { name: 'a region’s records by day, newest first', index: 'gsi2', by: 'range', notes: 'same filters' },
  ],
});

export const PriceLists = defineEntity({
  type: 'PriceList',
  owner: 'sales',
  description:
    'A price list: what a customer class, a region, or a class in a region pays for the products it names, in one currency (VAT included). A quote line without a unit price takes the customer’s list price.',
  key: { pk: 'PRICELIST#{id}', sk: 'LIST' },
  indexes: { gsi1: { pk: 'PRICELISTS', sk: 'LIST#{id}' } },
  audited: true,
  patterns: [
    { name: 'a price list', by: 'item' },
    { name: 'every price list (a few dozen at most)', index: 'gsi1', by: 'partition' },
  ],
});
