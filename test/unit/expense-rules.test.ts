import { periodMonths } from '../../functions/shared/periods.ts';
import { describe, expect, it } from 'vitest';
import { resolveChain } from '../../functions/approvals/chain.ts';
import type { InvalidInput } from '../../functions/shared/domain-errors.ts';
import type { Claim } from '../../functions/expenses/model.ts';
import {
  afterClaimReview,
  budgetLines,
  budgetReport,
  expenseChain,
  monthlyBudget,
  payClaim,
  splitEvenly,
  submitClaim,
  withdrawClaim,
  withoutRepeats,
} from '../../functions/expenses/rules.ts';
import { DEFAULT_EXPENSE_SETTINGS as settings } from '../../functions/expenses/settings.ts';
import { statusOf } from '../support/rules.ts';

const people = [
  { id: 'GM', roles: ['general_manager' as const] },
  { id: 'MGR', roles: ['sales_manager' as const], supervisorId: 'GM' },
  { id: 'SUP', roles: ['supervisor' as const], supervisorId: 'MGR' },
  { id: 'REP', roles: ['sales_rep' as const], supervisorId: 'SUP' },
  { id: 'REP2', roles: ['sales_rep' as const], supervisorId: 'MGR' },
  { id: 'FIN', roles: ['finance' as const] },
];
const chainFor = (ownerId: string, amount: number, overrides = {}) =>
  withoutRepeats(
    resolveChain(
      expenseChain({ ...settings, ...overrides }),
      { ownerId, submittedBy: ownerId, amount },
      people,
    ),
  ).map((step) => `${step.step}:${step.approverId}`);

describe('the expense chain', () => {
  it('walks supervisor, manager, finance; above the threshold the senior approver of the setting', () => {
    expect(chainFor('REP', 100_000)).toEqual([
      'supervisor-check:SUP',
      'sales-manager-approval:MGR',
      'finance-payment:FIN',
    ]);
    expect(chainFor('REP', 500_001)).toEqual([
      'supervisor-check:SUP',
      'sales-manager-approval:MGR',
      'senior-approval:GM',
      'finance-payment:FIN',
    ]);
    expect(chainFor('REP', 500_001, { seniorApprover: 'finance' })).toEqual([
      'supervisor-check:SUP',
      'sales-manager-approval:MGR',
      'senior-approval:FIN',
      'finance-payment:FIN',
    ]);
  });

  it('asks a rep’s supervisor who is the manager once, and sends the manager’s own claim to the general manager', () => {
    expect(chainFor('REP2', 100_000)).toEqual(['supervisor-check:MGR', 'finance-payment:FIN']);
    expect(chainFor('MGR', 100_000)).toEqual(['supervisor-check:GM', 'finance-payment:FIN']);
  });
});

describe('budget arithmetic', () => {
  it('splits evenly in minor units, the remainder from the first part', () => {
    expect(splitEvenly(100, 3)).toEqual([34, 33, 33]);
    expect(monthlyBudget({ amount: 1_200_001 })).toHaveLength(12);
    expect(monthlyBudget({ amount: 1_200_001 }).reduce((a, b) => a + b, 0)).toBe(1_200_001);
    expect(monthlyBudget({ amount: 120, quarters: [60, 20, 20, 20] }).slice(0, 4)).toEqual([20, 20, 20, 7]);
  });

  it('refuses parts that do not add up', () => {
    expect(() => monthlyBudget({ amount: 100, quarters: [10, 10, 10, 10] })).toThrow();
    expect(() => monthlyBudget({ amount: 12, months: Array(12).fill(2) })).toThrow();
    try {
      monthlyBudget({ amount: 12, quarters: [6, 2, 2, 2], months: [1, 1, 1, 3, 1, 1, 1, 1, 1, 1, 0, 0] });
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidInput).fields[0]!.message).toMatch(/months of Q1 add up to 3, not 6/);
    }
  });

  it('takes reps’ parts out of the department’s month', () => {
    const lines = budgetLines('2027', [
      { category: 'travel', amount: 1200, reps: [{ repId: 'REP', amount: 240 }] },
    ]);
    const january = lines.filter((line) => line.month === '2027-01');
    expect(january.map((line) => [line.scope, line.budgeted])).toEqual([
      ['department', 80],
      ['REP', 20],
    ]);
    expect(() =>
      budgetLines('2027', [{ category: 'travel', amount: 12, reps: [{ repId: 'REP', amount: 240 }] }]),
    ).toThrow();
  });

  it('sums a period’s lines per category and scope', () => {
    expect(periodMonths('2027-Q2')).toEqual(['2027-04', '2027-05', '2027-06']);
    expect(periodMonths('2027-07')).toEqual(['2027-07']);
    expect(periodMonths('2027')).toHaveLength(12);
    const lines = budgetLines('2027', [{ category: 'travel', amount: 1200 }]).map((line) =>
      line.month === '2027-04' ? { ...line, spent: 30, available: 70 } : line,
    );
    expect(budgetReport(lines, periodMonths('2027-Q2'))).toEqual([
      { category: 'travel', scope: 'department', budgeted: 300, reserved: 0, spent: 30, available: 270 },
    ]);
  });
});

