import * as z from 'zod/mini';
import { newId } from './clock.ts';
import { correlationId } from './correlation.ts';
import { DomainEvents } from './entities.ts';
import { putNew, type TransactItem } from './transaction.ts';

/**
 * Domain events: the transactional outbox. A change that others react to writes its event item in
 * the same `TransactWriteItems` as the change, so both commit or neither does. The table's stream
 * carries event items to the event bus (see `functions/events.ts` for the catalogue).
 */

/** Item type of an event in the table; the stream filter and the dispatcher look for it. */
export const EVENT_ENTITY = DomainEvents.type;
/** `source` of every event on the bus; a redelivery to one consumer has its own. */
export const EVENT_SOURCE = 'sales-department';
export const REDELIVERY_SOURCE = 'sales-department.redelivery';

/**
 * Which stream records carry events: new event items only. One declaration for the Lambda event
 * source filter (CDK) and the local stream reader.
 */
export const STREAM_FILTER = {
  eventName: ['INSERT'],
  dynamodb: { NewImage: { entityType: { S: [EVENT_ENTITY] } } },
} as const;

/** An event type: its name in the past tense, what it means, who produces it, its payload. */
export interface EventSpec<S extends z.ZodMiniType = z.ZodMiniType> {
  type: string;
  description: string;
  /** The domain that owns the subject and writes the event. */
  producer: string;
  payload: S;
}

export const defineEvent = <S extends z.ZodMiniType>(spec: EventSpec<S>): EventSpec<S> => spec;

/** What travels: the envelope every event has, and its payload. */
export interface DomainEvent<P = unknown> {
  id: string;
  type: string;
  subject: { type: string; id: string };
  /** The subject's version after the change, for consumers that must not go back in time. */
  subjectVersion?: number;
  actor: string;
  at: string;
  /** The work this event is part of (`#shared/correlation.ts`): the request or event it follows from. */
  correlationId?: string;
  payload: P;
}

export const eventEnvelope = z.object({
  id: z.string().check(z.minLength(1)),
  type: z.string().check(z.minLength(1)),
  subject: z.object({ type: z.string(), id: z.string() }),
  subjectVersion: z.optional(z.number()),
  actor: z.string(),
  at: z.string(),
  correlationId: z.optional(z.string()),
  payload: z.unknown(),
});

export type PayloadOf<S extends EventSpec> = z.output<S['payload']>;

export interface EventInput<P> {
  subject: { type: string; id: string };
  subjectVersion?: number;
  actor: string;
  at: string;
  payload: P;
}

/** The event as it will be published; the payload is checked against its declaration. */
export function newEvent<S extends EventSpec>(
  spec: S,
  input: EventInput<PayloadOf<S>>,
): DomainEvent<PayloadOf<S>> {
  // A payload that does not match its declaration is a programming error: fail before writing.
  const payload = z.parse(spec.payload, input.payload) as PayloadOf<S>;
  const id = newId();
  // An event written outside any correlated work starts its own chain: its id is its correlation.
  return { id, type: spec.type, ...input, correlationId: correlationId() ?? id, payload };
}

/**
 * How long an event is kept (DynamoDB TTL from its time), and the record that a consumer handled it
 * from its handling: a replay reaches only events whose handled records are still there, so it can
 * never count an event twice.
 */
export const EVENT_RETENTION_DAYS = 90;

/** The outbox item: put it in the same transaction as the change it reports. */
export function eventWrite(event: DomainEvent): TransactItem {
  const expiresAt = Math.floor(Date.parse(event.at) / 1000) + EVENT_RETENTION_DAYS * 86_400;
  // Indexed by day, so a time range is replayed day by day.
  return putNew(DomainEvents.item({ ...event, day: event.at.slice(0, 10) }, { ...event, expiresAt }));
}

/** Shorthand: the event's outbox item, built and checked from its declaration. */
export const recordEvent = <S extends EventSpec>(spec: S, input: EventInput<PayloadOf<S>>): TransactItem =>
  eventWrite(newEvent(spec, input));

/** Reads an event back from its item (stream image or query result). */
export function eventFromItem(item: Record<string, unknown>): DomainEvent {
  const { id, type, subject, subjectVersion, actor, at, correlationId, payload } =
    item as unknown as DomainEvent;
  return {
    id,
    type,
    subject,
    ...(subjectVersion === undefined ? {} : { subjectVersion }),
    actor,
    at,
    ...(correlationId === undefined ? {} : { correlationId }),
    payload,
  };
}
