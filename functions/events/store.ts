import { getItem, tableName } from '#shared/db.ts';
import { updateIf } from '#shared/db-update.ts';
import { type DomainEvent, eventFromItem } from '#shared/events.ts';
import type { PrimaryKey } from '#shared/keys.ts';
import { type PageParameters, queryPage } from '#shared/listing.ts';
import { commit } from '#shared/transaction.ts';

/**
 * Failed deliveries: an event a consumer could not handle after its retries, recorded by the
 * consumer's on-failure destination, one per consumer and event, listed while open.
 */
export interface DeliveryFailure {
  consumer: string;
  eventId: string;
  eventType: string;
  error: string;
  attempts: number;
  failedAt: string;
  status: 'open' | 'redelivered';
  redeliveredAt?: string;
  redeliveredBy?: string;
  /** The event as the consumer received it. */
  event: DomainEvent;
}

const failureKey = (consumer: string, eventId: string): PrimaryKey => ({
  pk: `DELIVERY_FAILURE#${consumer}#${eventId}`,
  sk: 'FAILURE',
});

const openIndex = (consumer: string, status: string, failedAt: string, eventId: string) => ({
  gsi1pk: `DELIVERY_FAILURES#${consumer}#${status}`,
  gsi1sk: `${failedAt}#${eventId}`,
});

/** Records (or records again, after a failed redelivery) that a consumer gave up on an event. */
export async function recordFailure(failure: Omit<DeliveryFailure, 'status'>): Promise<void> {
  const item = {
    ...failureKey(failure.consumer, failure.eventId),
    ...openIndex(failure.consumer, 'open', failure.failedAt, failure.eventId),
    entityType: 'DeliveryFailure',
    ...failure,
    status: 'open',
  };
  // An unconditional put: a duplicate destination record writes the same failure again.
  await commit([{ Put: { TableName: tableName(), Item: item } }]);
}

export async function getFailure(consumer: string, eventId: string): Promise<DeliveryFailure | undefined> {
  return (await getItem(failureKey(consumer, eventId), true)) as DeliveryFailure | undefined;
}

export function listOpenFailures(consumer: string, page: PageParameters) {
  return queryPage<DeliveryFailure>({
    index: 'gsi1',
    partition: { attribute: 'gsi1pk', value: `DELIVERY_FAILURES#${consumer}#open` },
    ...page,
  });
}

/** Marks a failure redelivered (it leaves the open list); false if it was not open. */
export function markRedelivered(failure: DeliveryFailure, by: string, at: string): Promise<boolean> {
  const index = openIndex(failure.consumer, 'redelivered', failure.failedAt, failure.eventId);
  return updateIf(failureKey(failure.consumer, failure.eventId), {
    expression: 'SET #status = :redelivered, redeliveredAt = :at, redeliveredBy = :by, gsi1pk = :pk',
    condition: '#status = :open',
    names: { '#status': 'status' },
    values: { ':redelivered': 'redelivered', ':open': 'open', ':at': at, ':by': by, ':pk': index.gsi1pk },
  });
}

/** The events of one day (a partition of the by-day index), from a time on, oldest first. */
export function eventsOfDay(day: string, from: string, to: string, page: PageParameters) {
  return queryPage<Record<string, unknown>>({
    index: 'gsi1',
    partition: { attribute: 'gsi1pk', value: `EVENTS#${day}` },
    sortKeyBetween: { attribute: 'gsi1sk', from, to },
    ...page,
  }).then((result) => ({ ...result, items: result.items.map(eventFromItem) }));
}
