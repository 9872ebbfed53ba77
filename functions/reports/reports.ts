import { localDate, timeZone } from '#shared/calendar.ts';
import { hasAnyRole } from '#shared/caller.ts';
import { notAllowed } from '#shared/domain-errors.ts';
import { csvReply } from '#shared/csv.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { periodMonths, yearBefore } from '#shared/periods.ts';
import type { Role } from '#shared/roles.ts';
import { allEmployees } from '../employees/public.ts';
import { departmentAging } from '../orders/public.ts';
import { performanceSettings, periodTarget, yearTargets } from '../performance/public.ts';
import { STAGES } from '../sales/public.ts';
import { customerReportQuery, pipelineReportQuery, salesReportQuery } from './model.ts';
import {
  classMix,
  customerCounts,
  monthRows,
  pipelineStages,
  salesRows,
  sumOfRows,
  totalRow,
  ownTeam,
  CUSTOMER_MEASURES,
} from './rules.ts';
import { classCounts, monthsCustomerCounts, monthsFigures, pipelineCounts } from './store.ts';

/**
 * The sales reports and the customer analysis, read from the aggregates the reports
 * consumer keeps: a month of a breakdown is one Query, whatever the number of orders. JSON, or
 * CSV with `format=csv`. Sales admin compiles them; the manager, the general manager and
 * audit read them.
 */
export const REPORT_READERS: readonly Role[] = ['sales_manager', 'sales_admin', 'general_manager', 'auditor'];

const SALES_CSV = [
  'key',
  'name',
  'revenue',
  'orders',
  'quantity',
  'lastYear',
  'growthBasisPoints',
  'target',
  'attainmentBasisPoints',
] as const;

/** Each rep's revenue target of the months (targets are kept in the figures' currency). */
async function revenueTargets(months: readonly string[]): Promise<Map<string, number>> {
  const targets = await yearTargets(months[0]!.slice(0, 4));
  return new Map(targets.map((target) => [target.employeeId, periodTarget(target, 'revenue', months)]));
}

/** The department's revenue target of each month: the reps' targets added up. */
async function monthTargets(months: readonly string[]): Promise<Map<string, number>> {
  const targets = await yearTargets(months[0]!.slice(0, 4));
  return new Map(
    months.map((month) => [
      month,
      targets.reduce((sum, target) => sum + periodTarget(target, 'revenue', [month]), 0),
    ]),
  );
}

const sales = defineOperation({
  operationId: 'getSalesReport',
  method: 'GET',
  path: '/reports/sales',
  auth: 'jwt',
  roles: [...REPORT_READERS, 'supervisor'],
  ownership: [ownTeam],
  query: salesReportQuery,
  async handle({ caller, query }) {
    // A supervisor reads the report by rep of their own team (and themselves), with the team's total.
    const department = hasAnyRole(caller, REPORT_READERS);
    if (!department && query.by !== 'rep')
      throw notAllowed('A supervisor reads the sales report by rep, of their own team.');
    const months = periodMonths(query.period);
    const earlier = yearBefore(months);
    const figuresCurrency = performanceSettings().currency;
    const currency = query.currency ?? figuresCurrency;
    const withTargets = currency === figuresCurrency;
    const byRep = query.by === 'rep';
    const breakdown = query.by === 'month' ? undefined : query.by;
    const [totalNow, totalBefore, now, before, targets, people] = await Promise.all([
      monthsFigures(months, 'total', currency),
      monthsFigures(earlier, 'total', currency),
      breakdown ? monthsFigures(months, breakdown, currency) : [],
      breakdown ? monthsFigures(earlier, breakdown, currency) : [],
      !withTargets
        ? undefined
        : byRep
          ? revenueTargets(months)
          : breakdown
            ? undefined
            : monthTargets(months),
      byRep ? allEmployees() : undefined,
    ]);
    const names = people && new Map(people.map((person) => [person.id, person.name]));
    const team =
      !department &&
      new Set([
        caller.id,
        ...(people ?? []).filter((person) => person.supervisorId === caller.id).map((person) => person.id),
      ]);
    const all = breakdown
      ? salesRows(now, before, targets, names)
      : monthRows(months, totalNow, totalBefore, targets);
    const rows = team ? all.filter((row) => team.has(row.key)) : all;
    const report = {
      period: query.period,
      months,
      by: query.by,
      currency,
      rows,
      // The department's own totals (an order counts once, whatever its lines), or the team's.
      total: team
        ? sumOfRows('team', rows)
        : totalRow(
            totalNow,
            totalBefore,
            targets && [...targets.values()].reduce((sum, value) => sum + value, 0),
          ),
    };
    if (query.format === 'csv')
      return csvReply(
        `sales-${query.by}-${query.period}.csv`,
        SALES_CSV,
        [...rows, report.total].map((row) => SALES_CSV.map((field) => row[field])),
      );
    return { status: 200, body: report };
  },
});

