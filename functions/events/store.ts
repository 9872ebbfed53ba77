import { getItem, tableName } from '#shared/db.ts';
import { updateIf } from '#shared/db-update.ts';
import { type DomainEvent, eventFromItem, recordEvent } from '#shared/events.ts';
import { DomainEvents } from '#shared/entities.ts';
import { DeliveryFailures } from './entities.ts';
import { type PageParameters, queryPage } from '#shared/listing.ts';
import { asSubject, commitUnlessChanged } from '#shared/change.ts';
import { deliveryFailed } from './events.ts';

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

/**
 * Records (or records again, after a failed redelivery) that a consumer gave up on an event, with
 * the `delivery.failed` event that tells the alarm topic. A duplicate destination record finds the
 * failure open and changes nothing, so an operator is told once per failure.
 */
export async function recordFailure(failure: Omit<DeliveryFailure, 'status'>): Promise<void> {
  const { consumer, eventId, eventType, error } = failure;
  const item = DeliveryFailures.item({ ...failure, status: 'open' }, { ...failure, status: 'open' });
  const failed = asSubject(
    'failure',
    { type: DeliveryFailures.type, id: `${consumer}/${eventId}` },
    {
      Put: {
        TableName: tableName(),
        Item: item,
        ConditionExpression: 'attribute_not_exists(pk) OR #status <> :open',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':open': 'open' },
      },
    },
  );
  const told = recordEvent(deliveryFailed, {
    subject: { type: DeliveryFailures.type, id: `${consumer}/${eventId}` },
    actor: 'event-failures',
    at: failure.failedAt,
    payload: { consumer, eventId, eventType, error },
  });
  await commitUnlessChanged([failed, told]);
}

export async function getFailure(consumer: string, eventId: string): Promise<DeliveryFailure | undefined> {
  return (await getItem(DeliveryFailures.key({ consumer, eventId }), true)) as DeliveryFailure | undefined;
}

export function listOpenFailures(consumer: string, page: PageParameters) {
  return queryPage<DeliveryFailure>({
    index: 'gsi1',
    partition: {
      attribute: 'gsi1pk',
      value: DeliveryFailures.indexPartition('gsi1', { consumer, status: 'open' }),
    },
    ...page,
  });
}

/** Marks a failure redelivered (it leaves the open list); false if it was not open. */
export function markRedelivered(failure: DeliveryFailure, by: string, at: string): Promise<boolean> {
  const redelivered = DeliveryFailures.indexPartition('gsi1', {
    consumer: failure.consumer,
    status: 'redelivered',
  });
  return updateIf(DeliveryFailures.key(failure), {
    expression: 'SET #status = :redelivered, redeliveredAt = :at, redeliveredBy = :by, gsi1pk = :pk',
    condition: '#status = :open',
    names: { '#status': 'status' },
    values: { ':redelivered': 'redelivered', ':open': 'open', ':at': at, ':by': by, ':pk': redelivered },
  });
}

/** The events of one day (a partition of the by-day index), from a time on, oldest first. */
export function eventsOfDay(day: string, from: string, to: string, page: PageParameters) {
  return queryPage<Record<string, unknown>>({
    index: 'gsi1',
    partition: { attribute: 'gsi1pk', value: DomainEvents.indexPartition('gsi1', { day }) },
    sortKeyBetween: { attribute: 'gsi1sk', from, to },
    ...page,
  }).then((result) => ({ ...result, items: result.items.map(eventFromItem) }));
}
