import { describe, expect, it } from 'vitest';
import {
  afterPayoutReview,
  assertPayoutSubmittable,
  assertPlanChangeable,
  commissionStatementOf,
  multiplierFor,
  planProblems,
  submitPayout,
} from '../../functions/performance/commission-rules.ts';
import type { CommissionPlan } from '../../functions/performance/commission-model.ts';
import type { Fact } from '../../functions/performance/model.ts';
import {
  allocatePayment,
  outstanding,
  splitByLine,
  writeOffInstallments,
} from '../../functions/orders/receivable-rules.ts';
import type { Installment } from '../../functions/orders/model.ts';

const plan: CommissionPlan = {
  period: '2026-Q3',
  currency: 'CNY',
  defaultRateBasisPoints: 300,
  productRates: [{ productId: 'PUMP', rateBasisPoints: 500 }],
  tiers: [
    { fromAttainmentBasisPoints: 10_000, multiplierBasisPoints: 12_000 },
    { fromAttainmentBasisPoints: 15_000, multiplierBasisPoints: 15_000 },
  ],
  clawbackOnWriteOff: true,
  setBy: 'MGR',
  version: 2,
  createdAt: '2026-06-20T00:00:00.000Z',
  updatedAt: '2026-06-21T00:00:00.000Z',
};

let sequence = 0;
const fact = (
  kind: 'collected' | 'clawback' | 'refund',
  shares: { productId: string; amount: number }[],
  fields: Partial<Fact> = {},
): Fact => ({
  employeeId: 'REP',
  month: '2026-07',
  eventId: `E${String(++sequence).padStart(3, '0')}`,
  kind,
  at: `2026-07-${String(10 + sequence).padStart(2, '0')}T02:00:00.000Z`,
  orderId: 'O1',
  currency: 'CNY',
  amount: shares.reduce((sum, share) => sum + share.amount, 0),
  shares,
  ...fields,
});

describe('a rep’s commission statement', () => {
  it('applies each product’s rate to its share of the money collected, then the tier reached', () => {
    const statement = commissionStatementOf({
      plan,
      employeeId: 'REP',
      facts: [
        fact('collected', [
          { productId: 'PUMP', amount: 100_000_00 },
          { productId: 'VALVE', amount: 50_000_00 },
        ]),
        fact('collected', [{ productId: 'PUMP', amount: 20_000_00 }]),
        fact('collected', [{ productId: 'PUMP', amount: 9_999_00 }], { currency: 'USD' }),
      ],
      target: 150_000_00,
    });
    expect(statement).toMatchObject({
      period: '2026-Q3',
      planVersion: 2,
      collected: 170_000_00,
      clawedBack: 0,
      target: 150_000_00,
      attainmentBasisPoints: 11_333,
      multiplierBasisPoints: 12_000,
      otherCurrencies: { USD: 9_999_00 },
    });
    expect(statement.byProduct).toEqual([
      { productId: 'PUMP', collected: 120_000_00, clawedBack: 0, rateBasisPoints: 500, base: 6_000_00 },
      { productId: 'VALVE', collected: 50_000_00, clawedBack: 0, rateBasisPoints: 300, base: 1_500_00 },
    ]);
    // (6,000.00 + 1,500.00) × 1.2
    expect(statement.commission).toBe(9_000_00);
    expect(statement.entries!.map((entry) => entry.amount)).toEqual([150_000_00, 20_000_00, 9_999_00]);
  });

  it('claws back a written-off order’s collected money, and goes negative when that is all there is', () => {
    const facts = [
      fact('collected', [{ productId: 'VALVE', amount: 10_000_00 }]),
      fact('clawback', [{ productId: 'PUMP', amount: 30_000_00 }]),
    ];
    const statement = commissionStatementOf({ plan, employeeId: 'REP', facts, target: undefined });
    expect(statement).toMatchObject({
      collected: 10_000_00,
      clawedBack: 30_000_00,
      multiplierBasisPoints: 10_000,
    });
    expect(statement.attainmentBasisPoints).toBeUndefined();
    // 300.00 − 1,500.00
    expect(statement.commission).toBe(-1_200_00);
    // A plan without clawbacks ignores them.
    const lenient = commissionStatementOf({
      plan: { ...plan, clawbackOnWriteOff: false },
      employeeId: 'REP',
      facts,
      target: undefined,
    });
    expect(lenient).toMatchObject({ clawedBack: 0, commission: 300_00 });
  });

  it('takes a refund back under every plan, a write-off only under one that says so', () => {
    const facts = [
      fact('collected', [{ productId: 'VALVE', amount: 10_000_00 }]),
      fact('refund', [{ productId: 'VALVE', amount: 4_000_00 }]),
      fact('clawback', [{ productId: 'VALVE', amount: 6_000_00 }]),
    ];
    const lenient = commissionStatementOf({
      plan: { ...plan, clawbackOnWriteOff: false },
      employeeId: 'REP',
      facts,
      target: undefined,
    });
    // 6,000.00 left of what was collected, at the valve's 3 %.
    expect(lenient).toMatchObject({ collected: 10_000_00, clawedBack: 4_000_00, commission: 180_00 });
    expect(lenient.entries!.map((entry) => entry.kind)).toEqual(['collected', 'refund']);
    const strict = commissionStatementOf({ plan, employeeId: 'REP', facts, target: undefined });
    expect(strict).toMatchObject({ clawedBack: 10_000_00, commission: 0 });
  });

  it('rounds each product’s base half up, and the multiplier once, in minor units', () => {
    const statement = commissionStatementOf({
      plan: { ...plan, tiers: [{ fromAttainmentBasisPoints: 0, multiplierBasisPoints: 10_001 }] },
      employeeId: 'REP',
      // 5 % of 1.01 is 0.0505 → 0.05; 3 % of 0.50 is 0.015 → 0.02.
      facts: [
        fact('collected', [
          { productId: 'PUMP', amount: 101 },
          { productId: 'VALVE', amount: 50 },
        ]),
      ],
      target: 1,
    });
    expect(statement.byProduct.map((row) => row.base)).toEqual([5, 2]);
    expect(statement.commission).toBe(7);
    // Amounts whose products pass 2^53 are exact.
    const large = commissionStatementOf({
      plan,
      employeeId: 'REP',
      facts: [fact('collected', [{ productId: 'PUMP', amount: 99_999_999_999_99 }])],
      target: 1,
    });
    // 5 % of 99,999,999,999.99 is 4,999,999,999.9995 → 5,000,000,000.00; × 1.5 (amount × rate × multiplier is about 7.5 × 10^19).
    expect(large.byProduct[0]!.base).toBe(5_000_000_000_00);
    expect(large.commission).toBe(7_500_000_000_00);
  });

  it('takes the highest tier reached', () => {
    expect(multiplierFor(plan, undefined)).toBe(10_000);
    expect(multiplierFor(plan, 9_999)).toBe(10_000);
    expect(multiplierFor(plan, 10_000)).toBe(12_000);
    expect(multiplierFor(plan, 20_000)).toBe(15_000);
  });
});

