import { defineOwnership } from '#shared/access.ts';
import { type Caller, hasAnyRole } from '#shared/caller.ts';
import { invalid, notAllowed } from '#shared/domain-errors.ts';
import type { Fact, IndicatorRow, SUMMED, Targets } from './model.ts';
import type { Indicator, PerformanceSettings } from './settings.ts';

/**
 * Performance's pure rules: periods, the split of annual targets, the
 * figures of a period from its facts, attainment per indicator, the quantitative score.
 */

/**
 * Splits a year's amount over twelve months by weights (even: all equal), in whole units, by the
 * largest remainder so the parts add up to the whole exactly (ties to the earlier month).
 */
export function splitAnnual(total: number, weights: readonly number[] = Array(12).fill(1)): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length !== 12 || sum <= 0)
    throw invalid([{ in: 'body', path: 'split.monthWeights', message: 'Twelve weights, not all zero' }]);
  const exact = weights.map((weight) => (total * weight) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index]! += 1;
    left--;
  }
  return parts;
}

/** A target's months: what the period's months of a summed indicator add up to. */
export function periodTarget(
  targets: Targets,
  indicator: (typeof SUMMED)[number],
  months: readonly string[],
) {
  return months.reduce((sum, month) => sum + (targets.months[indicator][Number(month.slice(5)) - 1] ?? 0), 0);
}

export interface Figures {
  orders: number;
  revenue: number;
  /** Revenue of orders whose cost is known (profit = this − cost). */
  costedRevenue: number;
  cost: number;
  revenueByRegion: Record<string, number>;
  otherCurrencies: Record<string, number>;
  newCustomers: number;
  won: number;
  lost: number;
  ratings: number;
  ratingSum: number;
  expenses: number;
  complaints: number;
}

/** Sums a period's facts; orders in other currencies are kept apart. */
export function figuresOf(facts: readonly Fact[], currency: string): Figures {
  const figures: Figures = {
    orders: 0,
    revenue: 0,
    costedRevenue: 0,
    cost: 0,
    revenueByRegion: {},
    otherCurrencies: {},
    newCustomers: 0,
    won: 0,
    lost: 0,
    ratings: 0,
    ratingSum: 0,
    expenses: 0,
    complaints: 0,
  };
  for (const fact of facts) {
    switch (fact.kind) {
      case 'order':
        figures.orders++;
        if (fact.currency !== currency) {
          figures.otherCurrencies[fact.currency!] =
            (figures.otherCurrencies[fact.currency!] ?? 0) + fact.amount!;
          break;
        }
        figures.revenue += fact.amount!;
        if (fact.cost !== undefined) {
          figures.costedRevenue += fact.amount!;
          figures.cost += fact.cost;
        }
        if (fact.region)
          figures.revenueByRegion[fact.region] = (figures.revenueByRegion[fact.region] ?? 0) + fact.amount!;
        break;
      case 'new-customer':
        figures.newCustomers++;
        break;
      case 'opportunity-won':
        figures.won++;
        break;
      case 'opportunity-lost':
        figures.lost++;
        break;
      case 'rating':
        figures.ratings++;
        figures.ratingSum += fact.score!;
        break;
      case 'expense':
        figures.expenses += fact.amount!;
        break;
      case 'complaint':
        figures.complaints++;
        break;
    }
  }
  return figures;
}

const ratio = (numerator: number, denominator: number) => Math.round((numerator * 10_000) / denominator);

/**
 * Each indicator's target, actual and attainment for a period. Rates (growth, market share,
 * conversion, satisfaction) are measured over the period; an indicator without data (no ratings,
 * no closed opportunity, no sales a year before, no market size) has no actual.
 *
 * Market share: the period's revenue from customers in the regions that have a market size, over
 * those regions' annual market sizes prorated to the period's months.
 */
