import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { fromAttributes } from '#shared/db.ts';
import { EVENT_ENTITY, EVENT_SOURCE, eventFromItem } from '#shared/events.ts';
import { logContext, logger } from '#shared/observability.ts';

/**
 * The dispatcher: the table's stream (filtered to new event items) → the event bus. Records are
 * published in stream order, ten a call; at the first record that could not be published it
 * reports that record as the batch's failure, so the stream source retries from there (at least
 * once; consumers are idempotent). Locally the stream reader calls this same handler.
 */
const bus = new EventBridgeClient({});
const PUT_EVENTS_LIMIT = 10;

function entryOf(record: DynamoDBRecord): PutEventsRequestEntry | undefined {
  const image = record.dynamodb?.NewImage;
  if (record.eventName !== 'INSERT' || image?.entityType?.S !== EVENT_ENTITY) return undefined;
  const event = eventFromItem(fromAttributes(image as never));
  return {
    EventBusName: process.env.EVENT_BUS_NAME,
    Source: EVENT_SOURCE,
    DetailType: event.type,
    Detail: JSON.stringify(event),
    Time: new Date(event.at),
  };
}

export async function dispatch(records: readonly DynamoDBRecord[]): Promise<DynamoDBBatchResponse> {
  const pending = records
    .map((record) => ({ record, entry: entryOf(record) }))
    .filter((item): item is { record: DynamoDBRecord; entry: PutEventsRequestEntry } => !!item.entry);
  for (let start = 0; start < pending.length; start += PUT_EVENTS_LIMIT) {
    const chunk = pending.slice(start, start + PUT_EVENTS_LIMIT);
    let failedAt = -1;
    try {
      const result = await bus.send(new PutEventsCommand({ Entries: chunk.map((item) => item.entry) }));
      if (result.FailedEntryCount) failedAt = (result.Entries ?? []).findIndex((entry) => entry.ErrorCode);
      if (result.FailedEntryCount && failedAt < 0) failedAt = 0;
    } catch (error) {
      logger.error('publishing to the event bus failed', error as Error);
      failedAt = 0;
    }
    if (failedAt >= 0) {
      const first = chunk[failedAt]!.record.dynamodb?.SequenceNumber ?? '';
      logger.warn('events not published; the stream retries from the first of them', {
        sequenceNumber: first,
      });
      return { batchItemFailures: [{ itemIdentifier: first }] };
    }
  }
  return { batchItemFailures: [] };
}

export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>()
  .use(logContext())
  .handler((event) => dispatch(event.Records));
