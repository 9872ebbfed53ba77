import { invalid } from '#shared/domain-errors.ts';
import type { IntelKind, MarketIntel, NewIntel } from './market-intel-model.ts';

/**
 * What each kind must say (§2.2.3): a competitor record names the competitor; a price record the
 * price seen; product feedback the product and how the customer takes it.
 */
export function assertIntelComplete(input: NewIntel): void {
  const missing = (path: string, message: string) => invalid([{ in: 'body', path, message }]);
  if (input.kind === 'competitor' && !input.competitor)
    throw missing('competitor', 'A competitor record names the competitor');
  if (input.kind === 'price' && !input.price) throw missing('price', 'A price record gives the price seen');
  if (input.kind === 'product_feedback') {
    if (!input.productId && !input.product)
      throw missing('product', 'Product feedback names the product (productId or product)');
    if (!input.sentiment) throw missing('sentiment', 'Product feedback says how the customer takes it');
  }
}

/** What a period's records add up to: by kind and region, per competitor, per product's feedback. */
export function summarizeIntel(period: string, records: readonly MarketIntel[]) {
  const count = <K extends string>(keys: readonly K[]) =>
    [...Map.groupBy(keys, (key) => key)]
      .map(([key, all]) => ({ key, records: all.length }))
      .sort((a, b) => b.records - a.records || a.key.localeCompare(b.key));
  const newestFirst = [...records].sort(
    (a, b) => b.observedOn.localeCompare(a.observedOn) || b.id.localeCompare(a.id),
  );
  const competitors = [
    ...Map.groupBy(
      newestFirst.filter((record) => record.competitor),
      (record) => record.competitor!.name,
    ),
  ].map(([name, rows]) => {
    const priced = rows.filter((row) => row.price);
    const latest = new Map<string, (typeof priced)[number]>();
    for (const row of priced)
      if (!latest.has(row.competitor!.product ?? '')) latest.set(row.competitor!.product ?? '', row);
    return {
      name,
      records: rows.length,
      regions: [...new Set(rows.map((row) => row.region))].sort(),
      latestPrices: [...latest.values()].map((row) => ({
        ...(row.competitor!.product ? { product: row.competitor!.product } : {}),
        price: row.price!,
        observedOn: row.observedOn,
      })),
    };
  });
  competitors.sort((a, b) => b.records - a.records || a.name.localeCompare(b.name));
  const feedback = [
    ...Map.groupBy(
      newestFirst.filter((record) => record.kind === 'product_feedback' && record.product),
      (record) => record.product!,
    ),
  ].map(([product, rows]) => ({
    product,
    positive: rows.filter((row) => row.sentiment === 'positive').length,
    neutral: rows.filter((row) => row.sentiment === 'neutral').length,
    negative: rows.filter((row) => row.sentiment === 'negative').length,
    latest: rows.slice(0, 5).map((row) => row.title),
  }));
  feedback.sort((a, b) => b.negative - a.negative || a.product.localeCompare(b.product));
  return {
    period,
    records: records.length,
    byKind: count(records.map((record) => record.kind)).map(({ key, records }) => ({
      kind: key as IntelKind,
      records,
    })),
    byRegion: count(records.map((record) => record.region)).map(({ key, records }) => ({
      region: key,
      records,
    })),
    competitors,
    productFeedback: feedback,
  };
}