export function indicatorRows(input: {
  targets: Targets | undefined;
  months: readonly string[];
  figures: Figures;
  revenueYearBefore: number;
  marketSizes: Record<string, number>;
  settings: PerformanceSettings;
}): IndicatorRow[] {
  const { targets, months, figures, revenueYearBefore, marketSizes, settings } = input;
  const sizedRegions = Object.keys(figures.revenueByRegion).filter((region) => marketSizes[region]);
  const market = sizedRegions.reduce((sum, region) => sum + (marketSizes[region]! * months.length) / 12, 0);
  // Complaints are the customers' word too: each counts as a rating of `complaintRating`, if set.
  const complaintRatings = settings.complaintRating === null ? 0 : figures.complaints;
  const ratings = figures.ratings + complaintRatings;
  const ratingSum = figures.ratingSum + complaintRatings * (settings.complaintRating ?? 0);
  const actual: Record<Indicator, number | undefined> = {
    revenue: figures.revenue,
    profit: figures.costedRevenue - figures.cost,
    growth: revenueYearBefore > 0 ? ratio(figures.revenue - revenueYearBefore, revenueYearBefore) : undefined,
    marketShare:
      market > 0
        ? ratio(
            sizedRegions.reduce((sum, region) => sum + figures.revenueByRegion[region]!, 0),
            market,
          )
        : undefined,
    newCustomers: figures.newCustomers,
    conversion: figures.won + figures.lost > 0 ? ratio(figures.won, figures.won + figures.lost) : undefined,
    satisfaction: ratings > 0 ? Math.round((ratingSum * 100) / ratings) : undefined,
    expenseControl: figures.expenses,
  };
  const target: Record<Indicator, number | undefined> = targets
    ? {
        revenue: periodTarget(targets, 'revenue', months),
        profit: periodTarget(targets, 'profit', months),
        growth: targets.growthBasisPoints,
        marketShare: targets.marketShareBasisPoints,
        newCustomers: periodTarget(targets, 'newCustomers', months),
        conversion: targets.conversionBasisPoints,
        satisfaction: targets.satisfactionHundredths,
        expenseControl: periodTarget(targets, 'expenses', months),
      }
    : ({} as Record<Indicator, undefined>);
  const units: Record<Indicator, IndicatorRow['unit']> = {
    revenue: 'minor-units',
    profit: 'minor-units',
    growth: 'basis-points',
    marketShare: 'basis-points',
    newCustomers: 'count',
    conversion: 'basis-points',
    satisfaction: 'hundredths',
    expenseControl: 'minor-units',
  };
  return (Object.keys(units) as Indicator[]).map((indicator) => {
    const reached = attainment(indicator, actual[indicator], target[indicator], settings);
    return {
      indicator,
      unit: units[indicator],
      ...(target[indicator] !== undefined ? { target: target[indicator] } : {}),
      ...(actual[indicator] !== undefined ? { actual: actual[indicator] } : {}),
      ...(reached !== undefined ? { attainmentBasisPoints: reached } : {}),
    };
  });
}

/**
 * Attainment in basis points, capped: actual ÷ target; for expense control, allowance ÷ spent
 * (spending nothing, or within the allowance, reaches at least 100 %). Growth compares the margin
 * over the year before: 10000 + actual − target (a growth 2 points short of its target is 98 %).
 */
export function attainment(
  indicator: Indicator,
  actual: number | undefined,
  target: number | undefined,
  settings: Pick<PerformanceSettings, 'attainmentCapBasisPoints'>,
): number | undefined {
  if (actual === undefined || target === undefined) return undefined;
  const cap = settings.attainmentCapBasisPoints;
  let reached: number;
  if (indicator === 'expenseControl') reached = actual === 0 ? cap : ratio(target, actual);
  else if (indicator === 'growth') reached = 10_000 + actual - target;
  else if (target <= 0) return undefined;
  else reached = ratio(actual, target);
  return Math.max(0, Math.min(cap, reached));
}

/**
 * The quantitative score (0–100): each indicator's weight × its attainment ÷ the cap, so meeting
 * every target exactly scores 100 ÷ 1.2 ≈ 83 and exceeding them all by the cap scores 100.
 * Indicators without an attainment are left out and their weight shared by the others in
 * proportion; with none, there is no score. Rounded to two decimals.
 */
export function quantitativeScore(
  rows: readonly Pick<IndicatorRow, 'indicator' | 'attainmentBasisPoints'>[],
  settings: Pick<PerformanceSettings, 'weights' | 'attainmentCapBasisPoints'>,
): number | undefined {
  const measured = rows.filter(
    (row) => row.attainmentBasisPoints !== undefined && settings.weights[row.indicator],
  );
  const weights = measured.reduce((sum, row) => sum + settings.weights[row.indicator]!, 0);
  if (weights === 0) return undefined;
  const points = measured.reduce(
    (sum, row) =>
      sum +
      (settings.weights[row.indicator]! * row.attainmentBasisPoints!) / settings.attainmentCapBasisPoints,
    0,
  );
  return Math.round((points / weights) * 100 * 100) / 100;
}

/** Checked by `assertMayRead` (a person's figures) and by the team roll-ups. */
export const ownFigures = defineOwnership(
  'own figures',
  "An employee reads their own figures, targets and evaluations; a supervisor those of their team; the sales manager and the general manager everyone's.",
);

/** Who reads whose figures: a rep their own, a supervisor their team's, the managers everyone's. */
export function assertMayRead(
  caller: Caller,
  employee: { id: string; supervisorId?: string | undefined },
): void {
  if (caller.id === employee.id) return;
  if (hasAnyRole(caller, ['sales_manager', 'general_manager'])) return;
  if (hasAnyRole(caller, ['supervisor']) && employee.supervisorId === caller.id) return;
  throw notAllowed(`The figures of ${employee.id} are not yours to read.`);
}
