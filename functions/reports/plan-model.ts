import * as z from 'zod/mini';
import { period } from '#shared/periods.ts';
import { currencyCode, dateBetween, employeeId, line, named, text, ulidId } from '#shared/schemas.ts';

/**
 * The department's sales plans and the manager's analyses (§2.1.1, §2.1.5): a year's, a quarter's
 * or a month's strategy, goals (revenue in all, by product and by region; new customers; markets to
 * enter) and actions with owners and dates, read beside the period's actual figures; and, per
 * period, the manager's analysis of it with the figures it cites.
 */
const amount = z.int().check(z.minimum(0), z.maximum(1e13));

export const planInput = z.strictObject({
  strategy: text(4000),
  /** The goals' currency: the reports' figures in it are the actuals. */
  currency: currencyCode,
  goals: z.strictObject({
    revenue: amount,
    byProduct: z._default(
      z.array(z.strictObject({ productId: ulidId, revenue: amount })).check(z.maxLength(100)),
      [],
    ),
    byRegion: z._default(
      z.array(z.strictObject({ region: line(100), revenue: amount })).check(z.maxLength(100)),
      [],
    ),
    newCustomers: z.int().check(z.minimum(0), z.maximum(100_000)),
    marketsToEnter: z._default(z.array(line(200)).check(z.maxLength(50)), []),
  }),
  actions: z
    .array(
      z.strictObject({
        action: line(500),
        ownerId: employeeId,
        /** From a year back (a plan set while its period is under way) to two years ahead. */
        dueOn: dateBetween(1, 2),
        done: z._default(z.boolean(), false),
      }),
    )
    .check(z.maxLength(100)),
});
export type PlanInput = z.output<typeof planInput>;

export const planParams = z.strictObject({ period });

const attainment = z.object({
  goal: z.int(),
  actual: z.int(),
  /** actual ÷ goal; absent when the goal is 0. */
  attainmentBasisPoints: z.optional(z.int()),
});

export const salesPlan = named(
  'SalesPlan',
  z.object({
    period: z.string(),
    strategy: z.string(),
    currency: z.string(),
    goals: z.object({
      revenue: z.int(),
      byProduct: z.array(z.object({ productId: z.string(), revenue: z.int() })),
      byRegion: z.array(z.object({ region: z.string(), revenue: z.int() })),
      newCustomers: z.int(),
      marketsToEnter: z.array(z.string()),
    }),
    actions: z.array(
      z.object({ action: z.string(), ownerId: z.string(), dueOn: z.string(), done: z.boolean() }),
    ),
    updatedBy: z.string(),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type SalesPlan = z.output<typeof salesPlan>;

/** The plan's goals against the period's actual figures so far. */
export const planActuals = named(
  'PlanActuals',
  z.object({
    revenue: attainment,
    byProduct: z.array(z.object({ productId: z.string(), ...attainment.def.shape })),
    byRegion: z.array(z.object({ region: z.string(), ...attainment.def.shape })),
    newCustomers: attainment,
    /** Actions past their day and not done. */
    overdueActions: z.int(),
  }),
);
export type PlanActuals = z.output<typeof planActuals>;

export const analysisInput = z.strictObject({
  /** How the period went against the plan, in the manager's words. */
  assessment: text(4000),
  problems: z.array(line(500)).check(z.maxLength(50)),
  measures: z.array(line(500)).check(z.maxLength(50)),
});

/** The manager's analysis of a period (§2.1.5), with the figures it cites as they were then. */
export const salesAnalysis = named(
  'SalesAnalysis',
  z.object({
    id: z.string(),
    period: z.string(),
    assessment: z.string(),
    problems: z.array(z.string()),
    measures: z.array(z.string()),
    /** The plan's goals against the actual figures when the analysis was written. */
    figures: planActuals,
    by: z.string(),
    at: z.string(),
  }),
);
export type SalesAnalysis = z.output<typeof salesAnalysis>;
