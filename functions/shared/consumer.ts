import middy from '@middy/core';
import * as z from 'zod/mini';
import { getItem } from './db.ts';
import { deleteIf, updateIf } from './db-update.ts';
import {
  type DomainEvent,
  eventEnvelope,
  EVENT_RETENTION_DAYS,
  type EventSpec,
  type PayloadOf,
  REDELIVERY_SOURCE,
} from './events.ts';
import { withCorrelation } from './correlation.ts';
import type { EventConsumer } from './event-consumer.ts';
import { HandledEvents } from './entities.ts';
import { logContext, logger } from './observability.ts';
import { commit, putNew, TransactionCancelled, type TransactItem } from './transaction.ts';

/**
 * The consumer side of the event path. EventBridge delivers at least once (and Lambda retries a
 * failed invocation), so every consumer is idempotent by event id: a redelivered event changes
 * nothing and sends nothing.
 */

/** What EventBridge hands a Lambda target. */
export interface BusEvent {
  id: string;
  'detail-type': string;
  source: string;
  time: string;
  detail: unknown;
}

const handledRecord = (consumer: string, event: DomainEvent, status: 'started' | 'done') =>
  HandledEvents.item(
    { consumer, eventId: event.id },
    {
      consumer,
      eventId: event.id,
      type: event.type,
      status,
      at: new Date().toISOString(),
      expiresAt: Math.floor(Date.now() / 1000) + EVENT_RETENTION_DAYS * 86_400,
    },
  );

/** What a consumer's handler for one event type gets. */
export interface Delivery<P> {
  consumer: string;
  event: DomainEvent<P>;
  /** An operator's redelivery (`POST /event-consumers/{name}/failures/{eventId}/redeliver`). */
  redelivered?: boolean;
}

/**
 * Messages to people are about the present: an event older than this (the demo's history, a
 * replay into a new consumer) still updates every record, but nobody is emailed about what is long
 * past. An operator's redelivery of a failed event is a decision to finish it, so it still sends.
 */
export const MESSAGE_HORIZON_DAYS = 7;

/** Whether a message about this delivery's event would come too late to be sent. */
export const pastMessageHorizon = (delivery: Delivery<unknown>, now = Date.now()): boolean =>
  !delivery.redelivered && now - Date.parse(delivery.event.at) > MESSAGE_HORIZON_DAYS * 86_400_000;

/**
 * A table effect and the record that this consumer handled the event, in one transaction: a
 * redelivery finds the record and writes nothing. Answers false when it was handled before. A
 * refusal of one of `items` is rethrown with the reasons of `items` alone.
 */
export async function applyOnce(delivery: Delivery<unknown>, items: TransactItem[]): Promise<boolean> {
  try {
    await commit([putNew(handledRecord(delivery.consumer, delivery.event, 'done')), ...items]);
    return true;
  } catch (error) {
    if (!(error instanceof TransactionCancelled)) throw error;
    if (error.failedCondition('handledEvent')) return false;
    throw error.without('handledEvent');
  }
}

/** Items of one transaction besides the handled record: DynamoDB takes 100 in all. */
const MOST_ITEMS_A_PART = 99;

/**
 * Whole groups of table effects (a purchase with its audit record and event; a person's record and
 * claim), packed into parts of at most one transaction, each committed once under its own handled
 * record (the event's id with the part's number): a retry after a failed part adds only what is
 * missing. A group is never split, so what refers to a generated id stays in one part; the groups'
 * sizes must come out the same on every delivery, so the parts do.
 */
export async function applyOnceInParts(
  delivery: Delivery<unknown>,
  groups: readonly TransactItem[][],
): Promise<void> {
  const parts: TransactItem[][] = [[]];
  for (const group of groups) {
    if (group.length > MOST_ITEMS_A_PART)
      throw new Error(`A group of ${group.length} items is more than a part`);
    if (parts.at(-1)!.length + group.length > MOST_ITEMS_A_PART) parts.push([]);
    parts.at(-1)!.push(...group);
  }
  for (const [part, items] of parts.entries()) {
    const event = part === 0 ? delivery.event : { ...delivery.event, id: `${delivery.event.id}.${part}` };
    await applyOnce({ ...delivery, event }, items);
  }
}