const COUNTS_CSV = ['measure', 'key', 'name', 'count', 'revenue'] as const;

const customers = defineOperation({
  operationId: 'getCustomerReport',
  method: 'GET',
  path: '/reports/customers',
  auth: 'jwt',
  roles: REPORT_READERS,
  query: customerReportQuery,
  async handle({ query }) {
    const months = periodMonths(query.period);
    const currency = query.currency ?? performanceSettings().currency;
    const [counts, mix, now, before, people, receivables] = await Promise.all([
      monthsCustomerCounts(months),
      classCounts(),
      monthsFigures(months, 'customer', currency),
      monthsFigures(yearBefore(months), 'customer', currency),
      allEmployees(),
      departmentAging(localDate(new Date(), timeZone())),
    ]);
    const names = new Map(people.map((person) => [person.id, person.name]));
    const { total, rows } = customerCounts(counts);
    const report = {
      period: query.period,
      months,
      currency,
      classMix: classMix(mix),
      customers: total,
      byRep: rows.map((row): typeof row & { name?: string } => {
        const name = names.get(row.employeeId);
        return name ? { ...row, name } : row;
      }),
      topCustomers: salesRows(now, before)
        .filter((row) => row.revenue > 0)
        .slice(0, TOP_CUSTOMERS),
      receivables,
    };
    if (query.format === 'csv')
      return csvReply(`customers-${query.period}.csv`, COUNTS_CSV, [
        ...report.classMix.map((row) => ['class', row.class, '', row.customers, '']),
        ...report.byRep.flatMap((row) =>
          CUSTOMER_MEASURES.map((measure) => [measure, row.employeeId, row.name, row[measure], '']),
        ),
        ...report.topCustomers.map((row) => ['top-customer', row.key, row.name, row.orders, row.revenue]),
        ...receivables.currencies.flatMap((entry) =>
          Object.entries(entry.buckets).map(([bucket, owed]) => [
            `receivables-${bucket}`,
            entry.currency,
            '',
            '',
            owed,
          ]),
        ),
      ]);
    return { status: 200, body: report };
  },
});

/** How many customers the analysis ranks by revenue. */
const TOP_CUSTOMERS = 10;

const pipeline = defineOperation({
  operationId: 'getPipelineReport',
  method: 'GET',
  path: '/reports/pipeline',
  auth: 'jwt',
  roles: REPORT_READERS,
  query: pipelineReportQuery,
  async handle({ query }) {
    const open = STAGES.filter((stage) => stage !== 'won' && stage !== 'lost');
    const stages = pipelineStages(await pipelineCounts(), open);
    if (query.format === 'csv')
      return csvReply(
        'pipeline.csv',
        ['stage', 'currency', 'opportunities', 'expectedValue'],
        stages.map((row) => [row.stage, row.currency, row.opportunities, row.expectedValue]),
      );
    return { status: 200, body: { stages } };
  },
});

export const reportOperations: readonly Operation[] = [sales, customers, pipeline];
