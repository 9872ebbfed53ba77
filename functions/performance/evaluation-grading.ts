import { recordEvent } from '#shared/events.ts';
import { jobHandler, type JobContext, type JobCounts } from '#shared/job.ts';
import { commitUnlessChanged } from '#shared/transaction.ts';
import { gradedWith } from './evaluating.ts';
import { evaluationGraded } from './events.ts';
import type { Evaluation } from './model.ts';
import { qualitativeScore, RATER_GROUPS } from './rating-rules.ts';
import type { PerformanceSettings } from './settings.ts';
import { evaluationRatings, evaluationsDue, getRun, gradedWrite } from './store.ts';

/**
 * The daily grading: each quarter's or year's evaluation whose rating deadline has passed
 * gets its qualitative score from the ratings that came (the missing-ratings rule in
 * rating-rules.ts), its composite score and its grade, under the rules its run recorded; once (the
 * write requires it still waiting), with `evaluation.graded` for the rep.
 */
export async function gradeDue({ scheduledTime, pages, tally }: JobContext): Promise<JobCounts> {
  const counts = tally({ due: 0, graded: 0 });
  const now = scheduledTime.toISOString();
  const rules = new Map<string, PerformanceSettings>();
  await pages(
    'due',
    (page) => evaluationsDue(now, page),
    async (evaluations) => {
      for (const evaluation of evaluations) {
        counts.due++;
        const runKey = `${evaluation.period}/${evaluation.run}`;
        if (!rules.has(runKey))
          rules.set(runKey, (await getRun(evaluation.period, evaluation.run))!.rules as PerformanceSettings);
        if (await grade(evaluation, rules.get(runKey)!, now)) counts.graded++;
      }
    },
  );
  return counts;
}

async function grade(evaluation: Evaluation, rules: PerformanceSettings, at: string): Promise<boolean> {
  const requests = await evaluationRatings(evaluation.period, evaluation.run, evaluation.employeeId);
  const answered = requests.filter((request) => request.scores);
  const graded: Evaluation = {
    ...evaluation,
    ...gradedWith(
      evaluation.quantitativeScore,
      qualitativeScore(answered.map((request) => ({ group: request.group, scores: request.scores! }))),
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
  return commitUnlessChanged([
    gradedWrite(graded),
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
      },
    }),
  ]);
}

export const handler = jobHandler('evaluation-grading', gradeDue);
