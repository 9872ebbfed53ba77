import { commitUnlessChanged } from '#shared/change.ts';
import { jobHandler, type JobContext, type JobCounts } from '#shared/job.ts';
import { duePeriods } from './evaluation-rules.ts';
import { startRunWrites } from './evaluating.ts';
import { periodFile } from './store.ts';

/**
 * The monthly evaluation firing, on the 1st: the month just ended, and the quarter and the
 * year when they end with it, each get their first run, once per period however often the
 * schedule fires (the run's number is a conditional write); the manager starts later runs.
 */
export async function startDueRuns({ today, scheduledTime, tally }: JobContext): Promise<JobCounts> {
  const counts = tally({ periods: 0, started: 0 });
  for (const period of duePeriods(today)) {
    counts.periods++;
    if ((await periodFile(period)).runs.length > 0) continue;
    const { items } = startRunWrites(period, 1, 'schedule', scheduledTime.toISOString());
    if (await commitUnlessChanged(items)) counts.started++;
  }
  return counts;
}

export const handler = jobHandler('evaluation', startDueRuns);
