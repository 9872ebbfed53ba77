import { periodMonths, yearBefore } from '../../functions/shared/periods.ts';
import { describe, expect, it } from 'vitest';
import { statusOf } from '../support/rules.ts';
import type { Fact, Targets } from '../../functions/performance/model.ts';
import {
  attainment,
  figuresOf,
  indicatorRows,
  periodTarget,
  quantitativeScore,
  splitAnnual,
} from '../../functions/performance/rules.ts';
import {
  DEFAULT_PERFORMANCE_SETTINGS as settings,
  performanceSettings,
} from '../../functions/performance/settings.ts';

describe('periods', () => {
  it('are a year, a quarter or a month, compared with the same months a year before', () => {
    expect(periodMonths('2026')).toHaveLength(12);
    expect(periodMonths('2026-Q3')).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(periodMonths('2026-07')).toEqual(['2026-07']);
    expect(yearBefore(['2026-01', '2026-12'])).toEqual(['2025-01', '2025-12']);
  });
});

describe('the split of a year’s target', () => {
  it('is even, or seasonal, and the months always add up to the year', () => {
    expect(splitAnnual(1200)).toEqual(Array(12).fill(100));
    // 1,000 over 12: 83.33 each; the four largest remainders (ties: the earlier months) get one more.
    const even = splitAnnual(1000);
    expect(even).toEqual([84, 84, 84, 84, 83, 83, 83, 83, 83, 83, 83, 83]);
    const seasonal = splitAnnual(12_000_000, [2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0]);
    expect(seasonal.slice(0, 3)).toEqual([2_000_000, 2_000_000, 1_000_000]);
    expect(seasonal.slice(10)).toEqual([0, 0]);
    for (const total of [0, 1, 7, 999_999_999, 123_456_789])
      expect(splitAnnual(total, [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8]).reduce((a, b) => a + b, 0)).toBe(total);
    expect(() => splitAnnual(100, Array(12).fill(0))).toThrow();
  });
});

