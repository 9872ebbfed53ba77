import { invalid } from '#shared/domain-errors.ts';
import type { PlanActuals, PlanInput, SalesPlan } from './plan-model.ts';

const against = (goal: number, actual: number) => ({
  goal,
  actual,
  ...(goal > 0 ? { attainmentBasisPoints: Math.round((actual * 10_000) / goal) } : {}),
});

/** Each product and region once; the parts never more than the whole. */
export function assertPlanConsistent(input: PlanInput): void {
  const twice = (keys: string[]) => keys.length !== new Set(keys).size;
  if (twice(input.goals.byProduct.map((goal) => goal.productId)))
    throw invalid([{ in: 'body', path: 'goals.byProduct', message: 'Each product once' }]);
  if (twice(input.goals.byRegion.map((goal) => goal.region)))
    throw invalid([{ in: 'body', path: 'goals.byRegion', message: 'Each region once' }]);
  for (const part of ['byProduct', 'byRegion'] as const)
    if (input.goals[part].reduce((sum, goal) => sum + goal.revenue, 0) > input.goals.revenue)
      throw invalid([
        { in: 'body', path: `goals.${part}`, message: 'Adds up to more than the revenue goal' },
      ]);
}

/**
 * The plan against the period's figures (§2.1.1: execution tracked): revenue in the plan's currency
 * in all, by product and by region, new customers filed, and the actions past their day not done.
 */
export function planAgainstActuals(
  plan: Pick<SalesPlan, 'goals' | 'actions'>,
  actual: {
    revenue: number;
    byProduct: ReadonlyMap<string, number>;
    byRegion: ReadonlyMap<string, number>;
    newCustomers: number;
  },
  today: string,
): PlanActuals {
  return {
    revenue: against(plan.goals.revenue, actual.revenue),
    byProduct: plan.goals.byProduct.map((goal) => ({
      productId: goal.productId,
      ...against(goal.revenue, actual.byProduct.get(goal.productId) ?? 0),
    })),
    byRegion: plan.goals.byRegion.map((goal) => ({
      region: goal.region,
      ...against(goal.revenue, actual.byRegion.get(goal.region) ?? 0),
    })),
    newCustomers: against(plan.goals.newCustomers, actual.newCustomers),
    overdueActions: plan.actions.filter((action) => !action.done && action.dueOn < today).length,
  };
}
