import * as z from 'zod/mini';
import { rejection } from '../approvals/public.ts';
import { currencyCode, employeeId, named, ulidId } from '#shared/schemas.ts';

/**
 * Commissions on collected money: a quarter's plan, each rep's statement computed from the facts
 * the events left (money collected, commission clawed back), and the quarter's payout, which
 * finance approves through the review kit.
 */

/** Commission is planned and paid by quarter, like the evaluations: `2026-Q3`. */
export const quarter = z.string().check(z.regex(/^20\d\d-Q[1-4]$/, 'Must be a quarter, e.g. 2026-Q3'));
export const quarterParams = z.strictObject({ period: quarter });
export const statementParams = z.strictObject({ period: quarter, employeeId });

const basisPoints = (max: number) => z.int().check(z.minimum(0), z.maximum(max));

export const commissionPlanInput = z.strictObject({
  /** Money in other currencies is shown on the statement but earns no commission under this plan. */
  currency: currencyCode,
  /** The rate on collected money of a product without its own rate (basis points: 300 is 3 %). */
  defaultRateBasisPoints: basisPoints(5_000),
  /** Rates by product (the catalogue's products; each at most once). */
  productRates: z._default(
    z
      .array(z.strictObject({ productId: ulidId, rateBasisPoints: basisPoints(5_000) }))
      .check(z.maxLength(200)),
    [],
  ),
  /**
   * Accelerators: from an attainment of the quarter's revenue target (basis points, 10000 = 100 %)
   * the whole quarter's commission is multiplied (basis points, 15000 = ×1.5). The highest tier
   * reached applies; below every tier, or without a target, the multiplier is ×1.
   */
  tiers: z._default(
    z
      .array(
        z.strictObject({
          fromAttainmentBasisPoints: basisPoints(100_000),
          multiplierBasisPoints: z.int().check(z.minimum(1), z.maximum(50_000)),
        }),
      )
      .check(z.maxLength(10)),
    [],
  ),
  /** A written-off receivable takes back the commission its collected money earned. */
  clawbackOnWriteOff: z._default(z.boolean(), true),
});
export type CommissionPlanInput = z.output<typeof commissionPlanInput>;

export const commissionPlan = named(
  'CommissionPlan',
  z.object({
    period: z.string(),
    ...commissionPlanInput.def.shape,
    productRates: z.array(z.object({ productId: z.string(), rateBasisPoints: z.int() })),
    tiers: z.array(z.object({ fromAttainmentBasisPoints: z.int(), multiplierBasisPoints: z.int() })),
    clawbackOnWriteOff: z.boolean(),
    setBy: z.string(),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type CommissionPlan = z.output<typeof commissionPlan>;

export const commissionStatement = named(
  'CommissionStatement',
  z.object({
    period: z.string(),
    employeeId: z.string(),
    currency: z.string(),
    /** The plan version the statement was computed under. */
    planVersion: z.int(),
    /** Money collected on the rep's orders in the quarter (recorded by finance in its months). */
    collected: z.int(),
    /** Collected money whose commission was clawed back (its receivable written off) in the quarter. */
    clawedBack: z.int(),
    /** The quarter's revenue target, when the rep has one. */
    target: z.optional(z.int()),
    /** (collected − clawed back) ÷ target. */
    attainmentBasisPoints: z.optional(z.int()),
    multiplierBasisPoints: z.int(),
    byProduct: z.array(
      z.object({
        productId: z.string(),
        collected: z.int(),
        clawedBack: z.int(),
        rateBasisPoints: z.int(),
        /** (collected − clawed back) × rate, rounded half up. */
        base: z.int(),
      }),
    ),
    /** Σ base × multiplier, rounded half up once; negative when clawbacks exceed the quarter's earnings. */
    commission: z.int(),
    /** Money collected in other currencies than the plan's, which earns nothing under it. */
    otherCurrencies: z.record(z.string(), z.int()),
    /**
     * Each payment and clawback counted, in the order they were recorded (a payout keeps the
     * figures without them; the statement route shows them from the quarter's facts).
     */
    entries: z.optional(
      z.array(
        z.object({
          kind: z.enum(['collected', 'clawback', 'refund']),
          orderId: z.string(),
          at: z.string(),
          currency: z.string(),
          amount: z.int(),
        }),
      ),
    ),
  }),
);
export type CommissionStatement = z.output<typeof commissionStatement>;

export const PAYOUT_STATUSES = ['under_review', 'returned', 'approved'] as const;

export const commissionPayout = named(
  'CommissionPayout',
  z.object({
    period: z.string(),
    status: z.enum(PAYOUT_STATUSES),
    round: z.int(),
    submittedBy: z.string(),
    submittedAt: z.string(),
    /** The plan as the statements were computed under it. */
    plan: commissionPlan,
    /** Every rep's statement, frozen at submission. */
    statements: z.array(commissionStatement),
    currency: z.string(),
    total: z.int(),
    lastReturn: z.optional(rejection),
    approvedAt: z.optional(z.string()),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type CommissionPayout = z.output<typeof commissionPayout>;

/** A quarter's commissions as management and finance read them: the payout, or the live statements. */
export const commissionQuarter = named(
  'CommissionQuarter',
  z.object({
    period: z.string(),
    plan: commissionPlan,
    /** Absent until the sales manager submits the payout. */
    payout: z.optional(commissionPayout),
    /** The payout's frozen statements once submitted; today's otherwise. */
    statements: z.array(commissionStatement),
    total: z.int(),
  }),
);
