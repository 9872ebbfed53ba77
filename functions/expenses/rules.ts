import { nextVersion } from '#shared/clock.ts';
import { defineOwnership } from '#shared/access.ts';
import { type Caller, hasAnyRole } from '#shared/caller.ts';
import { conflict, invalid, notAllowed } from '#shared/domain-errors.ts';
import { formatMoney } from '#shared/money.ts';
import type { ChainStep, ResolvedStep, ReviewSubject, Verdict } from '../approvals/public.ts';
import type { BudgetCategoryInput, BudgetLine, Claim, ClaimPayment, ExpenseCategory } from './model.ts';
import type { ExpenseSettings } from './settings.ts';

/**
 * Expenses' pure rules (R-6.1 to R-6.5), amounts in minor units: budget splits, the lines a claim
 * draws on, the approval chain by amount and claimant, and a claim's transitions.
 */

/** `amount` in `parts` whole parts, the remainder spread one by one from the first. */
export function splitEvenly(amount: number, parts: number): number[] {
  const base = Math.floor(amount / parts);
  const rest = amount - base * parts;
  return Array.from({ length: parts }, (_, index) => base + (index < rest ? 1 : 0));
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * A category's twelve monthly amounts: given months must add up to the year (and to given
 * quarters); given quarters must add up to the year and are split evenly over their months.
 */
export function monthlyBudget(
  input: Pick<BudgetCategoryInput, 'amount' | 'quarters' | 'months'>,
  index = 0,
): number[] {
  const at = (field: string) => `categories.${index}.${field}`;
  if (input.quarters && sum(input.quarters) !== input.amount)
    throw invalid([
      {
        in: 'body',
        path: at('quarters'),
        message: `The quarters add up to ${sum(input.quarters)}, not ${input.amount}.`,
      },
    ]);
  if (input.months) {
    if (sum(input.months) !== input.amount)
      throw invalid([
        {
          in: 'body',
          path: at('months'),
          message: `The months add up to ${sum(input.months)}, not ${input.amount}.`,
        },
      ]);
    input.quarters?.forEach((quarter, q) => {
      const months = input.months!.slice(q * 3, q * 3 + 3);
      if (sum(months) !== quarter)
        throw invalid([
          {
            in: 'body',
            path: at('months'),
            message: `The months of Q${q + 1} add up to ${sum(months)}, not ${quarter}.`,
          },
        ]);
    });
    return [...input.months];
  }
  const quarters = input.quarters ?? splitEvenly(input.amount, 4);
  return quarters.flatMap((quarter) => splitEvenly(quarter, 3));
}

const monthKey = (year: string, month: number) => `${year}-${String(month + 1).padStart(2, '0')}`;

/**
 * The budget lines of a year: per category and month, the department's shared part and each named
 * rep's part (the rep's year split evenly over the months, taken out of the department's month).
 */
export function budgetLines(year: string, categories: readonly BudgetCategoryInput[]): BudgetLine[] {
  return categories.flatMap((category, index) => {
    const months = monthlyBudget(category, index);
    const reps = (category.reps ?? []).map((rep) => ({
      scope: rep.repId,
      months: splitEvenly(rep.amount, 12),
    }));
    const shared = months.map((amount, month) => amount - sum(reps.map((rep) => rep.months[month]!)));
    if (shared.some((amount) => amount < 0))
      throw invalid([
        {
          in: 'body',
          path: `categories.${index}.reps`,
          message: 'The reps’ parts exceed a month of the category.',
        },
      ]);
    const line = (scope: string, month: number, budgeted: number): BudgetLine => ({
      year,
      month: monthKey(year, month),
      category: category.category,
      scope,
      budgeted,
      reserved: 0,
      spent: 0,
      available: budgeted,
    });
    return [
      ...shared.map((amount, month) => line('department', month, amount)),
      ...reps.flatMap((rep) => rep.months.map((amount, month) => line(rep.scope, month, amount))),
    ];
  });
}

/** The line a claim draws on: its category and month, the rep's own part if the rep has one. */
export const lineOf = (claim: Pick<Claim, 'category' | 'date'>, scope: string) => ({
  year: claim.date.slice(0, 4),
  month: claim.date.slice(0, 7),
  category: claim.category,
  scope,
});

/**
 * The approval chain: the claimant's supervisor (reasonable, necessary, within budget), the
 * sales manager, above the threshold the senior approver (a setting: finance head or general
 * manager), then finance checks the vouchers and pays or refuses.
 */