const draft: Claim = {
  id: 'C',
  claimantId: 'REP',
  category: 'travel',
  amount: 100,
  currency: 'CNY',
  date: '2027-01-10',
  reason: '出差',
  status: 'draft',
  round: 0,
  version: 1,
  createdAt: 'T',
  updatedAt: 'T',
};

describe('a claim’s transitions', () => {
  it('is approved for payment when every step passed (still reserved), refused at finance, rejected elsewhere, and withdrawn only before a decision', () => {
    const submitted = submitClaim(draft, 0, settings, ['2027-01#travel#department'], 'T1');
    expect(submitted).toMatchObject({ status: 'under_review', round: 1 });
    expect(() => submitClaim(submitted, 1, settings, [], 'T1')).toThrow();
    expect(afterClaimReview(submitted, 1, { approved: true, at: 'T2' })).toMatchObject({
      status: 'approved',
      approvedAt: 'T2',
      reservedOn: ['2027-01#travel#department'],
    });
    expect(afterClaimReview(submitted, 2, { approved: true, at: 'T2' })).toBeUndefined();
    const returned = (step: string) => ({ step, comment: 'no', by: 'X', at: 'T2' });
    expect(
      afterClaimReview(submitted, 1, { approved: false, at: 'T2', returned: returned('finance-payment') })
        ?.status,
    ).toBe('refused');
    expect(
      afterClaimReview(submitted, 1, { approved: false, at: 'T2', returned: returned('supervisor-check') })
        ?.status,
    ).toBe('rejected');
    expect(withdrawClaim(submitted, false, 'T3').status).toBe('withdrawn');
    expect(() => withdrawClaim(submitted, true, 'T3')).toThrow(/decision/);
  });
});

describe('receipts before submitting (§7.2.1)', () => {
  it('needs a receipt for a claim above the small-amount threshold, and none at or below it', () => {
    const over = { ...draft, amount: settings.receiptRequiredAbove + 1 };
    expect(() => submitClaim(over, 0, settings, [], 'T1')).toThrow(/CNY 200.00: attach its receipt/);
    expect(submitClaim(over, 1, settings, [], 'T1').status).toBe('under_review');
    const small = { ...draft, amount: settings.receiptRequiredAbove };
    expect(submitClaim(small, 0, settings, [], 'T1').status).toBe('under_review');
    expect(submitClaim(over, 0, { ...settings, receiptRequiredAbove: over.amount }, [], 'T1').round).toBe(1);
  });
});

describe('deviations from budget', () => {
  it('flags lines whose spending departs more than the setting either way, and spending without budget', async () => {
    const { deviations } = await import('../../functions/expenses/rules.ts');
    const line = (budgeted: number, spent: number, scope = 'department') => ({
      year: '2027',
      month: '2027-01',
      category: 'travel' as const,
      scope,
      budgeted,
      reserved: 0,
      spent,
      available: budgeted - spent,
    });
    expect(
      deviations(
        [line(100, 110), line(100, 111, 'A'), line(100, 80, 'B'), line(0, 0, 'C'), line(0, 5, 'D')],
        10,
      ).map((item) => [item.scope, item.deviationPercent]),
    ).toEqual([
      ['A', 11],
      ['B', -20],
      ['D', 100],
    ]);
  });
});

describe('paying a claim', () => {
  const approved = () =>
    afterClaimReview(submitClaim(draft, 0, settings, ['2027-01#travel#department'], 'T1'), 1, {
      approved: true,
      at: 'T2',
    })!;
  const payment = { amount: draft.amount, paidOn: '2027-01-20', reference: 'TR-1' };

  it('records the payment whole, by finance, and the claim paid with its reservation spent', () => {
    const paid = payClaim(approved(), payment, 'FIN', 'T3');
    expect(paid.payment).toEqual({
      claimId: draft.id,
      amount: draft.amount,
      currency: draft.currency,
      paidOn: '2027-01-20',
      reference: 'TR-1',
      paidBy: 'FIN',
      recordedAt: 'T3',
    });
    expect(paid.claim).toMatchObject({ status: 'paid', paidAt: 'T3', version: approved().version + 1 });
    expect(paid.claim).not.toHaveProperty('reservedOn');
  });

  it('refuses a part of the amount, a claim not approved, a second payment and one’s own claim', () => {
    expect(statusOf(() => payClaim(approved(), { ...payment, amount: 1 }, 'FIN', 'T3'))).toBe(400);
    expect(statusOf(() => payClaim(draft, payment, 'FIN', 'T3'))).toBe(409);
    const paid = payClaim(approved(), payment, 'FIN', 'T3').claim;
    expect(statusOf(() => payClaim(paid, payment, 'FIN', 'T4'))).toBe(409);
    expect(statusOf(() => payClaim(approved(), payment, draft.claimantId, 'T3'))).toBe(403);
  });
});
