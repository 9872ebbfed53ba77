import * as z from 'zod/mini';
import { period } from '#shared/periods.ts';
import { rejection } from '../approvals/public.ts';
import { dateBetween, employeeId, line, text, ulidId, named } from '#shared/schemas.ts';

/** Expense categories of the budget. */
export const EXPENSE_CATEGORIES = [
  'travel',
  'entertainment',
  'marketing',
  'advertising',
  'training',
  'other',
] as const;
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

const amount = z.int().check(z.minimum(0), z.maximum(1e13));

/** One category of the annual budget: the year's amount, optionally its quarters and months, optionally per rep. */
export const budgetCategoryInput = z.strictObject({
  category: z.enum(EXPENSE_CATEGORIES),
  /** Minor units. */
  amount,
  /** Four parts that add up to the amount; even by default. */
  quarters: z.optional(z.array(amount).check(z.length(4))),
  /** Twelve parts that add up to the amount (and to each quarter); even within each quarter by default. */
  months: z.optional(z.array(amount).check(z.length(12))),
  /** Parts of the amount for named reps (each split evenly over the months); the rest is shared. */
  reps: z.optional(
    z.array(z.strictObject({ repId: employeeId, amount })).check(
      z.minLength(1),
      z.maxLength(200),
      z.refine((reps) => new Set(reps.map((rep) => rep.repId)).size === reps.length, 'Each rep once'),
    ),
  ),
});
export type BudgetCategoryInput = z.output<typeof budgetCategoryInput>;

export const budgetInput = z.strictObject({
  categories: z.array(budgetCategoryInput).check(
    z.minLength(1),
    z.maxLength(6),
    z.refine(
      (categories) => new Set(categories.map((item) => item.category)).size === categories.length,
      'Each category once',
    ),
  ),
});

export const yearParams = z.strictObject({
  year: z.string().check(z.regex(/^20\d\d$/, 'Must be a year, e.g. 2026')),
});

/** One budget line: a category's month, for the department or one rep; its figures in minor units. */
export const budgetLine = named(
  'BudgetLine',
  z.object({
    year: z.string(),
    month: z.string(),
    category: z.enum(EXPENSE_CATEGORIES),
    /** `department`, or the rep's id. */
    scope: z.string(),
    budgeted: z.int(),
    /** Claims under approval. */
    reserved: z.int(),
    /** Claims paid. */
    spent: z.int(),
    /** budgeted − reserved − spent: what a new claim may still reserve. */
    available: z.int(),
  }),
);
export type BudgetLine = z.output<typeof budgetLine>;

export const CLAIM_STATUSES = [
  'draft',
  'under_review',
  'approved',
  'paid',
  'rejected',
  'refused',
  'withdrawn',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/**
 * An expense claim: filed before spending, reviewed by its chain (finance last: approved for
 * payment, or refused), then paid by finance, who records the payment.
 */
export const claim = named(
  'Claim',
  z.object({
    id: z.string(),
    claimantId: z.string(),
    category: z.enum(EXPENSE_CATEGORIES),
    amount: z.int(),
    currency: z.string(),
    /** The day of the expense: its month is the budget line it draws on. */
    date: z.string(),
    reason: z.string(),
    status: z.enum(CLAIM_STATUSES),
    /** Review rounds so far. */
    round: z.int(),
    /** The budget lines it reserves on while under review (department, and the rep's if any). */
    reservedOn: z.optional(z.array(z.string())),
    lastRejection: z.optional(rejection),
    /** When its last step (finance) approved it for payment. */
    approvedAt: z.optional(z.string()),
    /** When finance recorded its payment (`ClaimPayment`). */
    paidAt: z.optional(z.string()),
    /** The business trip it was spent on (§2.3.5). */
    tripId: z.optional(z.string()),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type Claim = z.output<typeof claim>;

export const newClaim = z.strictObject({
  category: z.enum(EXPENSE_CATEGORIES),
  /** Minor units of the department's currency. */
  amount: z.int().check(z.positive(), z.maximum(1e11)),
  /** Filed before spending: from two years back to two years ahead. */
  date: dateBetween(2, 2),
  reason: text(2000),
  /** The business trip it is for: one of the claimant's, not cancelled. */
  tripId: z.optional(ulidId),
});

/** Finance's record of paying an approved claim: the whole amount, on a day, with its reference. */
export const newClaimPayment = z.strictObject({
  /** The claim's amount: a claim is paid whole (sent to make the amount explicit). */
  amount: z.int().check(z.positive(), z.maximum(1e11)),
  /** The day the money went out. */
  paidOn: dateBetween(2, 0),
  /** The bank transfer's or the voucher's reference. */
  reference: line(100),
});

export const claimPayment = named(
  'ClaimPayment',
  z.object({
    claimId: z.string(),
    amount: z.int(),
    currency: z.string(),
    paidOn: z.string(),
    reference: z.string(),
    /** Finance's employee who paid it. */
    paidBy: z.string(),
    recordedAt: z.string(),
  }),
);
export type ClaimPayment = z.output<typeof claimPayment>;

/** Receipts are PDF, JPEG or PNG files of at most 10 MB (no type that can carry active content). */
export const RECEIPT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const MAX_RECEIPT_BYTES = 10 * 1024 * 1024;
export const MAX_RECEIPTS = 10;

export const newReceipt = z.strictObject({
  fileName: line(200),
  contentType: z.enum(RECEIPT_TYPES),
  /** Bytes: the upload URL is signed for exactly this length. */
  size: z.int().check(z.positive(), z.maximum(MAX_RECEIPT_BYTES)),
});

export const receipt = named(
  'Receipt',
  z.object({
    id: z.string(),
    claimId: z.string(),
    fileName: z.string(),
    contentType: z.enum(RECEIPT_TYPES),
    size: z.int(),
    addedBy: z.string(),
    addedAt: z.string(),
  }),
);
export type Receipt = z.output<typeof receipt>;

export const receiptParams = z.strictObject({ id: ulidId, receiptId: ulidId });

export const claimListQuery = z.strictObject({ status: z.optional(z.enum(CLAIM_STATUSES)) });

export const reportQuery = z.strictObject({
  period,
  format: z.optional(z.enum(['json', 'csv'])),
});
