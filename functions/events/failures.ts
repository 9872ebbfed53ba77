import middy from '@middy/core';
import * as z from 'zod/mini';
import { eventEnvelope, REDELIVERY_SOURCE } from '#shared/events.ts';
import { logContext, logger } from '#shared/observability.ts';
import { EVENT_CONSUMERS } from '../events.ts';
import { recordFailure } from './store.ts';

/**
 * The on-failure destination of every consumer function: Lambda hands it the event a consumer
 * still failed on after its retries, and it records the failure where an operator lists and
 * redelivers it (`GET /event-consumers/{name}/failures`).
 */
const destinationRecord = z.object({
  timestamp: z.string(),
  requestContext: z.object({ functionArn: z.string(), approximateInvokeCount: z.optional(z.number()) }),
  requestPayload: z.object({ source: z.string(), detail: z.unknown() }),
  responsePayload: z.optional(
    z.nullable(z.object({ errorType: z.optional(z.string()), errorMessage: z.optional(z.string()) })),
  ),
});

/** `…:function:sales-department-<stage>-<consumer>[:qualifier]` → the consumer's name. */
const consumerOf = (functionArn: string) => {
  const functionName = functionArn.split(':')[6] ?? '';
  return EVENT_CONSUMERS.find((consumer) => functionName.endsWith(`-${consumer.name}`))?.name;
};

export const handler = middy<unknown, void>()
  .use(logContext())
  .handler(async (input) => {
    const record = z.parse(destinationRecord, input);
    const consumer = consumerOf(record.requestContext.functionArn);
    if (!consumer) throw new Error(`Not a consumer function: ${record.requestContext.functionArn}`);
    let detail = record.requestPayload.detail;
    if (record.requestPayload.source === REDELIVERY_SOURCE) detail = (detail as { event: unknown }).event;
    const event = z.parse(eventEnvelope, detail);
    const error = record.responsePayload
      ? `${record.responsePayload.errorType ?? 'Error'}: ${record.responsePayload.errorMessage ?? ''}`
      : 'no response';
    logger.error('a consumer gave up on an event', { consumer, eventId: event.id, eventType: event.type });
    await recordFailure({
      consumer,
      eventId: event.id,
      eventType: event.type,
      error: error.slice(0, 1000),
      attempts: record.requestContext.approximateInvokeCount ?? 0,
      failedAt: record.timestamp,
      event: event as never,
    });
  });
