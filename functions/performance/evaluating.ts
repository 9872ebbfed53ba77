import { commitUnlessChanged } from '#shared/change.ts';
import { forEachConcurrently } from '#shared/concurrency.ts';
import { recordEvent } from '#shared/events.ts';
import { createHash } from 'node:crypto';
import { commit, TransactionCancelled, type TransactItem } from '#shared/transaction.ts';
import { keyCustomersOf, listContacts } from '../customers/public.ts';
import { allEmployees, type Employee } from '../employees/public.ts';
import { kindOf } from './evaluation-rules.ts';
import { evaluationRequested, ratingRequested } from './events.ts';
import { performanceOf } from './figures.ts';
import type { Evaluation, EvaluationRun, RatingRequest } from './model.ts';
import { compositeScore, gradeOf, peersOf } from './rating-rules.ts';
import { periodMonths } from '#shared/periods.ts';
import { type PerformanceSettings, performanceSettings } from './settings.ts';
import {
  evaluationWrite,
  getRun,
  newRunWrite,
  batchMarkerWrite,
  ratingRequestWrite,
  repEvaluations,
  runEvaluatedWrite,
} from './store.ts';

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
  /** When the raters' time starts; by default now (a late run still gives them their days). */
  ratingsFrom = new Date(Math.max(Date.parse(at), Date.now())).toISOString(),
): { run: EvaluationRun; items: TransactItem[] } {
  const rules = performanceSettings();
  const startsAt = Date.parse(ratingsFrom);
  const record: EvaluationRun = {
    period,
    run,
    kind: kindOf(period),
    status: 'evaluating',
    startedBy,
    ...(reason ? { reason } : {}),
    // The whole of the published rules in force, kept with the run.
    rules,
    requestedAt: at,
    ratingsDueAt: new Date(startsAt + rules.ratingDays * 86_400_000).toISOString(),
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

/** Reps evaluated per delivery: each batch fits a consumer's timeout whatever the facts' size. */
const batchSize = () => Number(process.env.EVALUATION_BATCH ?? 50);

/**
 * Evaluates a batch of a run's sales reps (by id, from `from`), then hands the next batch on with a
 * new `evaluation.requested` (claimed once by a marker item, so a redelivered batch does not fork
 * the chain), or marks the run evaluated after the last. A run already evaluated does nothing.
 * Answers how many reps it evaluated and where the next batch starts.
 */
export async function evaluateRun(
  period: string,
  runNumber: number,
  from = 0,
): Promise<{ evaluated: number; next?: number }> {
  const run = await getRun(period, runNumber);
  if (!run || run.status === 'evaluated') return { evaluated: 0 };
  const rules = run.rules;
  const employees = await allEmployees();
  const reps = employees
    .filter((person) => person.roles.includes('sales_rep'))
    .sort((a, b) => a.id.localeCompare(b.id));
  const batch = reps.slice(from, from + batchSize());
  const at = new Date().toISOString();
  // A month is preliminary (its figures alone); a quarter and a year ask for ratings first, all
  // by the same deadline, counted from the run's start.
  const rated = run.kind !== 'month';
  const ratingsDueAt =
    run.ratingsDueAt ?? new Date(Date.parse(run.requestedAt) + rules.ratingDays * 86_400_000).toISOString();
  await forEachConcurrently(batch, 8, async (rep) => {
    const [view, parts] = await Promise.all([
      performanceOf(rep.id, period, rules),
      partScores(rep.id, period),
    ]);
    const evaluation: Evaluation = {
      period,
      run: run.run,
      employeeId: rep.id,
      rulesVersion: rules.rulesVersion,
      indicators: view.indicators,
      ...(view.quantitativeScore !== undefined ? { quantitativeScore: view.quantitativeScore } : {}),
      counts: view.counts,
      parts,
      evaluatedAt: at,
      ...(rated
        ? { status: 'rating' as const, ratingsDueAt }
        : gradedWith(
            view.quantitativeScore,
            undefined,
            { asked: 0, answered: 0, byGroup: {} },
            rules,
            at,
            true,
          )),
    };
    await commit([evaluationWrite(evaluation)]);
    if (rated) await requestRatings(evaluation, rep, employees, reps, ratingsDueAt, rules);
  });
  const next = from + batch.length;
  if (next < reps.length) {
    try {
      await commit([
        batchMarkerWrite(period, run.run, next),
        recordEvent(evaluationRequested, {
          subject: { type: 'evaluation-run', id: `${period}/${run.run}` },
          actor: 'evaluation',
          at,
          payload: { period, run: run.run, from: next },
        }),
      ]);
    } catch (error) {
      // An earlier delivery of this batch handed the next one on already.
      if (!(error instanceof TransactionCancelled)) throw error;
    }
    return { evaluated: batch.length, next };
  }
  await commitUnlessChanged([runEvaluatedWrite(run, reps.length, at)]);
  return { evaluated: batch.length };
}

/** The graded part of an evaluation: composite score and grade by the run's rules. */
export function gradedWith(
  quantitative: number | undefined,
  qualitative: number | undefined,
  ratings: NonNullable<Evaluation['ratings']>,
  rules: PerformanceSettings,
  at: string,
  preliminary = false,
): Pick<
  Evaluation,
  'status' | 'ratings' | 'qualitativeScore' | 'compositeScore' | 'grade' | 'preliminary' | 'gradedAt'
> {
  const composite = compositeScore(quantitative, qualitative, rules);
  const grade = gradeOf(composite, rules);
  return {
    status: 'graded',
    ratings,
    ...(qualitative !== undefined ? { qualitativeScore: qualitative } : {}),
    ...(composite !== undefined ? { compositeScore: composite } : {}),
    ...(grade ? { grade } : {}),
    ...(preliminary ? { preliminary } : {}),
    gradedAt: at,
  };
}

/**
 * Asks the rep's supervisor, two peers (peersOf) and the contacts of their first key customers to
 * rate them; each request has an id derived from the evaluation and the rater, so a redelivery
 * finds it and does not ask twice.
 */
async function requestRatings(
  evaluation: Evaluation,
  rep: Employee,
  employees: readonly Employee[],
  reps: readonly Employee[],
  dueAt: string,
  rules: PerformanceSettings,
) {
  const people = new Map(employees.map((person) => [person.id, person]));
  const raters: Omit<RatingRequest, 'id' | 'period' | 'run' | 'employeeId' | 'employeeName' | 'dueAt'>[] = [];
  const supervisor = rep.supervisorId ? people.get(rep.supervisorId) : undefined;
  if (supervisor)
    raters.push({
      group: 'supervisor',
      raterKey: supervisor.id,
      raterName: supervisor.name,
      email: supervisor.email,
      language: supervisor.locale,
    });
  for (const peer of peersOf(rep, reps, rules.peerRaters).map((id) => people.get(id)!))
    raters.push({
      group: 'peer',
      raterKey: peer.id,
      raterName: peer.name,
      email: peer.email,
      language: peer.locale,
    });
  for (const customer of await keyCustomersOf(rep.id, rules.customerRaters)) {
    const contact = (await listContacts(customer.id, { limit: 25 })).items.find(
      (candidate) => candidate.email,
    );
    if (contact)
      raters.push({
        group: 'customer',
        raterKey: `contact:${customer.id}/${contact.id}`,
        raterName: contact.name,
        email: contact.email!,
        language: contact.language,
      });
  }
  for (const rater of raters) {
    const request: RatingRequest = {
      id: createHash('sha256')
        .update(`${evaluation.period}|${evaluation.run}|${rep.id}|${rater.raterKey}`)
        .digest('base64url')
        .slice(0, 26),
      period: evaluation.period,
      run: evaluation.run,
      employeeId: rep.id,
      employeeName: rep.name,
      dueAt,
      ...rater,
    };
    try {
      await commit([
        ratingRequestWrite(request),
        recordEvent(ratingRequested, {
          subject: { type: 'evaluation', id: `${evaluation.period}/${evaluation.run}/${rep.id}` },
          actor: 'evaluation',
          at: evaluation.evaluatedAt,
          payload: {
            requestId: request.id,
            employeeId: rep.id,
            period: evaluation.period,
            run: evaluation.run,
          },
        }),
      ]);
    } catch (error) {
      // Asked before this delivery: the request and its email exist.
      if (!(error instanceof TransactionCancelled)) throw error;
    }
  }
}
