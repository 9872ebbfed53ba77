import { describe, expect, it } from 'vitest';
import { assertPlanConsistent, planAgainstActuals } from '../../functions/reports/plan-rules.ts';
import { statusOf } from '../support/rules.ts';

const goals = {
  revenue: 1_000,
  byProduct: [{ productId: 'P1', revenue: 400 }],
  byRegion: [
    { region: 'east', revenue: 600 },
    { region: 'west', revenue: 0 },
  ],
  newCustomers: 10,
  marketsToEnter: [],
};
const plan = {
  strategy: 's',
  currency: 'CNY',
  goals,
  actions: [
    { action: 'a', ownerId: 'R1', dueOn: '2026-11-30', done: false },
    { action: 'b', ownerId: 'R1', dueOn: '2026-11-30', done: true },
    { action: 'c', ownerId: 'R2', dueOn: '2026-12-06', done: false },
  ],
};

describe('sales plans (§2.1.1)', () => {
  it('keep each product and region once and the parts within the whole', () => {
    expect(statusOf(() => assertPlanConsistent(plan))).toBe('ok');
    const twice = { ...plan, goals: { ...goals, byRegion: [goals.byRegion[0]!, goals.byRegion[0]!] } };
    expect(statusOf(() => assertPlanConsistent(twice))).toBe(400);
    const over = { ...plan, goals: { ...goals, byProduct: [{ productId: 'P1', revenue: 1_001 }] } };
    expect(statusOf(() => assertPlanConsistent(over))).toBe(400);
  });

  it('are read against the actual figures: attainment per goal, none for a goal of 0, overdue actions', () => {
    expect(
      planAgainstActuals(
        plan,
        {
          revenue: 1_250,
          byProduct: new Map([['P1', 100]]),
          byRegion: new Map([['west', 50]]),
          newCustomers: 4,
        },
        '2026-12-06',
      ),
    ).toEqual({
      revenue: { goal: 1_000, actual: 1_250, attainmentBasisPoints: 12_500 },
      byProduct: [{ productId: 'P1', goal: 400, actual: 100, attainmentBasisPoints: 2_500 }],
      byRegion: [
        { region: 'east', goal: 600, actual: 0, attainmentBasisPoints: 0 },
        { region: 'west', goal: 0, actual: 50 },
      ],
      newCustomers: { goal: 10, actual: 4, attainmentBasisPoints: 4_000 },
      overdueActions: 1,
    });
  });
});
