import * as z from 'zod/mini';
import { employeeId as employeeIdSchema, line, named } from '#shared/schemas.ts';
import { INDICATORS, performanceSettingsSchema } from './settings.ts';

import { period } from '#shared/periods.ts';
export { period };

const amount = z.int().check(z.minimum(0), z.maximum(1e15));
const basisPoints = z.int().check(z.minimum(-100_000), z.maximum(100_000));

/** How the year's amounts spread over its months: evenly, or by twelve seasonal weights. */
export const targetSplit = named(
  'TargetSplit',
  z.union([
    z.literal('even'),
    z.strictObject({
      monthWeights: z.array(z.int().check(z.minimum(0), z.maximum(1000))).check(z.length(12)),
    }),
  ]),
);

/** A rep's annual targets (R-4.1, R-0.2): amounts in minor units of the figures' currency. */
export const targetsInput = z.strictObject({
  revenue: amount,
  profit: amount,
  newCustomers: z.int().check(z.minimum(0), z.maximum(100_000)),
  /** The rep's expense allowance for the year: spending within it is expense control. */
  expenses: amount,
  /** Revenue growth over the same period of the year before. */
  growthBasisPoints: basisPoints,
  marketShareBasisPoints: z.int().check(z.minimum(0), z.maximum(10_000)),
  /** Won among the opportunities closed (won or lost). */
  conversionBasisPoints: z.int().check(z.minimum(0), z.maximum(10_000)),
  /** The average customer rating to reach, 1.00–5.00, in hundredths. */
  satisfactionHundredths: z.int().check(z.minimum(100), z.maximum(500)),
  split: z._default(targetSplit, 'even'),
});

export const SUMMED = ['revenue', 'profit', 'newCustomers', 'expenses'] as const;
export type Summed = (typeof SUMMED)[number];

