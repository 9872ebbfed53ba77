import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import middy from '@middy/core';
import * as z from 'zod/mini';
import { localDate, timeZone } from './calendar.ts';
import { updateIf } from './db-update.ts';
import { jobRunKey } from './keys.ts';
import { logger, metrics, publishMetrics } from './observability.ts';
import { isoDateTime } from './schemas.ts';
import { parsePart } from './validation.ts';

/** What a job sees of its firing. */
export interface JobContext {
  /** The time the schedule fired for (not when the function started). */
  scheduledTime: Date;
  /** That time's calendar date in the department's time zone. */
  today: string;
  timeZone: string;
}

export type JobCounts = Record<string, number>;

export interface JobResult {
  job: string;
  scheduledTime: string;
  outcome: 'succeeded' | 'skipped';
  counts?: JobCounts;
}

/** EventBridge Scheduler sends `<aws.scheduler.scheduled-time>`; a manual run may leave it out. */
const jobEvent = z.object({ scheduledTime: z.optional(isoDateTime) });

/** A run still marked running after this long died with its function (Lambda stops at 15 min). */
const STALE_RUN_MS = 16 * 60 * 1000;

/**
 * Claims the run for one scheduled time. The scheduler delivers at least once, so a second
 * delivery of a firing that succeeded, or is still running, claims nothing. A failed or abandoned
 * run may be claimed again (that is the scheduler's retry).
 */
function claimRun(job: string, scheduledTime: string, now: Date): Promise<boolean> {
  return updateIf(jobRunKey(job, scheduledTime), {
    expression:
      'SET #status = :running, startedAt = :now, job = :job, scheduledTime = :scheduled, entityType = :type REMOVE endedAt, #error ADD attempts :one',
    condition: 'attribute_not_exists(pk) OR #status = :failed OR (#status = :running AND startedAt < :stale)',
    names: { '#status': 'status', '#error': 'error' },
    values: {
      ':running': 'running',
      ':failed': 'failed',
      ':now': now.toISOString(),
      ':stale': new Date(now.getTime() - STALE_RUN_MS).toISOString(),
      ':job': job,
      ':scheduled': scheduledTime,
      ':type': 'JobRun',
      ':one': 1,
    },
  });
}

async function finishRun(
  job: string,
  scheduledTime: string,
  outcome: { status: 'succeeded' | 'failed'; counts?: JobCounts; error?: string },
) {
  await updateIf(jobRunKey(job, scheduledTime), {
    expression: 'SET #status = :status, endedAt = :now, counts = :counts, #error = :error',
    names: { '#status': 'status', '#error': 'error' },
    values: {
      ':status': outcome.status,
      ':now': new Date().toISOString(),
      ':counts': outcome.counts ?? {},
      ':error': outcome.error ?? null,
    },
  });
}

/** The Lambda handler of one scheduled job: records the run and runs it at most once per firing. */
export function jobHandler(job: string, run: (context: JobContext) => Promise<JobCounts>) {
  return middy<unknown, JobResult>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .handler(async (event) => {
      const input = parsePart('body', jobEvent, event ?? {});
      const now = new Date();
      const scheduled = input.scheduledTime
        ? new Date(input.scheduledTime)
        : new Date(Math.floor(now.getTime() / 60_000) * 60_000);
      const scheduledTime = scheduled.toISOString();
      logger.appendKeys({ job, scheduledTime });
      if (!(await claimRun(job, scheduledTime, now))) {
        logger.info('this firing already ran or is running; nothing to do');
        return { job, scheduledTime, outcome: 'skipped' };
      }
      const zone = timeZone();
      try {
        const counts = await run({
          scheduledTime: scheduled,
          today: localDate(scheduled, zone),
          timeZone: zone,
        });
        await finishRun(job, scheduledTime, { status: 'succeeded', counts });
        for (const [name, value] of Object.entries(counts)) metrics.addMetric(name, MetricUnit.Count, value);
        logger.info('job succeeded', { counts });
        return { job, scheduledTime, outcome: 'succeeded', counts };
      } catch (error) {
        logger.error('job failed', error as Error);
        await finishRun(job, scheduledTime, { status: 'failed', error: (error as Error).message });
        throw error;
      } finally {
        publishMetrics();
      }
    });
}
