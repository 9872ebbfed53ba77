import { csvReply } from '#shared/csv.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { periodMonths } from '#shared/periods.ts';
import { reportQuery } from './model.ts';
import { budgetReport } from './rules.ts';
import { budgetLinesOf, payoutsOf } from './store.ts';

/**
 * Budget against actual: per category and line (the department's share, each rep's part)
 * over a year, quarter or month, and what was paid per claimant; JSON, or CSV (UTF-8 with a BOM,
 * so Excel reads the Chinese text) with `format=csv`.
 */
const CSV_HEADER = ['category', 'scope', 'budgeted', 'reserved', 'spent', 'available'] as const;
const report = defineOperation({
  operationId: 'getExpenseReport',
  method: 'GET',
  path: '/expenses/report',
  auth: 'jwt',
  roles: ['sales_manager', 'finance', 'general_manager', 'auditor'],
  query: reportQuery,
  async handle({ query }) {
    const months = periodMonths(query.period);
    const year = query.period.slice(0, 4);
    const range = { from: months[0]!, to: months.at(-1)! };
    // The period's own items only: what it costs does not grow with the years of claims behind it.
    const [lines, payouts] = await Promise.all([budgetLinesOf(year, range), payoutsOf(year, range)]);
    const rows = budgetReport(lines, months);
    const byClaimant = [...Map.groupBy(payouts, (payout) => payout.claimantId)].map(
      ([claimantId, monthly]) => ({
        claimantId,
        claims: monthly.reduce((sum, payout) => sum + payout.claims, 0),
        paid: monthly.reduce((sum, payout) => sum + payout.paid, 0),
      }),
    );
    if (query.format === 'csv')
      return csvReply(
        `expenses-${query.period}.csv`,
        CSV_HEADER,
        rows.map((row) => CSV_HEADER.map((field) => row[field])),
      );
    return { status: 200, body: { period: query.period, months, rows, byClaimant } };
  },
});

export const reportOperations: readonly Operation[] = [report];