export const targets = named(
  'Targets',
  z.object({
    employeeId: z.string(),
    year: z.string(),
    currency: z.string(),
    revenue: z.int(),
    profit: z.int(),
    newCustomers: z.int(),
    expenses: z.int(),
    growthBasisPoints: z.int(),
    marketShareBasisPoints: z.int(),
    conversionBasisPoints: z.int(),
    satisfactionHundredths: z.int(),
    split: targetSplit,
    /** The year's amounts month by month (January first); each adds up to the year's. */
    months: z.object({
      revenue: z.array(z.int()),
      profit: z.array(z.int()),
      newCustomers: z.array(z.int()),
      expenses: z.array(z.int()),
    }),
    setBy: z.string(),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type Targets = z.output<typeof targets>;

/** A region's market size for a year (R-4.1 market share), in minor units of the figures' currency. */
export const marketSizesInput = z.strictObject({
  regions: z
    .array(
      z.strictObject({
        region: line(60),
        size: amount.check(z.positive()),
      }),
    )
    .check(z.minLength(1), z.maxLength(100)),
});

/** One event's contribution to a rep's month: what the indicators are summed from. */
export const FACT_KINDS = [
  'order',
  'new-customer',
  'opportunity-won',
  'opportunity-lost',
  'rating',
  'expense',
  'complaint',
  'collected',
  'clawback',
  'refund',
] as const;
export interface Fact {
  employeeId: string;
  month: string;
  eventId: string;
  kind: (typeof FACT_KINDS)[number];
  at: string;
  amount?: number;
  cost?: number;
  currency?: string;
  region?: string;
  score?: number;
  /** A payment's or a clawback's order, and its amount split over the order's products. */
  orderId?: string;
  shares?: { productId: string; amount: number }[];
}

export const indicatorRow = named(
  'IndicatorRow',
  z.object({
    indicator: z.enum(INDICATORS),
    /** Missing when no target is set, or nothing yet to measure (no ratings, no closed opportunity …). */
    target: z.optional(z.int()),
    actual: z.optional(z.int()),
    /** actual ÷ target (the other way round for expense control), in basis points. */
    attainmentBasisPoints: z.optional(z.int()),
    unit: z.enum(['minor-units', 'count', 'basis-points', 'hundredths']),
  }),
);
export type IndicatorRow = z.output<typeof indicatorRow>;

export const performanceView = named(
  'PerformanceView',
  z.object({
    employeeId: z.string(),
    period: z.string(),
    months: z.array(z.string()),
    currency: z.string(),
    rulesVersion: z.string(),
    indicators: z.array(indicatorRow),
    /** The quantitative score so far (0–100) by the published weights; missing indicators' weight is shared by the others. */
    quantitativeScore: z.optional(z.number()),
    counts: z.object({
      orders: z.int(),
      opportunitiesWon: z.int(),
      opportunitiesLost: z.int(),
      ratings: z.int(),
      complaints: z.int(),
    }),
    /** Revenue of orders in other currencies, not in the indicators. */
    otherCurrencies: z.record(z.string(), z.int()),
  }),
);
export type PerformanceView = z.output<typeof performanceView>;

/** One run of a period's evaluation. */
export const evaluationRun = named(
  'EvaluationRun',
  z.object({
    period: z.string(),
    run: z.int(),
    kind: z.enum(['month', 'quarter', 'year']),
    status: z.enum(['evaluating', 'evaluated']),
    /** The schedule, or the manager who started it again. */
    startedBy: z.string(),
    reason: z.optional(z.string()),
    /** The rules it applies, whatever the settings say later. */
    rules: performanceSettingsSchema,
    requestedAt: z.string(),
    /**
     * When the ratings of a quarter or a year are due: the rating window counted from when the run
     * started, so a run started late (a missed firing, an evaluation fired by hand) still gives the
     * raters their whole window.
     */
    ratingsDueAt: z.optional(z.string()),
    evaluatedAt: z.optional(z.string()),
    evaluated: z.optional(z.int()),
  }),
);
export type EvaluationRun = z.output<typeof evaluationRun>;

export const TRAINING_TOPICS = [
  'product_knowledge',
  'sales_skills',
  'customer_service',
  'market_analysis',
  'industry_knowledge',
] as const;

/** The consequences a graded result proposes. */
export const proposals = named(
  'Proposals',
  z.object({
    /** Minor units of the figures' currency, by the published formula. */
    bonus: z.int(),
    promotionPriority: z.enum(['high', 'normal', 'none']),
    trainingNeeds: z.array(z.enum(TRAINING_TOPICS)),
    coachingPlan: z.optional(z.object({ goals: z.array(z.string()), reviewOn: z.string() })),
    /** A second fail after a coaching plan: the manager decides on reassignment. */
    reassignmentReview: z.boolean(),
    /** Percent of pay (§5.4.1): a raise above 0, kept at 0, a cut below; absent from results graded under rules 2026.1. */
    payAdjustmentPercent: z.optional(z.int()),
  }),
);
export type Proposals = z.output<typeof proposals>;

/** A rep's evaluation in one run: the indicators and the quantitative score, and the periods it builds on. */
export const evaluation = named(
  'Evaluation',
  z.object({
    period: z.string(),
    run: z.int(),
    employeeId: z.string(),
    rulesVersion: z.string(),
    indicators: z.array(indicatorRow),
    quantitativeScore: z.optional(z.number()),
    counts: performanceView.def.shape.counts,
    /** For a quarter its months', for a year its quarters' latest scores. */
    parts: z.array(z.object({ period: z.string(), run: z.int(), quantitativeScore: z.optional(z.number()) })),
    evaluatedAt: z.string(),
    /**
     * `rating` while a quarter's or a year's raters answer (until `ratingsDueAt`); `graded` with the
     * composite score and grade (a month's is preliminary: its quantitative score alone).
     */
    status: z.enum(['rating', 'graded']),
    ratingsDueAt: z.optional(z.string()),
    ratings: z.optional(
      z.object({ asked: z.int(), answered: z.int(), byGroup: z.record(z.string(), z.int()) }),
    ),
    qualitativeScore: z.optional(z.number()),
    compositeScore: z.optional(z.number()),
    grade: z.optional(z.enum(['excellent', 'good', 'pass', 'fail'])),
    preliminary: z.optional(z.boolean()),
    gradedAt: z.optional(z.string()),
    /** What the result proposes, for the manager to confirm or adjust. */
    proposals: z.optional(proposals),
    decision: z.optional(
      z.object({ ...proposals.def.shape, by: z.string(), at: z.string(), reason: z.optional(z.string()) }),
    ),
    comments: z.optional(z.array(z.object({ by: z.string(), at: z.string(), text: z.string() }))),
  }),
);
export type Evaluation = z.output<typeof evaluation>;

export const rerunRequest = z.strictObject({
  /** What was corrected since the last run. */
  reason: z.string().check(z.minLength(1), z.maxLength(1000)),
});

/** A request to rate a rep in a run: to the supervisor, a peer or a key customer's contact. */
export interface RatingRequest {
  id: string;
  period: string;
  run: number;
  employeeId: string;
  employeeName: string;
  group: 'supervisor' | 'peer' | 'customer';
  /** The rater: an employee, or `contact:<customer>/<contact>`. */
  raterKey: string;
  raterName: string;
  email: string;
  language: 'zh-CN' | 'en';
  dueAt: string;
  scores?: { attitude: number; teamwork: number; communication: number; problemSolving: number };
  answeredAt?: string;
  tokenHash?: string;
  validUntil?: string;
  usedAt?: string;
}

/** The manager confirms the proposals, or changes some of them with a reason. */
export const decisionInput = z.strictObject({
  bonus: z.optional(z.int().check(z.minimum(0), z.maximum(1e12))),
  promotionPriority: z.optional(z.enum(['high', 'normal', 'none'])),
  trainingNeeds: z.optional(z.array(z.enum(TRAINING_TOPICS)).check(z.maxLength(5))),
  /** For a rep flagged after a second fail: whether to reassign them. */
  reassignmentReview: z.optional(z.boolean()),
  /** Percent of pay: another raise or cut than proposed, or 0 where a fail gets another measure. */
  payAdjustmentPercent: z.optional(z.int().check(z.minimum(-50), z.maximum(50))),
  reason: z.optional(z.string().check(z.minLength(1), z.maxLength(1000))),
});

export const commentInput = z.strictObject({ text: z.string().check(z.minLength(1), z.maxLength(2000)) });

export const COACHING_STATUSES = ['open', 'due', 'reviewed'] as const;

/**
 * A failed rep's coaching plan (§5.4.3): `open` until its review day, `due` from then (the
 * manager and the supervisor were reminded), `reviewed` with the outcome. Not improved, the rep is
 * flagged for the manager's decision on reassignment or dismissal.
 */
export const coachingPlan = named(
  'CoachingPlan',
  z.object({
    employeeId: z.string(),
    /** The failed evaluation: its period and run. */
    period: z.string(),
    run: z.int(),
    goals: z.array(z.string()),
    reviewOn: z.string(),
    status: z.enum(COACHING_STATUSES),
    dueAt: z.optional(z.string()),
    review: z.optional(
      z.object({
        outcome: z.enum(['improved', 'not_improved']),
        note: z.string(),
        by: z.string(),
        at: z.string(),
      }),
    ),
    /** Not improved after coaching: the manager decides on reassignment or dismissal. */
    reassignmentReview: z.boolean(),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type CoachingPlan = z.output<typeof coachingPlan>;

export const coachingReviewInput = z.strictObject({
  outcome: z.enum(['improved', 'not_improved']),
  /** What the review found against each goal. */
  note: z.string().check(z.minLength(1), z.maxLength(2000)),
});

export const coachingPlanListQuery = z.strictObject({ status: z.optional(z.enum(COACHING_STATUSES)) });

export const AWARD_KINDS = ['certificate', 'prize', 'cash_award', 'title'] as const;

/** An honour or award (§5.4.2), granted by the sales manager for a period. */
export const award = named(
  'Award',
  z.object({
    id: z.string(),
    employeeId: z.string(),
    /** The year, quarter or month it honours. */
    period: z.string(),
    kind: z.enum(AWARD_KINDS),
    /** E.g. 2026 年度销售冠军 / Top seller of 2026. */
    title: z.string(),
    /** What it was for. */
    reason: z.string(),
    /** A cash award's or a prize's value, in minor units of the figures' currency. */
    value: z.optional(z.int()),
    currency: z.optional(z.string()),
    grantedBy: z.string(),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type Award = z.output<typeof award>;

export const newAward = z.strictObject({
  employeeId: employeeIdSchema,
  period,
  kind: z.enum(AWARD_KINDS),
  title: line(200),
  reason: z.string().check(z.minLength(1), z.maxLength(2000)),
  /** Minor units of the figures' currency (cash awards and prizes). */
  value: z.optional(z.int().check(z.positive(), z.maximum(1e10))),
});

export const awardListQuery = z.strictObject({
  /** A year: the department's awards of it (its quarters and months too). */
  year: z.optional(z.string().check(z.regex(/^20\d\d$/, 'Must be a year, e.g. 2026'))),
  /** One employee's awards. */
  employeeId: z.optional(employeeIdSchema),
});