export function expenseChain(settings: ExpenseSettings): ChainStep[] {
  return [
    { step: 'supervisor-check', decider: { supervisorOf: 'owner' } },
    { step: 'sales-manager-approval', decider: { role: 'sales_manager' } },
    {
      step: 'senior-approval',
      decider: { role: settings.seniorApprover },
      when: { amountAbove: settings.seniorThreshold },
    },
    { step: FINANCE_PAYMENT, decider: { role: 'finance' } },
  ];
}
export const FINANCE_PAYMENT = 'finance-payment';

/**
 * One decision per person: a step whose approver already decided an earlier one is left out (a
 * rep whose supervisor is the sales manager is approved by the manager once). Finance's payment
 * always stays: paying is another act than approving.
 */
export function withoutRepeats(chain: readonly ResolvedStep[]): ResolvedStep[] {
  const seen = new Set<string>();
  return chain.filter((step) => {
    if (step.step !== FINANCE_PAYMENT && seen.has(step.approverId)) return false;
    seen.add(step.approverId);
    return true;
  });
}

// A claim's transitions.

const moved = (claim: Claim, at: string, fields: Partial<Claim>): Claim =>
  nextVersion(
    {
      ...claim,
      ...fields,
    },
    at,
  );

/**
 * Submitted for review (§7.2.1: claims come with their invoices and receipts): a claim above the
 * small-amount threshold needs at least one attached receipt. A claim is one expense, so one
 * receipt or invoice covers it.
 */
export function submitClaim(
  claim: Claim,
  receipts: number,
  settings: Pick<ExpenseSettings, 'receiptRequiredAbove' | 'currency'>,
  reservedOn: string[],
  at: string,
): Claim {
  if (claim.status !== 'draft' && claim.status !== 'rejected')
    throw conflict(
      `Claim ${claim.id} is ${claim.status.replace('_', ' ')}; only a draft or rejected claim is submitted.`,
    );
  if (receipts === 0 && claim.amount > settings.receiptRequiredAbove)
    throw conflict(
      `Claim ${claim.id} is over ${formatMoney(settings.receiptRequiredAbove, settings.currency)}: attach its receipt or invoice before submitting it.`,
    );
  return moved(claim, at, { status: 'under_review', round: claim.round + 1, reservedOn });
}

/** Withdrawn before the first decision; the reservation is released. */
export function withdrawClaim(claim: Claim, decided: boolean, at: string): Claim {
  if (claim.status !== 'under_review') throw conflict(`Claim ${claim.id} is not under review.`);
  if (decided) throw conflict(`Claim ${claim.id} has a decision already; it can no longer be withdrawn.`);
  const { reservedOn: _released, ...rest } = claim;
  return moved(rest, at, { status: 'withdrawn' });
}

/**
 * The review's outcome: every step passed, finance included: approved for payment (still reserved
 * until finance pays it); finance refused: refused; any other step rejected (or the review timed
 * out or failed): rejected, back with the claimant, who may submit it again. A stale round changes
 * nothing.
 */
export function afterClaimReview(claim: Claim, round: number, verdict: Verdict): Claim | undefined {
  if (claim.status !== 'under_review' || claim.round !== round) return undefined;
  if (verdict.approved) return moved(claim, verdict.at, { status: 'approved', approvedAt: verdict.at });
  const { reservedOn: _released, ...rest } = claim;
  const refused = verdict.returned.step === FINANCE_PAYMENT;
  return moved(rest, verdict.at, {
    status: refused ? 'refused' : 'rejected',
    lastRejection: verdict.returned,
  });
}

/**
 * Finance pays an approved claim, whole: the payment record, and the claim paid (its
 * reservation becomes spending). Nobody pays their own claim.
 */
export function payClaim(
  claim: Claim,
  input: { amount: number; paidOn: string; reference: string },
  by: string,
  at: string,
): { claim: Claim; payment: ClaimPayment } {
  if (claim.claimantId === by) throw notAllowed('Nobody pays their own claim.');
  if (claim.status !== 'approved')
    throw conflict(`Claim ${claim.id} is ${claim.status.replace('_', ' ')}; only an approved claim is paid.`);
  if (input.amount !== claim.amount)
    throw invalid([
      { in: 'body', path: 'amount', message: `A claim is paid whole: ${claim.amount} (${claim.currency})` },
    ]);
  const { reservedOn: _spent, ...rest } = claim;
  return {
    claim: moved(rest, at, { status: 'paid', paidAt: at }),
    payment: {
      claimId: claim.id,
      amount: claim.amount,
      currency: claim.currency,
      paidOn: input.paidOn,
      reference: input.reference,
      paidBy: by,
      recordedAt: at,
    },
  };
}

