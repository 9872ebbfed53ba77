import { conflict, invalid } from '#shared/domain-errors.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { TransactionCancelled } from '#shared/transaction.ts';
import { allEmployees } from '../employees/public.ts';
import { type BudgetCategoryInput, budgetInput, yearParams } from './model.ts';
import { budgetLines } from './rules.ts';
import { budgetLinesOf, fileBudgetLines, lineRef } from './store.ts';

/**
 * The annual expense budget (R-6.1, R-6.4): the sales manager files it by category, split into
 * quarters and months (even by default), optionally with reps' own parts. Filed again, it replaces
 * the year's lines as long as nothing is reserved or spent on them.
 */
const READERS = ['sales_manager', 'finance', 'general_manager', 'auditor'] as const;

/** A rep's part names a sales rep of the department: an unknown id would take money from the shared part. */
async function assertRepsExist(categories: readonly BudgetCategoryInput[]) {
  if (!categories.some((category) => category.reps?.length)) return;
  const reps = new Set((await allEmployees()).filter((e) => e.roles.includes('sales_rep')).map((e) => e.id));
  const unknown = categories.flatMap((category, index) =>
    (category.reps ?? []).flatMap((rep, position) =>
      reps.has(rep.repId)
        ? []
        : [
            {
              in: 'body' as const,
              path: `categories.${index}.reps.${position}.repId`,
              message: `${rep.repId} is not a sales rep of the department.`,
            },
          ],
    ),
  );
  if (unknown.length) throw invalid(unknown);
}

const file = defineOperation({
  operationId: 'fileExpenseBudget',
  method: 'PUT',
  path: '/expenses/budgets/{year}',
  auth: 'jwt',
  roles: ['sales_manager'],
  params: yearParams,
  body: budgetInput,
  async handle({ params, body }) {
    await assertRepsExist(body.categories);
    const lines = budgetLines(params.year, body.categories);
    const existing = await budgetLinesOf(params.year);
    if (existing.some((line) => line.reserved > 0 || line.spent > 0))
      throw conflict(`Claims draw on the ${params.year} budget already; it can no longer be replaced.`);
    const kept = new Set(lines.map(lineRef));
    try {
      await fileBudgetLines(
        lines,
        existing.filter((line) => !kept.has(lineRef(line))),
      );
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedCondition('budgetLine'))
        throw conflict(`A claim drew on the ${params.year} budget meanwhile; it can no longer be replaced.`);
      throw error;
    }
    return { status: 200, body: { year: params.year, lines } };
  },
});

const read = defineOperation({
  operationId: 'getExpenseBudget',
  method: 'GET',
  path: '/expenses/budgets/{year}',
  auth: 'jwt',
  roles: READERS,
  params: yearParams,
  async handle({ params }) {
    return { status: 200, body: { year: params.year, lines: await budgetLinesOf(params.year) } };
  },
});

export const budgetOperations: readonly Operation[] = [file, read];
