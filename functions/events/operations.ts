import * as z from 'zod/mini';
import { nowIso } from '#shared/clock.ts';
import type { DomainEvent } from '#shared/events.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { pageParameters } from '#shared/listing.ts';
import { conflict, HttpProblem, notFound, validationProblem } from '#shared/problem.ts';
import { dateTimeBetween } from '#shared/schemas.ts';
import { EVENT_CONSUMERS, findConsumer } from '../events.ts';
import { redeliver as publish } from './publish.ts';
import { eventsOfDay, getFailure, listOpenFailures, markRedelivered } from './store.ts';

/** Who looks at the event path, and who may send events again. */
const READERS = ['sales_manager', 'sales_admin', 'auditor'] as const;
const OPERATORS = ['sales_manager', 'sales_admin'] as const;
/** A replay covers at most this many days and publishes at most this many events per request. */
export const REPLAY_LIMITS = { days: 31, events: 500 } as const;

const consumerParams = z.strictObject({
  name: z.string().check(z.regex(/^[a-z-]{1,64}$/, 'Must be a consumer name')),
});
const consumerOf = (name: string) => {
  const consumer = findConsumer(name);
  if (!consumer) throw notFound(`No event consumer ${name}.`);
  return consumer;
};

const list = defineOperation({
  operationId: 'listEventConsumers',
  method: 'GET',
  path: '/event-consumers',
  auth: 'jwt',
  roles: READERS,
  async handle() {
    return {
      status: 200,
      body: {
        items: EVENT_CONSUMERS.map((consumer) => ({
          name: consumer.name,
          description: consumer.description,
          events: consumer.events.map((spec) => spec.type),
        })),
      },
    };
  },
});

const failures = defineOperation({
  operationId: 'listDeliveryFailures',
  method: 'GET',
  path: '/event-consumers/{name}/failures',
  auth: 'jwt',
  roles: READERS,
  params: consumerParams,
  query: z.strictObject(pageParameters),
  async handle({ params, query }) {
    consumerOf(params.name);
    return { status: 200, body: await listOpenFailures(params.name, query) };
  },
});

const redeliverOne = defineOperation({
  operationId: 'redeliverEvent',
  method: 'POST',
  path: '/event-consumers/{name}/failures/{eventId}/redeliver',
  auth: 'jwt',
  roles: OPERATORS,
  params: z.strictObject({
    name: consumerParams.def.shape.name,
    eventId: z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Must be an event id')),
  }),
  async handle({ caller, params }) {
    consumerOf(params.name);
    const failure = await getFailure(params.name, params.eventId);
    if (!failure) throw notFound(`No failed delivery of ${params.eventId} to ${params.name}.`);
    if (failure.status !== 'open') throw conflict(`The event was redelivered at ${failure.redeliveredAt}.`);
    // Published first, marked second: a failed mark leaves it open, and a second redelivery is harmless.
    await redeliver(params.name, [failure.event]);
    await markRedelivered(failure, caller.id, nowIso());
    return { status: 202, body: { consumer: params.name, eventId: params.eventId, status: 'redelivered' } };
  },
});

/** Events are replayed from the last year (a new consumer's history), never from the future. */
const replayRequest = z.strictObject({ from: dateTimeBetween(1, 0), to: dateTimeBetween(1, 0) });

const replay = defineOperation({
  operationId: 'replayEvents',
  method: 'POST',
  path: '/event-consumers/{name}/replays',
  auth: 'jwt',
  roles: OPERATORS,
  params: consumerParams,
  body: replayRequest,
  async handle({ params, body }) {
    const consumer = consumerOf(params.name);
    const from = new Date(body.from).toISOString();
    const to = new Date(body.to).toISOString();
    if (from > to) throw validationProblem([{ in: 'body', path: 'to', message: 'Must not be before from' }]);
    if (Date.parse(to) - Date.parse(from) > REPLAY_LIMITS.days * 86_400_000)
      throw validationProblem([
        { in: 'body', path: 'to', message: `A replay covers at most ${REPLAY_LIMITS.days} days` },
      ]);
    const types = new Set(consumer.events.map((spec) => spec.type));
    const chosen: DomainEvent[] = [];
    let resumeFrom: string | undefined;
    // Day by day, oldest first; stops at the per-request limit and says where to go on.
    outer: for (let day = from.slice(0, 10); day <= to.slice(0, 10); day = nextDay(day)) {
      let cursor: string | undefined;
      do {
        const page = await eventsOfDay(day, from, `${to}~`, { limit: 100, cursor });
        for (const event of page.items) {
          if (chosen.length >= REPLAY_LIMITS.events) {
            resumeFrom = event.at;
            break outer;
          }
          if (types.has(event.type)) chosen.push(event);
        }
        cursor = page.nextCursor;
      } while (cursor);
    }
    await redeliver(consumer.name, chosen);
    return {
      status: 202,
      body: { consumer: consumer.name, published: chosen.length, ...(resumeFrom ? { resumeFrom } : {}) },
    };
  },
});

/** The bus refusing is the operator's to retry, not a fault of the request: a 503, nothing marked. */
async function redeliver(consumer: string, events: Parameters<typeof publish>[1]) {
  try {
    await publish(consumer, events);
  } catch (error) {
    throw new HttpProblem(
      503,
      `The event bus did not take the events (${(error as Error).name}); try again.`,
      {
        headers: { 'retry-after': '5' },
      },
    );
  }
}

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export const eventOperations: readonly Operation[] = [list, failures, redeliverOne, replay];
