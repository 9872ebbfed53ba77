import { monthOf } from '#shared/calendar.ts';
import { sendEmail } from '#shared/email.ts';
import { jobHandler, type JobContext, type JobCounts } from '#shared/job.ts';
import { collectAll } from '#shared/listing.ts';
import { allEmployees } from '../employees/public.ts';
import { serviceSettings } from './settings.ts';
import { problemSummaryEmail } from './ticket-messages.ts';
import { commonProblems, periodProblems } from './ticket-rules.ts';
import { latestSolution, monthProblems } from './store.ts';

/**
 * The most common customer problems of some months (R-2.6.4, §3.6.4): the tickets counted by
 * product and category when they opened (one partition of counters a month, whatever the number of
 * tickets), the most frequent first, each with the latest solution the knowledge base holds for it.
 */
export async function commonProblemsOf(months: readonly string[]) {
  const counts = (
    await Promise.all(months.map((month) => collectAll((page) => monthProblems(month, page))))
  ).flat();
  const problems = periodProblems(counts);
  const top = commonProblems(problems, serviceSettings().problemSummarySize);
  const solved = await Promise.all(top.map((problem) => latestSolution(problem.product, problem.category)));
  return {
    tickets: problems.reduce((sum, problem) => sum + problem.count, 0),
    problems: top.map((problem, index) => {
      const entry = solved[index];
      return entry
        ? {
            ...problem,
            solution: {
              entryId: entry.id,
              problem: entry.problem,
              cause: entry.cause,
              solution: entry.solution,
            },
          }
        : problem;
    }),
  };
}

/** The monthly summary: last month's most common problems and their solutions, to the sales manager. */
export async function summarizeProblems({ today }: JobContext): Promise<JobCounts> {
  const month = monthOf(today, -1);
  const { tickets, problems } = await commonProblemsOf([month]);
  const managers = (await allEmployees()).filter((person) => person.roles.includes('sales_manager'));
  for (const manager of managers)
    await sendEmail({
      to: manager.email,
      ...problemSummaryEmail(manager.locale, manager.name, month, problems),
    });
  return { problems: problems.length, tickets, emails: managers.length };
}

export const handler = jobHandler('problem-summary', summarizeProblems);
