import { requireRole } from '#shared/caller.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { collectAll } from '#shared/listing.ts';
import { reportQuery } from './model.ts';
import { budgetReport, monthsOf } from './rules.ts';
import { budgetLinesOf, listClaims } from './store.ts';

/**
 * Budget against actual: per category and line (the department's share, each rep's part)
 * over a year, quarter or month, and what was paid per claimant; JSON, or CSV (UTF-8 with a BOM,
 * so Excel reads the Chinese text) with `format=csv`.
 */
const CSV_HEADER = ['category', 'scope', 'budgeted', 'reserved', 'spent', 'available'];
const csvCell = (value: string | number) => {
  const text = String(value);
  // Quoted when it holds a separator; a leading formula character is neutralised for spreadsheets.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

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
    const months = monthsOf(query.period);
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
    if (query.format === 'csv') {
      const body = [
        CSV_HEADER,
        ...rows.map((row) => CSV_HEADER.map((field) => row[field as keyof typeof row])),
      ]
        .map((cells) => cells.map(csvCell).join(','))
        .join('\r\n');
      return {
        status: 200,
        contentType: 'text/csv; charset=utf-8',
        headers: { 'content-disposition': `attachment; filename="expenses-${query.period}.csv"` },
        body: `\uFEFF${body}\r\n`,
      };
    }
    return { status: 200, body: { period: query.period, months, rows, byClaimant } };
  },
});

export const reportOperations: readonly Operation[] = [report];
