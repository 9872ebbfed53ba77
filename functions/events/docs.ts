/** OpenAPI text of the event path's operations, keyed by operation id. */
import * as z from 'zod/mini';
import type { OperationDocs } from '#shared/http.ts';
import { pageOf } from '#shared/listing.ts';
import { authProblems, bodyProblems, notFoundProblem } from '#shared/problem-responses.ts';
import { eventEnvelope } from '#shared/events.ts';

const tags = ['Events'];
const failure = z.object({
  consumer: z.string(),
  eventId: z.string(),
  eventType: z.string(),
  error: z.string(),
  attempts: z.number(),
  failedAt: z.string(),
  status: z.enum(['open', 'redelivered']),
  redeliveredAt: z.optional(z.string()),
  redeliveredBy: z.optional(z.string()),
  event: eventEnvelope,
});

export const eventDocs: Record<string, OperationDocs> = {
  listEventConsumers: {
    summary: 'The consumers of domain events and what they react to (manager, sales admin, auditor)',
    description: 'The event catalogue is docs/asyncapi.json.',
    tags,
    responses: [
      {
        status: 200,
        description: 'Every consumer.',
        schema: z.object({
          items: z.array(
            z.object({ name: z.string(), description: z.string(), events: z.array(z.string()) }),
          ),
        }),
      },
      ...authProblems,
    ],
  },
  listDeliveryFailures: {
    summary: 'Events a consumer gave up on after its retries, oldest first',
    description: 'Each stays listed until it is redelivered.',
    tags,
    responses: [
      { status: 200, description: 'One page of open failures.', schema: pageOf(failure) },
      ...authProblems,
      notFoundProblem,
    ],
  },
  redeliverEvent: {
    summary: 'Sends a failed event to its consumer again (manager, sales admin)',
    description:
      'The event goes on the bus addressed to this consumer only. Consumers are idempotent: an event it did handle meanwhile changes nothing.',
    tags,
    responses: [
      {
        status: 202,
        description: 'Published; the consumer handles it shortly.',
        schema: z.object({ consumer: z.string(), eventId: z.string(), status: z.literal('redelivered') }),
      },
      ...authProblems,
      notFoundProblem,
      { status: 409, description: 'It was redelivered already.' },
      { status: 503, description: 'The event bus did not take it; it stays open, try again.' },
    ],
  },
  replayEvents: {
    summary: 'Replays the events of a time range into one consumer (manager, sales admin)',
    description:
      'For a new consumer, or one whose data must be rebuilt: every event it reacts to between `from` and `to` (at most 31 days), oldest first, at most 500 per request; `resumeFrom` says where the next request starts. Events it handled before change nothing.',
    tags,
    responses: [
      {
        status: 202,
        description: 'Published.',
        schema: z.object({ consumer: z.string(), published: z.int(), resumeFrom: z.optional(z.string()) }),
      },
      ...authProblems,
      ...bodyProblems,
      notFoundProblem,
      { status: 503, description: 'The event bus did not take them; try again.' },
    ],
  },
};
