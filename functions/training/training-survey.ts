import { commit, TransactionCancelled, type TransactItem } from '#shared/transaction.ts';
import { addDays } from '#shared/calendar.ts';
import { newId } from '#shared/clock.ts';
import { jobHandler, type JobContext, type JobCounts } from '#shared/job.ts';
import { halfYear } from './rules.ts';
import { trainingSettings } from './settings.ts';
import { salesStaff } from './surveys.ts';
import { HALF_YEAR_CLAIM, surveyWrites } from './store.ts';

/** False when the half-year's survey was opened before (by an earlier firing). */
async function openedOnce(items: TransactItem[]): Promise<boolean> {
  try {
    await commit(items);
    return true;
  } catch (error) {
    if (error instanceof TransactionCancelled && error.failedCondition(HALF_YEAR_CLAIM)) return false;
    throw error;
  }
}

/**
 * The half-yearly training-needs survey: on its firing, everyone in sales is asked, once
 * per half-year however often the schedule fires (the half-year is claimed in the same
 * transaction); answers are taken for the published number of days.
 */
export async function openHalfYearSurvey({ today, scheduledTime, tally }: JobContext): Promise<JobCounts> {
  const counts = tally({ opened: 0, asked: 0 });
  const period = halfYear(today);
  const audience = await salesStaff();
  const survey = {
    id: newId(),
    title: `${period} training needs / ${period} 培训需求调查`,
    openedBy: 'schedule',
    openedAt: scheduledTime.toISOString(),
    closesOn: addDays(today, trainingSettings().surveyDays - 1),
    audience,
  };
  if (audience.length > 0 && (await openedOnce(surveyWrites(survey, period)))) {
    counts.opened++;
    counts.asked += audience.length;
  }
  return counts;
}

export const handler = jobHandler('training-survey', openHalfYearSurvey);
