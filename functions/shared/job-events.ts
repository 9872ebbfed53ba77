import * as z from 'zod/mini';
import { defineEvent } from './events.ts';

export const jobContinued = defineEvent({
  type: 'job.continued',
  description:
    'A scheduled job stopped at its checkpoint before its time ran out: its own function continues the run from there.',
  producer: 'jobs',
  payload: z.object({ job: z.string(), scheduledTime: z.string() }),
});
