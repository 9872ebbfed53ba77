import { monthOf } from '#shared/calendar.ts';
import { sendEmail } from '#shared/email.ts';
import { jobHandler, type JobContext, type JobCounts } from '#shared/job.ts';
import { collectAll } from '#shared/listing.ts';
import { allEmployees } from '../employees/public.ts';
import { serviceSettings } from './settings.ts';
import { problemSummaryEmail } from './ticket-messages.ts';
import { commonProblems } from './ticket-rules.ts';
import { monthProblems } from './store.ts';

/**
 * The monthly summary of the most common problems: last month's tickets counted by
 * product and category when they opened (one partition of counters, whatever the number of
 * tickets), the most frequent first, emailed to the sales manager.
 */
export async function summarizeProblems({ today }: JobContext): Promise<JobCounts> {
  const month = monthOf(today, -1);
  const counts = await collectAll((page) => monthProblems(month, page));
  const top = commonProblems(counts, serviceSettings().problemSummarySize);
  const managers = (await allEmployees()).filter((person) => person.roles.includes('sales_manager'));
  for (const manager of managers)
    await sendEmail({ to: manager.email, ...problemSummaryEmail(manager.locale, manager.name, month, top) });
  return {
    problems: counts.length,
    tickets: counts.reduce((sum, problem) => sum + problem.count, 0),
    emails: managers.length,
  };
}

export const handler = jobHandler('problem-summary', summarizeProblems);
