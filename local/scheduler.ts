import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Cron } from 'croner';
import type { JobResult } from '../functions/shared/job.ts';
import {
  cronerPattern,
  JOB_TIMEOUT_SECONDS,
  SCHEDULED_JOBS,
  type ScheduledJob,
} from '../functions/schedules.ts';
import { ROOT } from './config.ts';
import { asFunction } from './data-scope.ts';
import { lambdaContext } from './lambda-context.ts';

type JobHandler = (
  event: { scheduledTime?: string },
  context: ReturnType<typeof lambdaContext>,
) => Promise<JobResult>;

/**
 * The local stand-in for EventBridge Scheduler: fires the same schedules (croner, in the
 * department's time zone) at the same handler modules, with the same `{ scheduledTime }` input.
 */
export class LocalScheduler {
  private readonly timers: Cron[] = [];
  private readonly handlers = new Map<string, Promise<JobHandler>>();

  private readonly timeZone: string;
  private readonly log: (line: string) => void;

  constructor(timeZone: string, log: (line: string) => void) {
    this.timeZone = timeZone;
    this.log = log;
  }

  start(): void {
    for (const job of SCHEDULED_JOBS) {
      this.timers.push(
        new Cron(cronerPattern(job.cron), { timezone: this.timeZone, name: job.name, catch: true }, () => {
          const scheduledTime = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
          this.fire(job.name, scheduledTime).then(
            (result) =>
              this.log(`schedule ${job.name} ${result.outcome} ${JSON.stringify(result.counts ?? {})}`),
            (error: unknown) => this.log(`schedule ${job.name} failed: ${(error as Error).message}`),
          );
        }),
      );
    }
  }

  stop(): void {
    for (const timer of this.timers) timer.stop();
  }

  nextRuns(): { name: string; next: string | undefined }[] {
    return this.timers.map((timer) => ({ name: timer.name ?? '', next: timer.nextRun()?.toISOString() }));
  }

  /** Runs one job as if its schedule fired at `scheduledTime` (now when left out). */
  async fire(name: string, scheduledTime?: string): Promise<JobResult> {
    const job = SCHEDULED_JOBS.find((candidate) => candidate.name === name);
    if (!job) throw new Error(`No scheduled job ${name}`);
    const handler = await this.handlerOf(job);
    return asFunction(job.name, () =>
      handler(
        scheduledTime ? { scheduledTime } : {},
        lambdaContext(job.name, undefined, JOB_TIMEOUT_SECONDS),
      ),
    );
  }

  private handlerOf(job: ScheduledJob): Promise<JobHandler> {
    if (!this.handlers.has(job.name)) {
      this.handlers.set(
        job.name,
        import(pathToFileURL(join(ROOT, job.entry)).href).then(
          (module: { handler: JobHandler }) => module.handler,
        ),
      );
    }
    return this.handlers.get(job.name)!;
  }
}