const targets = (overrides: Partial<Targets> = {}): Targets => ({
  employeeId: 'REP',
  year: '2026',
  currency: 'CNY',
  revenue: 12_000_000,
  profit: 3_600_000,
  newCustomers: 12,
  expenses: 1_200_000,
  growthBasisPoints: 1000,
  marketShareBasisPoints: 500,
  conversionBasisPoints: 4000,
  satisfactionHundredths: 450,
  split: 'even',
  months: {
    revenue: splitAnnual(12_000_000),
    profit: splitAnnual(3_600_000),
    newCustomers: splitAnnual(12),
    expenses: splitAnnual(1_200_000),
  },
  setBy: 'BOSS',
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

const fact = (kind: Fact['kind'], extra: Partial<Fact> = {}): Fact => ({
  employeeId: 'REP',
  month: '2026-07',
  eventId: `${kind}-${Math.random()}`,
  kind,
  at: '2026-07-10T00:00:00.000Z',
  ...extra,
});

describe('a quarter’s indicators (worked example, docs/performance-rules.md)', () => {
  // Q3: targets of 3,000,000 revenue (minor units), 900,000 profit, 3 new customers, 300,000 expenses.
  const facts = [
    fact('order', { amount: 2_000_000, cost: 1_400_000, currency: 'CNY', region: 'east' }),
    fact('order', { amount: 1_300_000, currency: 'CNY', region: 'west' }),
    fact('order', { amount: 50_000, currency: 'USD', region: 'east' }),
    fact('new-customer'),
    fact('new-customer'),
    fact('opportunity-won'),
    fact('opportunity-lost'),
    fact('opportunity-lost'),
    // Seven ratings of 5 and a complaint (a rating of 1): 36 ÷ 8 = 4.50.
    ...Array.from({ length: 7 }, () => fact('rating', { score: 5 })),
    fact('expense', { amount: 240_000 }),
    fact('complaint'),
  ];
  const figures = figuresOf(facts, 'CNY');
  const rows = indicatorRows({
    targets: targets(),
    months: periodMonths('2026-Q3'),
    figures,
    revenueYearBefore: 3_000_000,
    marketSizes: { east: 160_000_000 },
    settings,
  });
  const row = (indicator: string) => rows.find((candidate) => candidate.indicator === indicator)!;

  it('sums the facts, keeping other currencies apart and profit to costed orders', () => {
    expect(figures).toMatchObject({
      orders: 3,
      revenue: 3_300_000,
      costedRevenue: 2_000_000,
      cost: 1_400_000,
      otherCurrencies: { USD: 50_000 },
      newCustomers: 2,
      won: 1,
      lost: 2,
      ratings: 7,
      ratingSum: 35,
      expenses: 240_000,
      complaints: 1,
    });
    expect(periodTarget(targets(), 'revenue', periodMonths('2026-Q3'))).toBe(3_000_000);
  });

  it('measures each indicator against its target', () => {
    expect(row('revenue')).toMatchObject({
      target: 3_000_000,
      actual: 3_300_000,
      attainmentBasisPoints: 11_000,
    });
    expect(row('profit')).toMatchObject({ target: 900_000, actual: 600_000, attainmentBasisPoints: 6667 });
    // 3,300,000 over 3,000,000 a year before: 10 % growth, the target exactly.
    expect(row('growth')).toMatchObject({ target: 1000, actual: 1000, attainmentBasisPoints: 10_000 });
    // East only has a market size: 2,000,000 over a quarter of 160,000,000 = 5 %.
    expect(row('marketShare')).toMatchObject({ target: 500, actual: 500, attainmentBasisPoints: 10_000 });
    expect(row('newCustomers')).toMatchObject({ target: 3, actual: 2, attainmentBasisPoints: 6667 });
    expect(row('conversion')).toMatchObject({ target: 4000, actual: 3333, attainmentBasisPoints: 8333 });
    expect(row('satisfaction')).toMatchObject({ target: 450, actual: 450, attainmentBasisPoints: 10_000 });
    // 240,000 spent of a 300,000 allowance: 125 %, capped at 120 %.
    expect(row('expenseControl')).toMatchObject({
      target: 300_000,
      actual: 240_000,
      attainmentBasisPoints: 12_000,
    });
  });

  it('scores them by the published weights: meeting every target exactly is 83.33', () => {
    // (30×11000 + 15×6667 + 10×10000 + 5×10000 + 10×6667 + 10×8333 + 10×10000 + 10×12000) ÷ 12000 = 79.17.
    expect(quantitativeScore(rows, settings)).toBe(79.17);
    const exact = rows.map((candidate) => ({ ...candidate, attainmentBasisPoints: 10_000 }));
    expect(quantitativeScore(exact, settings)).toBe(83.33);
    const capped = rows.map((candidate) => ({ ...candidate, attainmentBasisPoints: 12_000 }));
    expect(quantitativeScore(capped, settings)).toBe(100);
  });

  it('counts a complaint as a rating of complaintRating in satisfaction, or apart only when that is null', () => {
    const satisfaction = (complaints: number, complaintRating: number | null, ratings = 0, ratingSum = 0) =>
      indicatorRows({
        targets: targets(),
        months: periodMonths('2026-Q3'),
        figures: { ...figures, ratings, ratingSum, complaints },
        revenueYearBefore: 0,
        marketSizes: {},
        settings: { ...settings, complaintRating },
      }).find((candidate) => candidate.indicator === 'satisfaction')!.actual;
    // Complaints only: the customers' word is 1.
    expect(satisfaction(2, 1)).toBe(100);
    expect(satisfaction(1, 1, 1, 5)).toBe(300);
    expect(satisfaction(1, null, 1, 5)).toBe(500);
    expect(satisfaction(2, null)).toBeUndefined();
  });

  it('shares the weight of indicators without data among the others', () => {
    const unrated = indicatorRows({
      targets: targets(),
      months: periodMonths('2026-Q3'),
      figures: { ...figures, ratings: 0, ratingSum: 0, complaints: 0, won: 0, lost: 0 },
      revenueYearBefore: 0,
      marketSizes: {},
      settings,
    });
    for (const indicator of ['satisfaction', 'conversion', 'growth', 'marketShare'])
      expect(
        unrated.find((candidate) => candidate.indicator === indicator)!.attainmentBasisPoints,
      ).toBeUndefined();
    // Revenue, profit, new customers and expense control remain (65 points):
    // (30×11000 + 15×6667 + 10×6667 + 10×12000) ÷ 12000 ÷ 65 × 100 = 79.06.
    expect(quantitativeScore(unrated, settings)).toBe(79.06);
    expect(quantitativeScore([], settings)).toBeUndefined();
    expect(
      indicatorRows({
        targets: undefined,
        months: ['2026-07'],
        figures,
        revenueYearBefore: 0,
        marketSizes: {},
        settings,
      }).every((candidate) => candidate.attainmentBasisPoints === undefined),
    ).toBe(true);
  });
});

describe('attainment', () => {
  it('is capped, never negative, and the other way round for expenses', () => {
    expect(attainment('revenue', 500, 0, settings)).toBeUndefined();
    expect(attainment('revenue', 10_000, 1, settings)).toBe(12_000);
    expect(attainment('growth', -3000, 1000, settings)).toBe(6000);
    expect(attainment('growth', -30_000, 1000, settings)).toBe(0);
    expect(attainment('expenseControl', 0, 100, settings)).toBe(12_000);
    expect(attainment('expenseControl', 200, 100, settings)).toBe(5000);
  });
});

describe('the published rules', () => {
  it('refuse weights that do not add up to 100', () => {
    expect(performanceSettings(undefined).rulesVersion).toBe('2026.3');
    expect(() =>
      performanceSettings(JSON.stringify({ weights: { ...settings.weights, revenue: 31 } })),
    ).toThrow(/101/);
  });
});

describe('evaluation firings (R-4.2)', () => {
  it('evaluate the month just ended, and the quarter and the year when they end with it', async () => {
    const { duePeriods, firingDay, kindOf } = await import('../../functions/performance/evaluation-rules.ts');
    expect(duePeriods('2026-08-01')).toEqual(['2026-07']);
    expect(duePeriods('2026-10-01')).toEqual(['2026-09', '2026-Q3']);
    expect(duePeriods('2027-01-01')).toEqual(['2026-12', '2026-Q4', '2026']);
    expect(firingDay('2026-07')).toBe('2026-08-01');
    expect(firingDay('2026-Q3')).toBe('2026-10-01');
    expect(firingDay('2026')).toBe('2027-01-01');
    for (const period of ['2026-07', '2026-Q3', '2026'])
      expect(duePeriods(firingDay(period))).toContain(period);
    expect([kindOf('2026'), kindOf('2026-Q1'), kindOf('2026-01')]).toEqual(['year', 'quarter', 'month']);
  });
});

describe('the qualitative score, the composite and the grade (R-4.3, worked example)', async () => {
  const { compositeScore, gradeOf, peersOf, qualitativeScore } =
    await import('../../functions/performance/rating-rules.ts');
  const all = (value: number) => ({
    attitude: value,
    teamwork: value,
    communication: value,
    problemSolving: value,
  });

  it('asks the two next reps of the same team as peers, wrapping round', () => {
    const reps = ['A', 'B', 'C', 'D'].map((id) => ({ id, supervisorId: 'S' }));
    expect(peersOf({ id: 'C', supervisorId: 'S' }, reps)).toEqual(['D', 'A']);
    expect(peersOf({ id: 'A', supervisorId: 'S' }, [...reps, { id: 'E', supervisorId: 'T' }])).toEqual([
      'B',
      'C',
    ]);
    expect(peersOf({ id: 'A', supervisorId: 'S' }, reps.slice(0, 2))).toEqual(['B']);
    expect(peersOf({ id: 'A', supervisorId: 'S' }, reps.slice(0, 1))).toEqual([]);
  });

  it('weighs supervisor 50, peers 30, customers 20, and shares a silent group’s weight', () => {
    // Supervisor 4, peers 5 and 3 (average 4), customer 5: (50×4 + 30×4 + 20×5) / 100 = 4.2 → 80.
    const ratings = [
      { group: 'supervisor' as const, scores: all(4) },
      { group: 'peer' as const, scores: all(5) },
      { group: 'peer' as const, scores: all(3) },
      { group: 'customer' as const, scores: all(5) },
    ];
    expect(qualitativeScore(ratings, settings)).toBe(80);
    // Without the customers: (50×4 + 30×4) / 80 = 4 → 75.
    expect(qualitativeScore(ratings.slice(0, 3), settings)).toBe(75);
    // Other published weights, another score: all on the supervisor's 4 → 75.
    expect(qualitativeScore(ratings, { raterWeights: { supervisor: 100, peer: 0, customer: 0 } })).toBe(75);
    // One criterion lower: a rating is its four criteria's average.
    expect(qualitativeScore([{ group: 'peer', scores: { ...all(5), teamwork: 1 } }], settings)).toBe(75);
    expect(qualitativeScore([], settings)).toBeUndefined();
  });

  it('combines 70 % quantitative and 30 % qualitative into a grade by the thresholds', () => {
    expect(compositeScore(79.17, 80, settings)).toBe(79.42);
    expect(gradeOf(79.42, settings)).toBe('good');
    expect(compositeScore(79.17, undefined, settings)).toBe(79.17);
    expect(compositeScore(undefined, 80, settings)).toBe(80);
    expect([90, 89.99, 75, 60, 59.99].map((score) => gradeOf(score, settings))).toEqual([
      'excellent',
      'good',
      'good',
      'pass',
      'fail',
    ]);
    expect(gradeOf(undefined, settings)).toBeUndefined();
  });
});

describe('consequences (R-4.4, worked example)', async () => {
  const { proposalsFor } = await import('../../functions/performance/consequence-rules.ts');
  const indicators = [
    { indicator: 'revenue' as const, unit: 'minor-units' as const, attainmentBasisPoints: 11_000 },
    { indicator: 'marketShare' as const, unit: 'basis-points' as const, attainmentBasisPoints: 7000 },
    { indicator: 'satisfaction' as const, unit: 'hundredths' as const, attainmentBasisPoints: 9000 },
  ];
  const input = {
    kind: 'year' as const,
    indicators,
    qualitativeScore: 80,
    earlier: [],
    gradedOn: '2027-01-03',
    rules: settings,
  };

  it('proposes the bonus by formula, promotion priority and training for weak indicators', () => {
    // ¥30,000 × 150 % × 110 % revenue attainment = ¥49,500.
    expect(proposalsFor({ ...input, grade: 'excellent' })).toEqual({
      bonus: 4_950_000,
      promotionPriority: 'high',
      trainingNeeds: ['market_analysis'],
      reassignmentReview: false,
      payAdjustmentPercent: 5,
    });
    expect(proposalsFor({ ...input, grade: 'good' })).toMatchObject({
      bonus: 3_300_000,
      promotionPriority: 'normal',
      payAdjustmentPercent: 0,
    });
    expect(proposalsFor({ ...input, grade: 'pass' }).payAdjustmentPercent).toBe(0);
    expect(proposalsFor({ ...input, kind: 'quarter', grade: 'good' })).toMatchObject({
      bonus: 660_000,
      promotionPriority: 'none',
    });
  });

  it('gives a fail no bonus and a coaching plan, and flags a second fail after coaching', () => {
    const failed = proposalsFor({ ...input, grade: 'fail', qualitativeScore: 40 });
    expect(failed).toMatchObject({
      bonus: 0,
      trainingNeeds: ['customer_service', 'market_analysis'],
      coachingPlan: { goals: ['marketShare: from 70 % to at least 80 % of target'], reviewOn: '2027-04-03' },
      reassignmentReview: false,
      payAdjustmentPercent: -5,
    });
    expect(
      proposalsFor({ ...input, grade: 'fail', earlier: [{ grade: 'fail', proposals: failed }] })
        .reassignmentReview,
    ).toBe(true);
  });

  it('keeps a fail’s coaching plan apart, due on its day, reviewed once by the manager or the supervisor', async () => {
    const { coachingPlanOf, duePlan, reviewPlan } =
      await import('../../functions/performance/consequence-rules.ts');
    const proposals = proposalsFor({ ...input, grade: 'fail' });
    const evaluation = { employeeId: 'REP', period: '2026', run: 1, proposals };
    expect(
      coachingPlanOf({ ...evaluation, proposals: proposalsFor({ ...input, grade: 'pass' }) }, 'T'),
    ).toBeUndefined();
    const plan = coachingPlanOf(evaluation, 'T0')!;
    expect(plan).toEqual({
      employeeId: 'REP',
      period: '2026',
      run: 1,
      goals: ['marketShare: from 70 % to at least 80 % of target'],
      reviewOn: '2027-04-03',
      status: 'open',
      reassignmentReview: false,
      version: 1,
      createdAt: 'T0',
      updatedAt: 'T0',
    });
    expect(duePlan(plan, '2027-04-02', 'T1')).toBeUndefined();
    const due = duePlan(plan, '2027-04-03', 'T1')!;
    expect(due).toMatchObject({ status: 'due', dueAt: 'T1', version: 2 });
    expect(duePlan(due, '2027-04-04', 'T2')).toBeUndefined();
    const manager = { id: 'MGR', managesAll: true, supervises: false };
    const improved = reviewPlan(due, { outcome: 'improved', note: 'At 85 %' }, manager, 'T3');
    expect(improved).toMatchObject({ status: 'reviewed', reassignmentReview: false, review: { by: 'MGR' } });
    expect(statusOf(() => reviewPlan(improved, { outcome: 'improved', note: 'x' }, manager, 'T4'))).toBe(409);
    const notImproved = reviewPlan(due, { outcome: 'not_improved', note: 'At 50 %' }, manager, 'T3');
    expect(notImproved.reassignmentReview).toBe(true);
    // Never the rep, nor someone who neither manages nor supervises them.
    expect(
      statusOf(() => reviewPlan(due, { outcome: 'improved', note: 'x' }, { ...manager, id: 'REP' }, 'T')),
    ).toBe(403);
    expect(
      statusOf(() =>
        reviewPlan(
          due,
          { outcome: 'improved', note: 'x' },
          { id: 'PEER', managesAll: false, supervises: false },
          'T',
        ),
      ),
    ).toBe(403);
  });

  it('lets the manager grant awards to others, with a value only for cash awards and prizes', async () => {
    const { assertAwardable } = await import('../../functions/performance/consequence-rules.ts');
    expect(
      statusOf(() => assertAwardable('MGR', { employeeId: 'REP', kind: 'cash_award', value: 100_000 })),
    ).toBe('ok');
    expect(statusOf(() => assertAwardable('MGR', { employeeId: 'REP', kind: 'certificate' }))).toBe('ok');
    expect(statusOf(() => assertAwardable('MGR', { employeeId: 'REP', kind: 'certificate', value: 1 }))).toBe(
      400,
    );
    expect(statusOf(() => assertAwardable('MGR', { employeeId: 'MGR', kind: 'title' }))).toBe(403);
  });
});