/**
 * An effect outside the table (an email, an AWS call): claimed before, marked done after.
 *
 * A `repeatable` effect (starting a named execution, answering a task token: the service itself
 * refuses the second one) keeps its claim when it fails, and the retry does it again, told that it
 * is `repeated` (an earlier attempt may have taken effect). Any other effect (an email) gives its
 * claim back when it fails, so the retry sends it; the one window left is a crash after sending
 * and before the mark: the claim stays `started` and a redelivery does not send again (it logs
 * that), so at worst one email is lost, never sent twice. A message past the horizon
 * (`pastMessageHorizon`) is not sent at all.
 */
export async function effectOnce(
  delivery: Delivery<unknown>,
  options: { repeatable: boolean },
  effect: (attempt: { repeated: boolean }) => Promise<void>,
): Promise<'done' | 'handled-before' | 'past-horizon'> {
  const { consumer, event } = delivery;
  if (!options.repeatable && pastMessageHorizon(delivery)) {
    logger.info('the event is past the message horizon; nobody is emailed', { at: event.at });
    return 'past-horizon';
  }
  const key = HandledEvents.key({ consumer, eventId: event.id });
  let repeated = false;
  try {
    await commit([putNew(handledRecord(consumer, event, 'started'))]);
  } catch (error) {
    if (!(error instanceof TransactionCancelled && error.failedCondition('handledEvent'))) throw error;
    const record = await getItem(key, true);
    if (record?.status === 'done') return 'handled-before';
    if (record?.status === 'started' && !options.repeatable) {
      logger.warn('an earlier delivery claimed this event and did not finish; not repeated', {
        eventId: event.id,
      });
      return 'handled-before';
    }
    // Claimed by an attempt that failed or died: this one does it again.
    repeated = record !== undefined;
  }
  try {
    await effect({ repeated });
  } catch (error) {
    if (!options.repeatable)
      await deleteIf(key, {
        expression: '#status = :started',
        names: { '#status': 'status' },
        values: { ':started': 'started' },
      });
    throw error;
  }
  await updateIf(key, {
    expression: 'SET #status = :done',
    names: { '#status': 'status' },
    values: { ':done': 'done' },
  });
  return 'done';
}

/** One event type a consumer handles, and how. */
export interface Reaction<S extends EventSpec = EventSpec> {
  spec: S;
  handle(delivery: Delivery<PayloadOf<S>>): Promise<void>;
}

export const on = <S extends EventSpec>(spec: S, handle: Reaction<S>['handle']): Reaction =>
  ({ spec, handle }) as unknown as Reaction;

const redelivery = z.object({ consumer: z.string(), event: z.unknown() });

/**
 * The Lambda handler of one consumer: takes an event from the bus (or a redelivery addressed to
 * this consumer), checks its envelope and payload against the declaration, and runs the reaction.
 * A failure throws, so Lambda retries and finally hands the event to the failure record.
 */
export function consumerHandler(declared: EventConsumer, reactions: readonly Reaction[]) {
  const consumer = declared.name;
  const byType = new Map(reactions.map((reaction) => [reaction.spec.type, reaction]));
  // The declaration is the one list of what it reacts to: a reaction more or fewer is a mistake.
  const routed = declared.events.map((spec) => spec.type).sort();
  const handled = [...byType.keys()].sort();
  if (routed.length !== reactions.length || routed.join() !== handled.join())
    throw new Error(`${consumer} reacts to ${handled.join(', ')} but is declared for ${routed.join(', ')}`);
  const handler = middy<BusEvent, { outcome: string }>()
    .use(logContext())
    .handler(async (busEvent) => {
      let detail = busEvent.detail;
      const redelivered = busEvent.source === REDELIVERY_SOURCE;
      if (redelivered) {
        const addressed = z.parse(redelivery, detail);
        if (addressed.consumer !== consumer) return { outcome: 'not-addressed' };
        detail = addressed.event;
      }
      const envelope = z.parse(eventEnvelope, detail) as DomainEvent;
      logger.appendKeys({ consumer, eventId: envelope.id, eventType: envelope.type });
      const reaction = byType.get(envelope.type);
      if (!reaction) {
        logger.warn('no reaction to this event type');
        return { outcome: 'ignored' };
      }
      const event = { ...envelope, payload: z.parse(reaction.spec.payload, envelope.payload) };
      // What this reaction writes, starts and sends is part of the work that wrote the event.
      await withCorrelation(envelope.correlationId ?? envelope.id, () =>
        reaction.handle({ consumer, event, ...(redelivered ? { redelivered } : {}) }),
      );
      return { outcome: 'handled' };
    });
  return Object.assign(handler, { consumer, eventTypes: handled });
}
