import { requireRole } from '#shared/caller.ts';
import { csvReply } from '#shared/csv.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { collectAll } from '#shared/listing.ts';
import { periodMonths } from '#shared/periods.ts';
import { reportQuery } from './model.ts';
import { budgetReport } from './rules.ts';
import { budgetLinesOf, listClaims } from './store.ts';

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
  query: reportQuery,
  async handle({ caller, query }) {
    requireRole(
      caller,
      ['sales_manager', 'finance', 'general_manager', 'auditor'],
      'read the expense report',
    );
    const months = periodMonths(query.period);
    const lines = await budgetLinesOf(query.period.slice(0, 4), { from: months[0]!, to: months.at(-1)! });
    const rows = budgetReport(lines, months);
    const paid = (await collectAll((page) => listClaims('department', 'paid', page))).filter((claim) =>
      months.includes(claim.date.slice(0, 7)),
    );
    const byClaimant = [...Map.groupBy(paid, (claim) => claim.claimantId)].map(([claimantId, claims]) => ({
      claimantId,
      claims: claims.length,
      paid: claims.reduce((sum, claim) => sum + claim.amount, 0),
    }));
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
