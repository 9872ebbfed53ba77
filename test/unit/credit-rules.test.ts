import { describe, expect, it } from 'vitest';
import { checkCredit, creditLines, creditPosition } from '../../functions/orders/credit-rules.ts';
import { CONTRACT_REVIEW_CHAIN, reviewChainFor } from '../../functions/contracts/rules.ts';

const settings = {
  overrideRoles: ['finance' as const, 'general_manager' as const],
  overdueBlock: { afterDays: 90, above: 0 },
};
const owed = (amount: number, paid: number, dueDate: string, fields: Record<string, string> = {}) => ({
  customerId: 'C1',
  currency: 'CNY',
  amount,
  paid,
  dueDate,
  status: 'open' as const,
  ...fields,
});
const limit = (value: number, currency = 'CNY') => ({ limit: { value, currency } });

describe('a customer’s credit', () => {
  it('counts what is still owed on its open installments in one currency, and what of it is overdue', () => {
    const position = creditPosition(
      'C1',
      'CNY',
      [
        owed(100_00, 40_00, '2026-11-30'), // 60 overdue
        owed(200_00, 0, '2026-12-06'), // due today: not overdue
        owed(500_00, 0, '2026-10-01', { currency: 'USD' }),
        owed(900_00, 0, '2026-10-01', { customerId: 'C2' }),
        { ...owed(300_00, 300_00, '2026-10-01'), status: 'paid' as const },
      ],
      limit(1_000_00),
      '2026-12-06',
      3,
    );
    expect(position).toEqual({
      customerId: 'C1',
      currency: 'CNY',
      asOf: '2026-12-06',
      openReceivables: 260_00,
      overdue: 60_00,
      longOverdue: 60_00, // due on 11-30: more than three days overdue on 12-06
      limit: 1_000_00,
      limitCurrency: 'CNY',
      available: 740_00,
    });
  });

  it('needs an override past the limit, with long-overdue money above the setting, or a limit in another currency', () => {
    const within = creditPosition(
      'C1',
      'CNY',
      [owed(200_00, 0, '2027-01-01')],
      limit(1_000_00),
      '2026-12-06',
      90,
    );
    expect(checkCredit(within, 800_00, settings)).toMatchObject({
      needsOverride: false,
      overdueBlocks: false,
    });
    expect(checkCredit(within, 800_01, settings)).toMatchObject({ needsOverride: true, exceedsLimitBy: 1 });

    // Overdue, but not yet long: no block; long overdue (more than 90 days): blocks.
    const late = creditPosition('C1', 'CNY', [owed(10_00, 0, '2026-12-01')], undefined, '2026-12-06', 90);
    expect(checkCredit(late, 1, settings)).toMatchObject({
      needsOverride: false,
      overdue: 10_00,
      longOverdue: 0,
    });
    const overdue = creditPosition('C1', 'CNY', [owed(10_00, 0, '2026-09-01')], undefined, '2026-12-06', 90);
    expect(checkCredit(overdue, 1, settings)).toMatchObject({ needsOverride: true, overdueBlocks: true });
    expect(
      checkCredit(overdue, 1, { ...settings, overdueBlock: { afterDays: 90, above: 10_00 } }),
    ).toMatchObject({
      needsOverride: false,
    });

    const usdLimit = creditPosition('C1', 'CNY', [], limit(1_000_00, 'USD'), '2026-12-06', 90);
    expect(usdLimit).not.toHaveProperty('limit');
    expect(checkCredit(usdLimit, 1, settings)).toMatchObject({ needsOverride: true, otherCurrency: true });

    const none = creditPosition('C1', 'CNY', [], undefined, '2026-12-06', 90);
    expect(checkCredit(none, 1e12, settings).needsOverride).toBe(false);
  });

  it('tells the override’s decider where the customer stands, in their language', () => {
    const check = checkCredit(
      creditPosition('C1', 'CNY', [owed(100_00, 0, '2026-08-01')], limit(150_00), '2026-12-06', 90),
      100_00,
      settings,
    );
    expect(creditLines(check, 'en')).toEqual([
      'Credit: open receivables CNY 100.00 (overdue CNY 100.00), this contract CNY 100.00, limit CNY 150.00',
      'Over the limit by CNY 50.00',
      'Long-overdue money (CNY 100.00) blocks new contracts',
    ]);
    expect(creditLines(check, 'zh-CN')[1]).toBe('超出额度 CNY 50.00');
  });

  it('puts a credit override first in the contract’s review chain when needed', () => {
    const check = checkCredit(creditPosition('C1', 'CNY', [], limit(0), '2026-12-06', 90), 1, settings);
    expect(reviewChainFor(check, ['finance']).map((step) => step.step)).toEqual([
      'credit-override',
      ...CONTRACT_REVIEW_CHAIN.map((step) => step.step),
    ]);
    expect(reviewChainFor(check, ['finance'])[0]!.decider).toEqual({ anyRole: ['finance'] });
    expect(reviewChainFor({ ...check, needsOverride: false }, ['finance'])).toBe(CONTRACT_REVIEW_CHAIN);
  });
});
