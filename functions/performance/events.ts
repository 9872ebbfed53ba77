import * as z from 'zod/mini';
import { defineEvent } from '#shared/events.ts';

export const evaluationRequested = defineEvent({
  type: 'evaluation.requested',
  description:
    'A run of a period’s evaluation was started (by the monthly schedule, once per period, or by the manager after corrections): the performance consumer evaluates every rep under the run’s rules.',
  producer: 'performance',
  payload: z.object({ period: z.string(), run: z.int() }),
});
