/** OpenAPI text of the schedule operations, keyed by operation id. */
import * as z from 'zod/mini';
import type { OperationDocs } from '#shared/http.ts';
import { pageOf } from '#shared/listing.ts';
import { authProblems, notFoundProblem } from '#shared/problem-responses.ts';
import { jobRun as run } from '#shared/job.ts';

const tags = ['Schedules'];

export const scheduleDocs: Record<string, OperationDocs> = {
  listSchedules: {
    summary: 'The scheduled jobs and their last run (manager, sales admin, auditor)',
    tags,
    responses: [
      {
        status: 200,
        description: 'Every schedule.',
        schema: z.object({
          items: z.array(
            z.object({
              name: z.string(),
              description: z.string(),
              cron: z.string(),
              timeZone: z.string(),
              lastRun: z.nullable(run),
            }),
          ),
        }),
      },
      ...authProblems,
    ],
  },
  listScheduleRuns: {
    summary: 'Runs of one scheduled job, newest first',
    description:
      'Each firing is recorded once (job, scheduled time, start, end, outcome, counts); a repeated delivery does not run it again.',
    tags,
    responses: [
      { status: 200, description: 'One page of runs.', schema: pageOf(run) },
      ...authProblems,
      notFoundProblem,
    ],
  },
};
