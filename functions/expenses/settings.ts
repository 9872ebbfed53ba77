import * as z from 'zod/mini';
import { samplingRule } from './audit-model.ts';

/**
 * Expense policy. Defaults below; a deployment overrides any part with the `expenses` CDK
 * context value, passed on as EXPENSE_SETTINGS (JSON).
 */
export const expenseSettingsSchema = z.object({
  /** Claims are filed and budgets kept in this currency (minor units). */
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  /** Above this amount a claim also needs the senior approver (minor units; 500000 is ¥5,000). */
  seniorThreshold: z.int().check(z.minimum(0)),
  /** Who approves above the threshold: the finance head or the general manager. */
  seniorApprover: z.enum(['finance', 'general_manager']),
  /** The monthly comparison flags a category or rep whose spending departs more than this from budget. */
  deviationPercent: z.int().check(z.minimum(0), z.maximum(1000)),
  /** A claim above this amount is submitted only with a receipt or invoice attached (§7.2.1; minor units, 20000 is ¥200). */
  receiptRequiredAbove: z.int().check(z.minimum(0)),
  /** The internal audit's published sampling rule (R-6.6, §7.3.3). */
  audit: samplingRule,
});
export type ExpenseSettings = z.output<typeof expenseSettingsSchema>;

export const DEFAULT_EXPENSE_SETTINGS: ExpenseSettings = {
  currency: 'CNY',
  seniorThreshold: 500_000,
  seniorApprover: 'general_manager',
  deviationPercent: 10,
  receiptRequiredAbove: 20_000,
  // Every claim of ¥5,000 or more, all entertainment, and one in ten of the rest; fifty at most.
  audit: {
    amountAtLeast: 500_000,
    categories: ['entertainment'],
    claimants: [],
    randomShare: 0.1,
    maxSample: 50,
  },
};

export function expenseSettings(json = process.env.EXPENSE_SETTINGS): ExpenseSettings {
  return json
    ? z.parse(expenseSettingsSchema, { ...DEFAULT_EXPENSE_SETTINGS, ...(JSON.parse(json) as object) })
    : DEFAULT_EXPENSE_SETTINGS;
}
