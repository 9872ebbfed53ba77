import { forEachConcurrently } from '#shared/concurrency.ts';
import { recordEvent } from '#shared/events.ts';
import { commit, commitUnlessChanged, type TransactItem } from '#shared/transaction.ts';
import { allEmployees } from '../employees/public.ts';
import { kindOf } from './evaluation-rules.ts';
import { evaluationRequested } from './events.ts';
import { performanceOf } from './figures.ts';
import type { Evaluation, EvaluationRun } from './model.ts';
import { periodMonths } from './rules.ts';
import { type PerformanceSettings, performanceSettings } from './settings.ts';
import { evaluationWrite, getRun, newRunWrite, repEvaluations, runEvaluatedWrite } from './store.ts';

/**
 * Evaluation runs (R-4.2, R-0.5): a run is recorded with the rules in force, and its event has the
 * performance consumer evaluate every rep under those rules. The figures come from the reps'
 * monthly facts; a quarter and a year also list the latest scores of the periods they build on.
 */
export function startRunWrites(
  period: string,
  run: number,
  startedBy: string,
  at: string,
  reason?: string,
): { run: EvaluationRun; items: TransactItem[] } {
  const { rulesVersion, currency, weights, attainmentCapBasisPoints, grades, quantitativeShare } =
    performanceSettings();
  const record: EvaluationRun = {
    period,
    run,
    kind: kindOf(period),
    status: 'evaluating',
    startedBy,
    ...(reason ? { reason } : {}),
    rules: { rulesVersion, currency, weights, attainmentCapBasisPoints, grades, quantitativeShare },
    requestedAt: at,
  };
  return {
    run: record,
    items: [
      newRunWrite(record),
      recordEvent(evaluationRequested, {
        subject: { type: 'evaluation-run', id: `${period}/${run}` },
        actor: startedBy,
        at,
        payload: { period, run },
      }),
    ],
  };
}

/** The periods a quarter or a year builds on: its months, or its quarters. */
const partsOf = (period: string): string[] =>
  kindOf(period) === 'year'
    ? [1, 2, 3, 4].map((quarter) => `${period}-Q${quarter}`)
    : kindOf(period) === 'quarter'
      ? periodMonths(period)
      : [];

/** The latest run's score of each part the rep was evaluated in. */
async function partScores(employeeId: string, period: string): Promise<Evaluation['parts']> {
  const parts = partsOf(period);
  if (parts.length === 0) return [];
  const latest = new Map<string, Evaluation>();
  for (const evaluation of await repEvaluations(employeeId, period.slice(0, 4)))
    if (parts.includes(evaluation.period)) latest.set(evaluation.period, evaluation);
  return parts.flatMap((part) => {
    const found = latest.get(part);
    return found
      ? [
          {
            period: part,
            run: found.run,
            ...(found.quantitativeScore !== undefined ? { quantitativeScore: found.quantitativeScore } : {}),
          },
        ]
      : [];
  });
}

/** Evaluates every sales rep in a run, once: a redelivery after the run is evaluated does nothing. */
export async function evaluateRun(period: string, runNumber: number): Promise<number> {
  const run = await getRun(period, runNumber);
  if (!run || run.status === 'evaluated') return 0;
  const rules = run.rules as PerformanceSettings;
  const reps = (await allEmployees()).filter((person) => person.roles.includes('sales_rep'));
  const at = new Date().toISOString();
  await forEachConcurrently(reps, 8, async (rep) => {
    const [view, parts] = await Promise.all([
      performanceOf(rep.id, period, rules),
      partScores(rep.id, period),
    ]);
    await commit([
      evaluationWrite({
        period,
        run: run.run,
        employeeId: rep.id,
        rulesVersion: rules.rulesVersion,
        indicators: view.indicators,
        ...(view.quantitativeScore !== undefined ? { quantitativeScore: view.quantitativeScore } : {}),
        counts: view.counts,
        parts,
        evaluatedAt: at,
      }),
    ]);
  });
  await commitUnlessChanged([runEvaluatedWrite(run, reps.length, at)]);
  return reps.length;
}