describe('a commission plan and its payout', () => {
  it('names each product and each tier once', () => {
    expect(
      planProblems({
        productRates: [
          { productId: 'A', rateBasisPoints: 1 },
          { productId: 'A', rateBasisPoints: 2 },
        ],
        tiers: [
          { fromAttainmentBasisPoints: 1, multiplierBasisPoints: 1 },
          { fromAttainmentBasisPoints: 1, multiplierBasisPoints: 2 },
        ],
      }),
    ).toHaveLength(2);
    expect(planProblems(plan)).toEqual([]);
  });

  it('is submitted once the quarter has ended, reviewed round by round, and then fixed', () => {
    expect(() => assertPayoutSubmittable('2026-Q4', '2026-12-31', undefined)).toThrow(/has not ended/);
    expect(() => assertPayoutSubmittable('2026-Q3', '2026-10-01', undefined)).not.toThrow();
    const statement = commissionStatementOf({ plan, employeeId: 'REP', facts: [], target: undefined });
    const first = submitPayout(undefined, plan, [statement], 'MGR', '2026-10-02T00:00:00.000Z');
    expect(first).toMatchObject({ status: 'under_review', round: 1, total: 0, version: 1 });
    expect(first.statements[0]!.entries).toBeUndefined();
    expect(() => assertPayoutSubmittable('2026-Q3', '2026-10-02', first)).toThrow(/under review/);
    expect(() => assertPlanChangeable(first)).toThrow(/no longer changes/);
    const verdict = {
      approved: false as const,
      at: '2026-10-03T00:00:00.000Z',
      returned: {
        step: 'commission-payout',
        comment: 'Check Q3 rates',
        by: 'FIN',
        at: '2026-10-03T00:00:00.000Z',
      },
    };
    expect(afterPayoutReview(first, 2, verdict)).toBeUndefined();
    const returned = afterPayoutReview(first, 1, verdict)!;
    expect(returned).toMatchObject({
      status: 'returned',
      version: 2,
      lastReturn: { comment: 'Check Q3 rates' },
    });
    expect(() => assertPlanChangeable(returned)).not.toThrow();
    const second = submitPayout(returned, plan, [statement], 'MGR', '2026-10-04T00:00:00.000Z');
    expect(second).toMatchObject({ status: 'under_review', round: 2, version: 3 });
    expect(second.lastReturn).toBeUndefined();
    const approved = afterPayoutReview(second, 2, { approved: true, at: '2026-10-05T00:00:00.000Z' })!;
    expect(approved).toMatchObject({ status: 'approved', approvedAt: '2026-10-05T00:00:00.000Z' });
    expect(() => assertPayoutSubmittable('2026-Q3', '2026-10-06', approved)).toThrow(/approved/);
  });
});

describe('a receivable written off', () => {
  const installment = (number: number, amount: number, paid: number): Installment => ({
    orderId: 'O1',
    customerId: 'C1',
    ownerId: 'REP',
    currency: 'CNY',
    number,
    label: `part ${number}`,
    amount,
    paid,
    dueDate: '2026-10-01',
    status: paid === amount ? 'paid' : 'open',
    version: 1,
  });

  it('stops being owed, refuses later payments, and keeps what was paid', () => {
    const installments = [installment(1, 300_00, 300_00), installment(2, 700_00, 200_00)];
    const { changed, amount } = writeOffInstallments(installments);
    expect(amount).toBe(500_00);
    expect(changed).toEqual([{ ...installments[1], status: 'written-off', version: 2 }]);
    const after = [installments[0]!, ...changed];
    expect(outstanding(after)).toBe(0);
    expect(() => allocatePayment(after, 1)).toThrow(/more than the 0 still owed/);
    expect(() => writeOffInstallments(after)).toThrow(/Nothing is outstanding/);
  });

  it('splits money over the order’s lines in proportion, the parts adding up', () => {
    const lines = [
      { productId: 'A', lineTotal: 1 },
      { productId: 'B', lineTotal: 1 },
      { productId: 'C', lineTotal: 1 },
    ];
    expect(splitByLine(100, lines)).toEqual([
      { productId: 'A', amount: 33 },
      { productId: 'B', amount: 33 },
      { productId: 'C', amount: 34 },
    ]);
    expect(splitByLine(0, lines).every((share) => share.amount === 0)).toBe(true);
  });
});
