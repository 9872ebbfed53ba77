import * as z from 'zod/mini';
import { defineOperation, type Operation } from '#shared/http.ts';
import { pageParameters, queryPage } from '#shared/listing.ts';
import { notFound } from '#shared/problem.ts';
import { cronerPattern, SCHEDULED_JOBS } from '../schedules.ts';
import { JobRuns } from '#shared/entities.ts';

/** Who may look at the schedules and their runs. */
const OPERATORS = ['sales_manager', 'sales_admin', 'auditor'] as const;

const runsOf = (job: string, page: { limit: number; cursor?: string }) =>
  queryPage<Record<string, unknown>>({
    partition: { attribute: 'pk', value: JobRuns.partition({ job }) },
    sortKeyPrefix: { attribute: 'sk', value: JobRuns.skPrefix },
    newestFirst: true,
    ...page,
  });

const list = defineOperation({
  operationId: 'listSchedules',
  method: 'GET',
  path: '/schedules',
  auth: 'jwt',
  roles: OPERATORS,
  async handle() {
    const items = await Promise.all(
      SCHEDULED_JOBS.map(async (job) => ({
        name: job.name,
        description: job.description,
        cron: cronerPattern(job.cron),
        timeZone: process.env.TIME_ZONE ?? 'Asia/Shanghai',
        lastRun: (await runsOf(job.name, { limit: 1 })).items[0] ?? null,
      })),
    );
    return { status: 200, body: { items } };
  },
});

const runs = defineOperation({
  operationId: 'listScheduleRuns',
  method: 'GET',
  path: '/schedules/{name}/runs',
  auth: 'jwt',
  roles: OPERATORS,
  params: z.strictObject({ name: z.string().check(z.maxLength(64)) }),
  query: z.strictObject(pageParameters),
  async handle({ params, query }) {
    if (!SCHEDULED_JOBS.some((job) => job.name === params.name))
      throw notFound(`No schedule ${params.name}.`);
    return { status: 200, body: await runsOf(params.name, query) };
  },
});

export const scheduleOperations: readonly Operation[] = [list, runs];
