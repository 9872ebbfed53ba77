import { commitChange } from '#shared/change.ts';
import { ANY_EMPLOYEE, self } from '#shared/access.ts';
import * as z from 'zod/mini';
import { nowIso } from '#shared/clock.ts';
import { conflict, notAllowed } from '#shared/domain-errors.ts';
import { validationProblem } from '#shared/problem.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { createOnce, earlierReply } from '#shared/idempotency.ts';
import { found } from '#shared/resource-replies.ts';
import { employeeId } from '#shared/schemas.ts';
import { commit, TransactionCancelled } from '#shared/transaction.ts';
import { getEmployee } from '../employees/public.ts';
import { startRunWrites } from './evaluating.ts';
import { commentInput, decisionInput, period, rerunRequest } from './model.ts';
import { assertMayRead, ownFigures } from './rules.ts';
import { commentWrite, decisionWrite, getEvaluation, periodFile, repEvaluations } from './store.ts';

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
  roles: ['sales_manager'],
  params: periodParams,
  body: rerunRequest,
  idempotent: true,
  async handle(request) {
    const { caller, params, body } = request;
    // A repetition of a request that started a run answers as it did (that run now evaluates).
    const earlier = await earlierReply(request);
    if (earlier) return earlier;
    const { runs } = await periodFile(params.period);
    if (runs.length === 0)
      throw conflict(`${params.period} has not been evaluated yet; its schedule starts the first run.`);
    if (runs.some((run) => run.status === 'evaluating'))
      throw conflict(`A run of ${params.period} is still evaluating.`);
    const { run, items } = startRunWrites(params.period, runs.length + 1, caller.id, nowIso(), body.reason);
    try {
      return await createOnce(request, items, {
        status: 202,
        headers: { location: `/performance/evaluations/${params.period}` },
        body: run,
      });
    } catch (error) {
      if (error instanceof TransactionCancelled) throw conflict('Another run was started meanwhile.');
      throw error;
    }
  },
});

const readPeriod = defineOperation({
  operationId: 'getPeriodEvaluations',
  method: 'GET',
  path: '/performance/evaluations/{period}',
  auth: 'jwt',
  roles: MANAGERS,
  params: periodParams,
  async handle({ params }) {
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
  roles: ANY_EMPLOYEE,
  ownership: [ownFigures],
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

/** A rep's evaluation in one run of a period, as paths name it. */
export const evaluationParams = z.strictObject({
  period,
  run: z.pipe(z.string().check(z.regex(/^[1-9]\d{0,2}$/, 'Must be a run number')), z.transform(Number)),
  employeeId,
});
const evaluationPath = '/performance/evaluations/{period}/runs/{run}/{employeeId}';

const decide = defineOperation({
  operationId: 'decideEvaluationProposals',
  method: 'POST',
  path: `${evaluationPath}/decision`,
  auth: 'jwt',
  roles: ['sales_manager'],
  params: evaluationParams,
  body: decisionInput,
  async handle({ caller, params, body }) {
    const evaluation = found(
      await getEvaluation(params.period, params.run, params.employeeId),
      `The evaluation of ${params.employeeId} in run ${params.run} of ${params.period}`,
    );
    if (params.employeeId === caller.id) throw notAllowed('Nobody decides on their own evaluation.');
    if (evaluation.status !== 'graded' || !evaluation.proposals)
      throw conflict('Only a graded quarter’s or year’s evaluation has proposals to decide.');
    const { reason, ...changes } = body;
    const proposals = evaluation.proposals;
    const changed = (Object.keys(changes) as (keyof typeof changes)[]).some(
      (key) => JSON.stringify(changes[key]) !== JSON.stringify(proposals[key]),
    );
    if (changed && !reason)
      throw validationProblem([
        { in: 'body', path: 'reason', message: 'A change of the proposals needs a reason' },
      ]);
    const decision = { ...proposals, ...changes, by: caller.id, at: nowIso(), ...(reason ? { reason } : {}) };
    await commitChange([decisionWrite(evaluation, decision)]);
    return { status: 200, body: { ...evaluation, decision } };
  },
});

const comment = defineOperation({
  operationId: 'commentOnEvaluation',
  method: 'POST',
  path: `${evaluationPath}/comments`,
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [self],
  params: evaluationParams,
  body: commentInput,
  async handle({ caller, params, body }) {
    if (params.employeeId !== caller.id) throw notAllowed('A rep comments on their own evaluation.');
    const evaluation = found(
      await getEvaluation(params.period, params.run, params.employeeId),
      `The evaluation of ${params.employeeId} in run ${params.run} of ${params.period}`,
    );
    const entry = { by: caller.id, at: nowIso(), text: body.text };
    if ((evaluation.comments?.length ?? 0) >= 20) throw conflict('An evaluation takes at most 20 comments.');
    await commit([commentWrite(evaluation, entry)]);
    return { status: 200, body: { ...evaluation, comments: [...(evaluation.comments ?? []), entry] } };
  },
});

export const evaluationOperations: readonly Operation[] = [rerun, readPeriod, readRep, decide, comment];
