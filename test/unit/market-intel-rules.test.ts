import { describe, expect, it } from 'vitest';
import type { MarketIntel } from '../../functions/sales/market-intel-model.ts';
import { assertIntelComplete, summarizeIntel } from '../../functions/sales/market-intel-rules.ts';
import { productKey } from '../../functions/service/public.ts';
import { statusOf } from '../support/rules.ts';

const base = { title: 't', details: 'd', region: '华东', observedOn: '2026-11-02' };
const record = (id: string, fields: Partial<MarketIntel>): MarketIntel => ({
  id,
  kind: 'competitor',
  ...base,
  recordedBy: 'REP',
  version: 1,
  createdAt: 'T',
  updatedAt: 'T',
  ...fields,
});

describe('market intelligence (§2.2.3)', () => {
  it('says what each kind is about', () => {
    expect(statusOf(() => assertIntelComplete({ ...base, kind: 'competitor' }))).toBe(400);
    expect(
      statusOf(() => assertIntelComplete({ ...base, kind: 'competitor', competitor: { name: 'A' } })),
    ).toBe('ok');
    expect(statusOf(() => assertIntelComplete({ ...base, kind: 'price' }))).toBe(400);
    expect(
      statusOf(() => assertIntelComplete({ ...base, kind: 'price', price: { value: 1, currency: 'CNY' } })),
    ).toBe('ok');
    expect(
      statusOf(() => assertIntelComplete({ ...base, kind: 'product_feedback', sentiment: 'positive' })),
    ).toBe(400);
    expect(statusOf(() => assertIntelComplete({ ...base, kind: 'product_feedback', product: 'X' }))).toBe(
      400,
    );
    expect(
      statusOf(() =>
        assertIntelComplete({ ...base, kind: 'product_feedback', product: 'X', sentiment: 'neutral' }),
      ),
    ).toBe('ok');
    expect(statusOf(() => assertIntelComplete({ ...base, kind: 'opportunity' }))).toBe('ok');
    expect(productKey({ name: '  CK 6150   Pro ' })).toBe('ck 6150 pro');
  });

  it('sums a period up by kind, region, competitor (latest price per product) and product feedback', () => {
    const summary = summarizeIntel('2026-Q4', [
      record('1', {
        competitor: { name: 'A', product: 'P1' },
        kind: 'price',
        price: { value: 10, currency: 'CNY' },
      }),
      record('2', {
        competitor: { name: 'A', product: 'P1' },
        kind: 'price',
        price: { value: 9, currency: 'CNY' },
        observedOn: '2026-11-20',
        region: '华北',
      }),
      record('3', { competitor: { name: 'B' } }),
      record('4', { kind: 'product_feedback', product: 'ck6150', sentiment: 'negative', title: 'noisy' }),
      record('5', {
        kind: 'product_feedback',
        product: 'ck6150',
        sentiment: 'positive',
        title: 'fast',
        observedOn: '2026-11-30',
      }),
      record('6', { kind: 'opportunity', region: '西北' }),
    ]);
    expect(summary).toEqual({
      period: '2026-Q4',
      records: 6,
      byKind: [
        { kind: 'price', records: 2 },
        { kind: 'product_feedback', records: 2 },
        { kind: 'competitor', records: 1 },
        { kind: 'opportunity', records: 1 },
      ],
      byRegion: [
        { region: '华东', records: 4 },
        { region: '华北', records: 1 },
        { region: '西北', records: 1 },
      ],
      competitors: [
        {
          name: 'A',
          records: 2,
          regions: ['华东', '华北'],
          latestPrices: [{ product: 'P1', price: { value: 9, currency: 'CNY' }, observedOn: '2026-11-20' }],
        },
        { name: 'B', records: 1, regions: ['华东'], latestPrices: [] },
      ],
      productFeedback: [
        { product: 'ck6150', positive: 1, neutral: 0, negative: 1, latest: ['fast', 'noisy'] },
      ],
    });
  });
});