/** Checked by `assertClaimReadable`. */
export const ownClaim = defineOwnership(
  'own claim',
  'The claimant reads their own claims; finance, the sales manager, the general manager and audit read all.',
);

/** Checked by `assertClaimant`. */
export const claimant = defineOwnership(
  'claimant',
  'Only the claimant submits, withdraws and attaches receipts.',
);

export function assertClaimant(caller: Caller, claim: Pick<Claim, 'claimantId'>, action: string): void {
  if (claim.claimantId !== caller.id) throw notAllowed(`Only the claimant ${action}.`);
}

/** Who reads claims: the claimant theirs; finance, the sales manager, the general manager and audit all. */
export const SEE_ALL_CLAIMS = ['finance', 'sales_manager', 'general_manager', 'auditor'] as const;

export function assertClaimReadable(caller: Caller, claim: Claim, asked: boolean): void {
  if (claim.claimantId === caller.id || asked || hasAnyRole(caller, SEE_ALL_CLAIMS)) return;
  throw notAllowed(`Claim ${claim.id} is another employee's.`);
}

export const claimTitle = (claim: Pick<Claim, 'id'>, language: 'zh-CN' | 'en') =>
  language === 'en' ? `Expense claim ${claim.id.slice(-8)}` : `费用报销 ${claim.id.slice(-8)}`;

const CATEGORY_NAMES: Record<ExpenseCategory, string> = {
  travel: '差旅费',
  entertainment: '招待费',
  marketing: '市场推广费',
  advertising: '广告费',
  training: '培训费',
  other: '其他',
};

/** What the approvers read, in both languages. */
export function claimSubject(
  claim: Claim,
  claimantName: string,
  line: BudgetLine | undefined,
): ReviewSubject {
  const money = (value: number) => formatMoney(value, claim.currency);
  const left = line ? line.available : undefined;
  const en = {
    title: `${claimTitle(claim, 'en')}: ${claimantName}, ${claim.category}, ${money(claim.amount)}`,
    summary: [
      `Date: ${claim.date}; category: ${claim.category}`,
      `Reason: ${claim.reason}`,
      ...(left !== undefined
        ? [`Budget ${claim.category} ${claim.date.slice(0, 7)}: ${money(left)} left after this claim`]
        : []),
    ],
  };
  const zh = {
    title: `${claimTitle(claim, 'zh-CN')}：${claimantName}，${CATEGORY_NAMES[claim.category]}，${money(claim.amount)}`,
    summary: [
      `日期：${claim.date}；类别：${CATEGORY_NAMES[claim.category]}`,
      `事由：${claim.reason}`,
      ...(left !== undefined
        ? [`预算（${CATEGORY_NAMES[claim.category]} ${claim.date.slice(0, 7)}）：本次报销后余 ${money(left)}`]
        : []),
    ],
  };
  return { type: 'claim', id: claim.id, ownerId: claim.claimantId, ...en, localized: { en, 'zh-CN': zh } };
}

/** Months of a period: a year, a quarter (2026-Q3) or a month (2026-07). */
export interface ReportRow {
  category: ExpenseCategory;
  scope: string;
  budgeted: number;
  reserved: number;
  spent: number;
  available: number;
}

/** Budget against actual for a period's lines: per category and scope, summed over the months. */
export function budgetReport(lines: readonly BudgetLine[], months: readonly string[]): ReportRow[] {
  const rows = new Map<string, ReportRow>();
  for (const line of lines.filter((candidate) => months.includes(candidate.month))) {
    const key = `${line.category}#${line.scope}`;
    const row = rows.get(key) ?? {
      category: line.category,
      scope: line.scope,
      budgeted: 0,
      reserved: 0,
      spent: 0,
      available: 0,
    };
    row.budgeted += line.budgeted;
    row.reserved += line.reserved;
    row.spent += line.spent;
    row.available += line.available;
    rows.set(key, row);
  }
  return [...rows.values()].sort(
    (a, b) => a.category.localeCompare(b.category) || a.scope.localeCompare(b.scope),
  );
}

/**
 * Lines whose spending departs from their budget by more than `percent` either way (a line with no
 * budget and some spending always does), with the deviation in whole percent.
 */
export function deviations(lines: readonly BudgetLine[], percent: number) {
  return lines
    .map((line) => ({
      category: line.category,
      scope: line.scope,
      budgeted: line.budgeted,
      spent: line.spent,
      deviationPercent:
        line.budgeted === 0
          ? line.spent > 0
            ? 100
            : 0
          : Math.round(((line.spent - line.budgeted) * 100) / line.budgeted),
    }))
    .filter((line) => Math.abs(line.deviationPercent) > percent);
}
