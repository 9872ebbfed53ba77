import { today } from '#shared/calendar.ts';
import { commitChange } from '#shared/change.ts';
import { newId, nextVersion, nowIso } from '#shared/clock.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { periodMonths } from '#shared/periods.ts';
import { validationProblem } from '#shared/problem.ts';
import { found, resourceReply } from '#shared/resource-replies.ts';
import { createOnce } from '#shared/idempotency.ts';
import { allEmployees } from '../employees/public.ts';
import { analysisInput, planInput, planParams, type SalesAnalysis, type SalesPlan } from './plan-model.ts';
import { assertPlanConsistent, planAgainstActuals } from './plan-rules.ts';
import { REPORT_READERS } from './reports.ts';
import {
  analysisWrite,
  getPlan,
  monthsCustomerCounts,
  monthsFigures,
  periodAnalyses,
  planWrites,
} from './store.ts';

/**
 * Sales plans (§2.1.1) and the manager's analyses (§2.1.5): the manager sets a period's plan;
 * everyone in sales reads it beside the period's actual figures (the reports' aggregates), so its
 * execution is tracked; the manager records an analysis of the period with the figures it cites.
 */
const TEAM = [...REPORT_READERS, 'sales_rep', 'supervisor'] as const;

/** The period's actual figures in the plan's currency, from the reports' aggregates. */
async function actualsOf(plan: SalesPlan) {
  const months = periodMonths(plan.period);
  const [total, products, regions, counts] = await Promise.all([
    monthsFigures(months, 'total', plan.currency),
    monthsFigures(months, 'product', plan.currency),
    monthsFigures(months, 'region', plan.currency),
    monthsCustomerCounts(months),
  ]);
  const byKey = (figures: typeof products) => {
    const sums = new Map<string, number>();
    for (const figure of figures) sums.set(figure.key, (sums.get(figure.key) ?? 0) + figure.revenue);
    return sums;
  };
  return planAgainstActuals(
    plan,
    {
      revenue: total.reduce((sum, figure) => sum + figure.revenue, 0),
      byProduct: byKey(products),
      byRegion: byKey(regions),
      newCustomers: counts.reduce((sum, count) => sum + (count.filed ?? 0), 0),
    },
    today(),
  );
}

const put = defineOperation({
  operationId: 'setSalesPlan',
  method: 'PUT',
  path: '/sales-plans/{period}',
  auth: 'jwt',
  roles: ['sales_manager'],
  params: planParams,
  body: planInput,
  async handle({ caller, params, body }) {
    assertPlanConsistent(body);
    const people = new Set((await allEmployees()).map((person) => person.id));
    const unknown = body.actions.findIndex((action) => !people.has(action.ownerId));
    if (unknown >= 0)
      throw validationProblem([
        { in: 'body', path: `actions.${unknown}.ownerId`, message: 'No employee with this id' },
      ]);
    const before = await getPlan(params.period);
    const at = nowIso();
    const plan: SalesPlan = before
      ? nextVersion({ ...before, ...body, updatedBy: caller.id }, at)
      : { period: params.period, ...body, updatedBy: caller.id, version: 1, createdAt: at, updatedAt: at };
    await commitChange(planWrites(before, plan));
    return resourceReply(plan);
  },
});

const read = defineOperation({
  operationId: 'getSalesPlan',
  method: 'GET',
  path: '/sales-plans/{period}',
  auth: 'jwt',
  roles: TEAM,
  params: planParams,
  async handle({ params }) {
    const plan = found(await getPlan(params.period), `The sales plan of ${params.period}`);
    const [actuals, analyses] = await Promise.all([actualsOf(plan), periodAnalyses(params.period)]);
    return { status: 200, body: { plan, actuals, analyses } };
  },
});

const analyse = defineOperation({
  operationId: 'recordSalesAnalysis',
  method: 'POST',
  path: '/sales-plans/{period}/analyses',
  auth: 'jwt',
  roles: ['sales_manager'],
  params: planParams,
  body: analysisInput,
  idempotent: true,
  async handle(request) {
    const { caller, params, body } = request;
    const plan = found(await getPlan(params.period), `The sales plan of ${params.period}`);
    const analysis: SalesAnalysis = {
      id: newId(),
      period: plan.period,
      ...body,
      figures: await actualsOf(plan),
      by: caller.id,
      at: nowIso(),
    };
    return createOnce(request, [analysisWrite(analysis)], {
      status: 201,
      body: analysis,
      headers: { location: `/sales-plans/${plan.period}` },
    });
  },
});

export const planOperations: readonly Operation[] = [put, read, analyse];
