import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import * as z from 'zod/mini';
import { localDate, timeZone } from './calendar.ts';
import { getItem, tableName } from './db.ts';
import { updateIf } from './db-update.ts';
import { newEvent, eventWrite, EVENT_SOURCE } from './events.ts';
import { jobContinued } from './job-events.ts';
import { JOB_RESERVE_SECONDS } from './job-limits.ts';
import { MAX_PAGE_SIZE, type Page, type PageParameters } from './listing.ts';
import { logContext, logger } from './observability.ts';
import { isoDateTime } from './schemas.ts';
import { commit } from './transaction.ts';
import { parsePart } from './validation.ts';
import { JobRuns } from './entities.ts';

/**
 * Scheduled jobs. The scheduler delivers at least once, and a job's work grows with the data, so a
 * run is recorded once per firing and works in pages: after each page it records where it is (its
 * checkpoint), and when its invocation's time runs short it stops there and continues in a new
 * invocation, started by a `job.continued` event committed with the checkpoint. A run whose
 * invocation died (its checkpoint stopped moving) is picked up from its checkpoint by the next
 * delivery, not skipped; a run that failed starts over when retried. Counts add up over the
 * invocations of one attempt.
 */
export interface JobContext {
  /** The time the schedule fired for (not when the function started). */
  scheduledTime: Date;
  /** That time's calendar date in the department's time zone. */
  today: string;
  timeZone: string;
  /** The run's counts, carried across continuations; start them with their zero values. */
  tally<C extends JobCounts>(initial: C): C;
  /**
   * Walks a list page by page, from where an earlier invocation of this run stopped. A named
   * phase that finished is not walked again.
   */
  pages<T>(
    phase: string,
    list: (page: PageParameters) => Promise<Page<T>>,
    visit: (items: T[]) => Promise<void>,
  ): Promise<void>;
}

export type JobCounts = Record<string, number>;

export interface JobResult {
  job: string;
  scheduledTime: string;
  outcome: 'succeeded' | 'skipped' | 'continued';
  counts?: JobCounts;
}

const counts = z.record(z.string(), z.number());
const checkpoint = z.object({
  /** The phase under way and the cursor of its next page. */
  phase: z.optional(z.string()),
  cursor: z.optional(z.string()),
  /** Phases done. */
  finished: z.array(z.string()),
  counts,
});
type Checkpoint = z.output<typeof checkpoint>;

/** A run of a job as the schedules API shows it (the stored item less its keys). */
export const jobRun = z.object({
  job: z.string(),
  scheduledTime: z.string(),
  status: z.enum(['running', 'continuing', 'succeeded', 'failed']),
  startedAt: z.string(),
  /** Last sign of life of the invocation working on it. */
  heartbeatAt: z.optional(z.string()),
  endedAt: z.optional(z.string()),
  attempts: z.int(),
  counts: z.optional(counts),
  /** Where a continuing run goes on, in the invocation its `job.continued` event starts. */
  checkpoint: z.optional(checkpoint),
  continuationId: z.optional(z.string()),
  error: z.optional(z.nullable(z.string())),
});

/** EventBridge Scheduler sends `<aws.scheduler.scheduled-time>`; a manual run may leave it out. */
const scheduledEvent = z.object({ scheduledTime: z.optional(isoDateTime) });
/** A continuation arrives from the bus as a `job.continued` event. */
const continuationEvent = z.object({
  source: z.literal(EVENT_SOURCE),
  'detail-type': z.literal(jobContinued.type),
  detail: z.object({ id: z.string(), payload: jobContinued.payload }),
});

/** Tunables (small in tests): items per page, pages per invocation. */
const pageSize = () => Number(process.env.JOB_PAGE_SIZE ?? MAX_PAGE_SIZE);
const pagesPerInvocation = () => Number(process.env.JOB_PAGES_PER_INVOCATION ?? Infinity);

/**
 * A run whose checkpoint has not moved for this long has lost its invocation (each page takes well
 * under JOB_RESERVE_SECONDS); between the two limits a delivery cannot tell, and fails so that
 * Lambda delivers again later.
 */
const ALIVE_MS = JOB_RESERVE_SECONDS * 1000;
const STALE_MS = 2 * JOB_RESERVE_SECONDS * 1000;

class Yield extends Error {}

/**
 * Claims the run for one scheduled time: a new firing, a failed run, or a run whose invocation
 * died; or, for a continuation, the run that asked for exactly this one.
 */
function claimRun(job: string, scheduledTime: string, now: Date, continuation?: string): Promise<boolean> {
  const values = {
    ':running': 'running',
    ':now': now.toISOString(),
    ':job': job,
    ':scheduled': scheduledTime,
    ':type': 'JobRun',
    ':one': 1,
  };
  const update =
    'SET #status = :running, startedAt = if_not_exists(startedAt, :now), heartbeatAt = :now, job = :job, scheduledTime = :scheduled, entityType = :type REMOVE endedAt, #error, continuationId ADD attempts :one';
  if (continuation)
    return updateIf(JobRuns.key({ job, scheduledTime }), {
      expression: update,
      condition: '#status = :continuing AND continuationId = :continuation',
      names: { '#status': 'status', '#error': 'error' },
      values: { ...values, ':continuing': 'continuing', ':continuation': continuation },
    });
  return updateIf(JobRuns.key({ job, scheduledTime }), {
    expression: update,
    condition:
      'attribute_not_exists(pk) OR #status = :failed OR (#status = :running AND heartbeatAt < :stale)',
    names: { '#status': 'status', '#error': 'error' },
    values: {
      ...values,
      ':failed': 'failed',
      ':stale': new Date(now.getTime() - STALE_MS).toISOString(),
    },
  });
}

