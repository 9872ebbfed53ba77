import * as z from 'zod/mini';

/**
 * The published rules of performance evaluation: the currency the figures
 * are kept in, the weight of each indicator, the attainment cap, the grade thresholds. They are a
 * versioned setting: each evaluation records the version it used, so the same inputs always give
 * the same grade. Defaults below; a deployment overrides any part with the `performance` CDK
 * context value, passed on as PERFORMANCE_SETTINGS (JSON), and names its own `rulesVersion`.
 */
export const INDICATORS = [
  'revenue',
  'profit',
  'growth',
  'marketShare',
  'newCustomers',
  'conversion',
  'satisfaction',
  'expenseControl',
] as const;
export type Indicator = (typeof INDICATORS)[number];

const weight = z.int().check(z.minimum(0), z.maximum(100));
const percent = z.int().check(z.minimum(0), z.maximum(300));

export const performanceSettingsSchema = z.object({
  /** Changes whenever a rule below changes; evaluations keep the version they used. */
  rulesVersion: z.string().check(z.minLength(1), z.maxLength(40)),
  /** Figures and targets are kept in this currency; orders in others are reported apart. */
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  /** Points of each indicator in the quantitative score (they add up to 100). */
  weights: z.record(z.enum(INDICATORS), weight),
  /** Attainment above this (basis points, 12000 = 120 %) earns no more points. */
  attainmentCapBasisPoints: z.int().check(z.minimum(10_000), z.maximum(30_000)),
  /** The least composite score of each grade, best first; below `pass` is `fail`. */
  grades: z.object({ excellent: weight, good: weight, pass: weight }),
  /** The share of the quantitative score in the composite (the rest is the qualitative score). */
  quantitativeShare: weight,
  /** How much each group of raters counts in the qualitative score (percent, adding up to 100). */
  raterWeights: z.object({ supervisor: weight, peer: weight, customer: weight }),
  /** Days the raters of a quarter's or a year's evaluation have to answer. */
  ratingDays: z.int().check(z.positive(), z.maximum(60)),
  /** How many peers rate a rep: the next ones by id in the same team (rating-rules.ts `peersOf`). */
  peerRaters: z.int().check(z.minimum(0), z.maximum(10)),
  /** How many of a rep's key (A) customers' contacts are asked to rate them. */
  customerRaters: z.int().check(z.minimum(0), z.maximum(10)),
  /**
   * The bonus formula: base (minor units, by period) × the grade's multiplier (percent) ×
   * revenue attainment (capped); a fail earns none.
   */
  bonus: z.object({
    base: z.object({ quarter: z.int().check(z.minimum(0)), year: z.int().check(z.minimum(0)) }),
    multiplierPercent: z.object({ excellent: percent, good: percent, pass: percent }),
  }),
  /** Below this attainment (basis points) an indicator proposes training, and a fail's coaching goal. */
  trainingBelowBasisPoints: z.int().check(z.minimum(0), z.maximum(10_000)),
  /** Days from a fail to its coaching plan's review. */
  coachingReviewDays: z.int().check(z.positive(), z.maximum(365)),
  /**
   * The pay adjustment each grade proposes (§5.4.1), in percent of pay: a raise for excellent, pay
   * kept for good (its reward is the bonus) and pass, a cut for a fail (or another measure the
   * manager decides instead).
   */
  payAdjustmentPercent: z.object({
    excellent: z.int().check(z.minimum(0), z.maximum(50)),
    good: z.int().check(z.minimum(0), z.maximum(50)),
    pass: z.int().check(z.minimum(-50), z.maximum(50)),
    fail: z.int().check(z.minimum(-50), z.maximum(0)),
  }),
  /**
   * A complaint logged against a rep's customer counts in the satisfaction indicator as one rating
   * of this score (1 to 5) in the month it was logged (§4.4.3: complaints are the customers' word
   * too); `null` counts complaints apart only.
   */
  complaintRating: z.nullable(z.int().check(z.minimum(1), z.maximum(5))),
});
export type PerformanceSettings = z.output<typeof performanceSettingsSchema>;

export const DEFAULT_PERFORMANCE_SETTINGS: PerformanceSettings = {
  rulesVersion: '2026.3',
  currency: 'CNY',
  weights: {
    revenue: 30,
    profit: 15,
    growth: 10,
    marketShare: 5,
    newCustomers: 10,
    conversion: 10,
    satisfaction: 10,
    expenseControl: 10,
  },
  attainmentCapBasisPoints: 12_000,
  grades: { excellent: 90, good: 75, pass: 60 },
  quantitativeShare: 70,
  raterWeights: { supervisor: 50, peer: 30, customer: 20 },
  ratingDays: 7,
  peerRaters: 2,
  customerRaters: 2,
  bonus: {
    base: { quarter: 600_000, year: 3_000_000 },
    multiplierPercent: { excellent: 150, good: 100, pass: 50 },
  },
  trainingBelowBasisPoints: 8000,
  coachingReviewDays: 90,
  payAdjustmentPercent: { excellent: 5, good: 0, pass: 0, fail: -5 },
  complaintRating: 1,
};

export function performanceSettings(json = process.env.PERFORMANCE_SETTINGS): PerformanceSettings {
  const settings = json
    ? z.parse(performanceSettingsSchema, { ...DEFAULT_PERFORMANCE_SETTINGS, ...(JSON.parse(json) as object) })
    : DEFAULT_PERFORMANCE_SETTINGS;
  const total = INDICATORS.reduce((sum, indicator) => sum + (settings.weights[indicator] ?? 0), 0);
  if (total !== 100) throw new Error(`performance weights add up to ${total}, not 100`);
  const raters =
    settings.raterWeights.supervisor + settings.raterWeights.peer + settings.raterWeights.customer;
  if (raters !== 100) throw new Error(`performance raterWeights add up to ${raters}, not 100`);
  return settings;
}
