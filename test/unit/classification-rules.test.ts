import { describe, expect, it } from 'vitest';
import {
  classify,
  effectiveClass,
  inputsOf,
  overrideCleared,
  overridden,
  reclassified,
} from '../../functions/classification/rules.ts';
import {
  classificationSettings,
  DEFAULT_CLASSIFICATION_SETTINGS as settings,
} from '../../functions/classification/settings.ts';

describe('inputs from the rolling aggregates', () => {
  const stats = {
    amount_2026_11: 100,
    count_2026_11: 1,
    amount_2025_12: 200,
    count_2025_12: 2,
    // Twelve months back from November 2026 is December 2025; November 2025 falls outside.
    amount_2025_11: 400,
    count_2025_11: 4,
    firstPurchaseOn: '2020-11-28',
  };
  it('sum the trailing 12 calendar months, this one included', () => {
    expect(inputsOf(stats, 3, '2026-11-28')).toEqual({
      trailingAmount: 300,
      trailingPurchases: 3,
      yearsOfCooperation: 6,
      influence: 3,
    });
  });
  it('treat a missing rating as 1 and no purchases as no cooperation yet', () => {
    expect(inputsOf(undefined, undefined, '2026-11-28')).toEqual({
      trailingAmount: 0,
      trailingPurchases: 0,
      yearsOfCooperation: 0,
      influence: 1,
    });
  });
});

describe('scoring', () => {
  it('gives each factor its share in proportion to its full mark, capped', () => {
    const result = classify(
      { trailingAmount: 250_000_000, trailingPurchases: 24, yearsOfCooperation: 5, influence: 3 },
      settings,
    );
    expect(result.reasons).toEqual([
      { factor: 'amount', value: 250_000_000, points: 20, maxPoints: 40 },
      { factor: 'frequency', value: 24, points: 25, maxPoints: 25 },
      { factor: 'years', value: 5, points: 7.5, maxPoints: 15 },
      { factor: 'influence', value: 3, points: 10, maxPoints: 20 },
    ]);
    expect(result.score).toBe(62.5);
    expect(result.class).toBe('B');
  });
  it('draws the class lines at the thresholds', () => {
    const at = (influence: number, purchases: number) =>
      classify(
        { trailingAmount: 500_000_000, trailingPurchases: purchases, yearsOfCooperation: 0, influence },
        settings,
      );
    expect(at(1, 0)).toMatchObject({ score: 40, class: 'B' });
    expect(at(1, 0).class).toBe('B');
    expect(
      classify({ trailingAmount: 0, trailingPurchases: 0, yearsOfCooperation: 0, influence: 1 }, settings)
        .class,
    ).toBe('C');
    expect(at(5, 12)).toMatchObject({ score: 85, class: 'A' });
  });
  it('is reproducible: same inputs, same result', () => {
    const inputs = {
      trailingAmount: 123_456_789,
      trailingPurchases: 7,
      yearsOfCooperation: 3.3,
      influence: 4,
    };
    expect(classify(inputs, settings)).toEqual(classify({ ...inputs }, settings));
  });
});

describe('settings', () => {
  it('merge a deployment override over the defaults', () => {
    const merged = classificationSettings(JSON.stringify({ thresholds: { A: 80 } }));
    expect(merged.thresholds).toEqual({ A: 80, B: 40 });
    expect(merged.weights).toEqual(settings.weights);
  });
  it('refuse weights that do not add up to 1 and thresholds out of order', () => {
    expect(() => classificationSettings(JSON.stringify({ weights: { amount: 0.9 } }))).toThrow();
    expect(() => classificationSettings(JSON.stringify({ thresholds: { A: 30 } }))).toThrow();
  });
});

describe('class changes and overrides', () => {
  const result = (score: number, cls: 'A' | 'B' | 'C') => ({ score, class: cls, reasons: [] });
  it('writes nothing when score and class are unchanged', () => {
    const first = reclassified(undefined, 'C1', result(55, 'B'), 't1')!;
    expect(first.change).toMatchObject({ from: null, to: 'B', cause: 'classification' });
    expect(reclassified(first.after, 'C1', result(55, 'B'), 't2')).toBeUndefined();
    const rescored = reclassified(first.after, 'C1', result(60, 'B'), 't2')!;
    expect(rescored.change).toBeUndefined();
    expect(rescored.after).toMatchObject({ score: 60, version: 2 });
  });
  it('lets an override hold over later classifications until cleared', () => {
    const first = reclassified(undefined, 'C1', result(20, 'C'), 't1')!.after;
    const manual = overridden(first, 'C1', { class: 'A', reason: 'Strategic account', by: 'MGR', at: 't2' });
    expect(manual.change).toMatchObject({
      from: 'C',
      to: 'A',
      cause: 'override',
      reason: 'Strategic account',
    });
    const nightly = reclassified(manual.after, 'C1', result(45, 'B'), 't3')!;
    expect(effectiveClass(nightly.after)).toBe('A');
    expect(nightly.change).toBeUndefined();
    const cleared = overrideCleared(nightly.after, 'MGR', 't4');
    expect(effectiveClass(cleared.after)).toBe('B');
    expect(cleared.change).toMatchObject({ from: 'A', to: 'B', cause: 'override-cleared' });
  });
});
