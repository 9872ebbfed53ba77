import { ANY_EMPLOYEE } from '#shared/access.ts';
import * as z from 'zod/mini';
import { defineOperation, type Operation } from '#shared/http.ts';
import { periodMonths, yearBefore } from '#shared/periods.ts';
import { found } from '#shared/resource-replies.ts';
import { employeeId } from '#shared/schemas.ts';
import { getEmployee } from '../employees/public.ts';
import { type PerformanceView, period } from './model.ts';
import { assertMayRead, figuresOf, indicatorRows, quantitativeScore, ownFigures } from './rules.ts';
import { type PerformanceSettings, performanceSettings } from './settings.ts';
import { getTargets, monthFacts, yearMarketSizes } from './store.ts';

/**
 * A rep's performance in a period: each indicator's target, actual and attainment, from the
 * rep's monthly facts (one Query a month, and one for each month a year before, for growth), the
 * year's targets and market sizes; never from the orders themselves.
 */
export async function performanceOf(
  employee: string,
  requested: string,
  settings: PerformanceSettings = performanceSettings(),
): Promise<PerformanceView> {
  const months = periodMonths(requested);
  const year = requested.slice(0, 4);
  const [targets, sizes, facts, factsBefore] = await Promise.all([
    getTargets(employee, year),
    yearMarketSizes(year),
    Promise.all(months.map((month) => monthFacts(employee, month))),
    Promise.all(yearBefore(months).map((month) => monthFacts(employee, month))),
  ]);
  const figures = figuresOf(facts.flat(), settings.currency);
  const rows = indicatorRows({
    targets,
    months,
    figures,
    revenueYearBefore: figuresOf(factsBefore.flat(), settings.currency).revenue,
    marketSizes: Object.fromEntries(sizes.map((size) => [size.region, size.size])),
    settings,
  });
  const score = quantitativeScore(rows, settings);
  return {
    employeeId: employee,
    period: requested,
    months,
    currency: settings.currency,
    rulesVersion: settings.rulesVersion,
    indicators: rows,
    ...(score !== undefined ? { quantitativeScore: score } : {}),
    counts: {
      orders: figures.orders,
      opportunitiesWon: figures.won,
      opportunitiesLost: figures.lost,
      ratings: figures.ratings,
      complaints: figures.complaints,
    },
    otherCurrencies: figures.otherCurrencies,
  };
}

const read = defineOperation({
  operationId: 'getPerformance',
  method: 'GET',
  path: '/performance/{employeeId}',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [ownFigures],
  params: z.strictObject({ employeeId }),
  query: z.strictObject({ period }),
  async handle({ caller, params, query }) {
    const employee = found(await getEmployee(params.employeeId), `Employee ${params.employeeId}`);
    assertMayRead(caller, employee);
    return { status: 200, body: await performanceOf(employee.id, query.period) };
  },
});

export const figureOperations: readonly Operation[] = [read];