async function finishRun(
  job: string,
  scheduledTime: string,
  outcome: { status: 'succeeded' | 'failed'; counts?: JobCounts; error?: string },
) {
  await updateIf(JobRuns.key({ job, scheduledTime }), {
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

const saveCheckpoint = (job: string, scheduledTime: string, checkpoint: Checkpoint) =>
  updateIf(JobRuns.key({ job, scheduledTime }), {
    expression: 'SET checkpoint = :checkpoint, counts = :counts, heartbeatAt = :now',
    values: { ':checkpoint': checkpoint, ':counts': checkpoint.counts, ':now': new Date().toISOString() },
  });

/** Stops here: the checkpoint and the event that starts the next invocation, in one transaction. */
async function continueLater(job: string, scheduledTime: string, checkpoint: Checkpoint) {
  const event = newEvent(jobContinued, {
    subject: { type: 'job-run', id: `${job}/${scheduledTime}` },
    actor: job,
    at: new Date().toISOString(),
    payload: { job, scheduledTime },
  });
  await commit([
    {
      Update: {
        TableName: tableName(),
        Key: JobRuns.key({ job, scheduledTime }),
        UpdateExpression:
          'SET #status = :continuing, continuationId = :id, checkpoint = :checkpoint, counts = :counts, heartbeatAt = :now',
        ConditionExpression: '#status = :running',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':continuing': 'continuing',
          ':running': 'running',
          ':id': event.id,
          ':checkpoint': checkpoint,
          ':counts': checkpoint.counts,
          ':now': new Date().toISOString(),
        },
      },
    },
    eventWrite(event),
  ]);
}

/** The Lambda handler of one scheduled job: records the run and runs it at most once per firing. */
export function jobHandler(job: string, run: (context: JobContext) => Promise<JobCounts>) {
  return middy<unknown, JobResult>()
    .use(logContext())
    .handler(async (event, lambda: Context) => {
      const continuation = z.safeParse(continuationEvent, event);
      let scheduled: Date;
      if (continuation.success) {
        scheduled = new Date(continuation.data.detail.payload.scheduledTime);
      } else {
        const input = parsePart('body', scheduledEvent, event ?? {});
        scheduled = input.scheduledTime
          ? new Date(input.scheduledTime)
          : new Date(Math.floor(Date.now() / 60_000) * 60_000);
      }
      const scheduledTime = scheduled.toISOString();
      const now = new Date();
      logger.appendKeys({ job, scheduledTime });
      const before = await getItem(JobRuns.key({ job, scheduledTime }), true);
      if (!(await claimRun(job, scheduledTime, now, continuation.data?.detail.id))) {
        const current = await getItem(JobRuns.key({ job, scheduledTime }), true);
        const heartbeat = Date.parse(String(current?.heartbeatAt ?? current?.startedAt ?? ''));
        // Neither clearly alive nor clearly dead: fail, so the delivery is tried again later.
        if (current?.status === 'running' && now.getTime() - heartbeat > ALIVE_MS)
          throw new Error(`Run ${job} ${scheduledTime} has not moved for a while; trying again later`);
        logger.info('this firing already ran, is running or continues elsewhere; nothing to do');
        return { job, scheduledTime, outcome: 'skipped' };
      }
      // A continuation, or a run whose invocation died, goes on from its checkpoint; a retry of a
      // failed run starts over (what it sent is claimed, so it sends only what failed).
      const stored = before?.status === 'failed' ? undefined : (before?.checkpoint as Checkpoint | undefined);
      const checkpoint: Checkpoint = stored ?? { finished: [], counts: {} };
      const zone = timeZone();
      let pagesRun = 0;
      // Every invocation does at least one page, so a run always moves forward.
      const mustYield = () =>
        pagesRun > 0 &&
        (pagesRun >= pagesPerInvocation() || lambda.getRemainingTimeInMillis() < JOB_RESERVE_SECONDS * 1000);
      let tallied: JobCounts | undefined;
      const context: JobContext = {
        scheduledTime: scheduled,
        today: localDate(scheduled, zone),
        timeZone: zone,
        tally(initial) {
          tallied = Object.assign(initial, checkpoint.counts);
          return tallied as typeof initial;
        },
        async pages(phase, list, visit) {
          if (checkpoint.finished.includes(phase)) return;
          let cursor = checkpoint.phase === phase ? checkpoint.cursor : undefined;
          do {
            if (mustYield()) {
              Object.assign(checkpoint, { phase, cursor, counts: { ...tallied } });
              throw new Yield();
            }
            const page = await list({ limit: pageSize(), cursor });
            await visit(page.items);
            pagesRun++;
            cursor = page.nextCursor;
            Object.assign(checkpoint, { phase, cursor, counts: { ...tallied } });
            await saveCheckpoint(job, scheduledTime, checkpoint);
          } while (cursor);
          checkpoint.finished.push(phase);
        },
      };
      try {
        const counts = await run(context);
        await finishRun(job, scheduledTime, { status: 'succeeded', counts });
        logger.info('job succeeded', { counts });
        return { job, scheduledTime, outcome: 'succeeded', counts };
      } catch (error) {
        if (error instanceof Yield) {
          await continueLater(job, scheduledTime, checkpoint);
          logger.info('job continues in a new invocation', { phase: checkpoint.phase });
          return { job, scheduledTime, outcome: 'continued', counts: checkpoint.counts };
        }
        logger.error('job failed', error as Error);
        await finishRun(job, scheduledTime, { status: 'failed', error: (error as Error).message });
        throw error;
      }
    });
}
