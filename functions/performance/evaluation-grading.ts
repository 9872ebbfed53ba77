import { causes, commitUnlessChanged } from '#shared/change.ts';
import { recordEvent } from '#shared/events.ts';
import { jobHandler, type JobContext, type JobCounts } from '#shared/job.ts';
import { gradedWith } from './evaluating.ts';
import { coachingReviewDue, evaluationGraded } from './events.ts';
import { coachingPlanOf, duePlan, proposalsFor } from './consequence-rules.ts';
import type { Evaluation, EvaluationRun } from './model.ts';
import { qualitativeScore, RATER_GROUPS } from './rating-rules.ts';
import {
  coachingPlansByStatus,
  coachingPlanWrites,
  evaluationRatings,
  evaluationsDue,
  getRun,
  gradedWrite,
  repEvaluations,
} from './store.ts';

/**
 * The daily grading: each quarter's or year's evaluation whose rating deadline has passed
 * gets its qualitative score from the ratings that came (the missing-ratings rule in
 * rating-rules.ts), its composite score and its grade, under the rules its run recorded; once (the
 * write requires it still waiting), with `evaluation.graded` for the rep, and a fail's coaching
 * plan. Then the coaching plans whose review day has come are due (§5.4.3), once each, with
 * `coaching.review-due` for the manager and the supervisor.
 */
export async function gradeDue({ scheduledTime, today, pages, tally }: JobContext): Promise<JobCounts> {
  const counts = tally({ due: 0, graded: 0, coachingDue: 0 });
  const now = scheduledTime.toISOString();
  const runs = new Map<string, EvaluationRun>();
  await pages(
    'due',
    (page) => evaluationsDue(now, page),
    async (evaluations) => {
      for (const evaluation of evaluations) {
        counts.due++;
        const runKey = `${evaluation.period}/${evaluation.run}`;
        if (!runs.has(runKey)) runs.set(runKey, (await getRun(evaluation.period, evaluation.run))!);
        if (await grade(evaluation, runs.get(runKey)!, now)) counts.graded++;
      }
    },
  );
  await pages(
    'coaching',
    (page) => coachingPlansByStatus('open', page, today),
    async (plans) => {
      for (const plan of plans) {
        const due = duePlan(plan, today, now);
        if (!due) continue;
        const { employeeId, period, run, goals, reviewOn } = due;
        const committed = await commitUnlessChanged(
          coachingPlanWrites(plan, due, 'evaluation-grading', {
            events: [causes(coachingReviewDue, { employeeId, period, run, goals, reviewOn })],
          }),
        );
        if (committed) counts.coachingDue++;
      }
    },
  );
  return counts;
}

async function grade(evaluation: Evaluation, run: EvaluationRun, at: string): Promise<boolean> {
  const rules = run.rules;
  const year = evaluation.period.slice(0, 4);
  const [requests, thisYear, yearBefore] = await Promise.all([
    evaluationRatings(evaluation.period, evaluation.run, evaluation.employeeId),
    repEvaluations(evaluation.employeeId, year),
    repEvaluations(evaluation.employeeId, String(Number(year) - 1)),
  ]);
  const answered = requests.filter((request) => request.scores);
  const qualitative = qualitativeScore(
    answered.map((request) => ({ group: request.group, scores: request.scores! })),
    rules,
  );
  const result = {
    ...evaluation,
    ...gradedWith(
      evaluation.quantitativeScore,
      qualitative,
      {
        asked: requests.length,
        answered: answered.length,
        byGroup: Object.fromEntries(
          RATER_GROUPS.map((group) => [group, answered.filter((request) => request.group === group).length]),
        ),
      },
      rules,
      at,
    ),
  };
  const graded: Evaluation = {
    ...result,
    proposals: proposalsFor({
      kind: run.kind === 'year' ? 'year' : 'quarter',
      grade: result.grade,
      indicators: evaluation.indicators,
      qualitativeScore: qualitative,
      earlier: [...yearBefore, ...thisYear].filter(
        (earlier) =>
          earlier.status === 'graded' &&
          earlier.gradedAt !== undefined &&
          earlier.period !== evaluation.period,
      ),
      gradedOn: at.slice(0, 10),
      rules,
    }),
  };
  const plan = coachingPlanOf(graded, at);
  return commitUnlessChanged([
    gradedWrite(graded),
    ...(plan ? coachingPlanWrites(undefined, plan, 'evaluation-grading') : []),
    recordEvent(evaluationGraded, {
      subject: { type: 'evaluation', id: `${evaluation.period}/${evaluation.run}/${evaluation.employeeId}` },
      actor: 'evaluation-grading',
      at,
      payload: {
        employeeId: evaluation.employeeId,
        period: evaluation.period,
        run: evaluation.run,
        ...(graded.grade ? { grade: graded.grade } : {}),
        ...(graded.compositeScore !== undefined ? { compositeScore: graded.compositeScore } : {}),
        trainingNeeds: graded.proposals?.trainingNeeds ?? [],
      },
    }),
  ]);
}

export const handler = jobHandler('evaluation-grading', gradeDue);
