import * as z from 'zod/mini';
import { requireRole } from '#shared/caller.ts';
import { nowIso } from '#shared/clock.ts';
import { conflict } from '#shared/domain-errors.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { found } from '#shared/resource-replies.ts';
import { employeeId } from '#shared/schemas.ts';
import { commit, TransactionCancelled } from '#shared/transaction.ts';
import { getEmployee } from '../employees/public.ts';
import { startRunWrites } from './evaluating.ts';
import { period, rerunRequest } from './model.ts';
import { assertMayRead } from './rules.ts';
import { periodFile, repEvaluations } from './store.ts';

/**
 * Evaluation runs through the API: the manager starts a period's evaluation again after
 * corrections (the earlier runs are kept), and reads a period's runs with the latest run's
 * evaluations; a rep reads their own evaluations, a supervisor their team's.
 */
const MANAGERS = ['sales_manager', 'general_manager'] as const;
const periodParams = z.strictObject({ period });

const rerun = defineOperation({
  operationId: 'startEvaluationRun',
  method: 'POST',
  path: '/performance/evaluations/{period}/runs',
  auth: 'jwt',
  params: periodParams,
  body: rerunRequest,
  idempotent: true,
  async handle({ caller, params, body }) {
    requireRole(caller, ['sales_manager'], 'start evaluation runs');
    const { runs } = await periodFile(params.period);
    if (runs.length === 0)
      throw conflict(`${params.period} has not been evaluated yet; its schedule starts the first run.`);
    if (runs.some((run) => run.status === 'evaluating'))
      throw conflict(`A run of ${params.period} is still evaluating.`);
    const { run, items } = startRunWrites(params.period, runs.length + 1, caller.id, nowIso(), body.reason);
    try {
      await commit(items);
    } catch (error) {
      if (error instanceof TransactionCancelled) throw conflict('Another run was started meanwhile.');
      throw error;
    }
    return { status: 202, headers: { location: `/performance/evaluations/${params.period}` }, body: run };
  },
});

const readPeriod = defineOperation({
  operationId: 'getPeriodEvaluations',
  method: 'GET',
  path: '/performance/evaluations/{period}',
  auth: 'jwt',
  params: periodParams,
  async handle({ caller, params }) {
    requireRole(caller, MANAGERS, 'read a period’s evaluations');
    const { runs, evaluations } = await periodFile(params.period);
    const latest = runs.at(-1);
    return {
      status: 200,
      body: {
        period: params.period,
        runs,
        evaluations: evaluations.filter((item) => item.run === latest?.run),
      },
    };
  },
});

const readRep = defineOperation({
  operationId: 'getEmployeeEvaluations',
  method: 'GET',
  path: '/performance/{employeeId}/evaluations',
  auth: 'jwt',
  params: z.strictObject({ employeeId }),
  query: z.strictObject({ year: z.string().check(z.regex(/^20\d\d$/, 'Must be a year, e.g. 2026')) }),
  async handle({ caller, params, query }) {
    const employee = found(await getEmployee(params.employeeId), `Employee ${params.employeeId}`);
    assertMayRead(caller, employee);
    return {
      status: 200,
      body: {
        employeeId: employee.id,
        year: query.year,
        items: await repEvaluations(employee.id, query.year),
      },
    };
  },
});

export const evaluationOperations: readonly Operation[] = [rerun, readPeriod, readRep];
