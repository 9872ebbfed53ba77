import * as z from 'zod/mini';

/**
 * Order fulfilment and receivables policy. Defaults below; a deployment overrides any part with
 * the `orders` CDK context value, passed on as ORDER_SETTINGS (JSON).
 */
const days = z.int().check(z.minimum(0), z.maximum(365));

/** One part of a payment plan: a share of the total, due some days after an event of the order. */
export const planPart = z.strictObject({
  percent: z.int().check(z.minimum(1), z.maximum(100)),
  /** Signing (the contract's date), delivery (its delivery date) or acceptance (delivery + `acceptanceDays`). */
  due: z.enum(['signing', 'delivery', 'acceptance']),
  days,
});
export type PlanPart = z.output<typeof planPart>;

export const paymentPlan = z.array(planPart).check(
  z.minLength(1),
  z.maxLength(12),
  z.refine(
    (parts) => parts.reduce((sum, part) => sum + part.percent, 0) === 100,
    'The parts must add up to 100 %',
  ),
);

/** Credit control (§2.5): who may override a contract past a customer's limit, and when overdue money blocks. */
export const creditSettings = z.strictObject({
  /** Roles that decide a credit override (its review step: the first role with someone who may). */
  overrideRoles: z.array(z.enum(['finance', 'general_manager', 'sales_manager'])).check(z.minLength(1)),
  /**
   * Money overdue more than `afterDays` days, above `above` (minor units, in the contract's
   * currency), makes a new contract need an override even within its limit (`above` 0: any such
   * money does). Ninety days: the aging report's last bucket, where collection is in doubt.
   */
  overdueBlock: z.strictObject({ afterDays: days, above: z.int().check(z.minimum(0)) }),
});
export type CreditSettings = z.output<typeof creditSettings>;

export const orderSettingsSchema = z.object({
  /** The plan a new order's installments follow until sales admin or finance sets its own. */
  paymentPlan,
  /** Days from the delivery date to the customer's acceptance, for plans with an acceptance part. */
  acceptanceDays: days,
  /** Days production has to accept a reviewed order before it is reminded. */
  productionAcceptDays: days,
  /** Days after the last shipment before the rep is reminded to have the receipt confirmed. */
  receiptDays: days,
  /** Days the customer's receipt link stays valid. */
  receiptLinkDays: z.int().check(z.minimum(1), z.maximum(90)),
  /** Days the fulfilment workflow waits for any one step before it stalls (sales admin restarts it). */
  stepTimeoutDays: z.int().check(z.minimum(1), z.maximum(300)),
  credit: creditSettings,
});
export type OrderSettings = z.output<typeof orderSettingsSchema>;

export const DEFAULT_ORDER_SETTINGS: OrderSettings = {
  paymentPlan: [
    { percent: 30, due: 'signing', days: 0 },
    { percent: 60, due: 'delivery', days: 30 },
    { percent: 10, due: 'acceptance', days: 0 },
  ],
  acceptanceDays: 30,
  productionAcceptDays: 2,
  receiptDays: 14,
  receiptLinkDays: 30,
  stepTimeoutDays: 120,
  credit: { overrideRoles: ['finance', 'general_manager'], overdueBlock: { afterDays: 90, above: 0 } },
};

export function orderSettings(json = process.env.ORDER_SETTINGS): OrderSettings {
  return json
    ? z.parse(orderSettingsSchema, { ...DEFAULT_ORDER_SETTINGS, ...(JSON.parse(json) as object) })
    : DEFAULT_ORDER_SETTINGS;
}
