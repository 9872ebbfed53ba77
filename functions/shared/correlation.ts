import { AsyncLocalStorage } from 'node:async_hooks';
import { logger } from './observability.ts';

/**
 * The correlation id follows one piece of work through the house: a request (its API Gateway
 * request id, or the client's `X-Correlation-Id`), the events its change wrote, the consumers those
 * events reach, the events they write in turn, the workflows they start and the emails they send.
 * Every log line of the work names it, so "why did this email go out" is one search in the logs.
 * Work that starts on its own (a scheduled job) begins a new one.
 */
const current = new AsyncLocalStorage<string>();

/** What a client may send as its own correlation id; anything else is replaced by the request id. */
export const CLIENT_CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export function withCorrelation<T>(id: string, work: () => Promise<T>): Promise<T> {
  logger.appendKeys({ correlationId: id });
  return current.run(id, work);
}

/** The correlation id of the work under way, if any. */
export const correlationId = (): string | undefined => current.getStore();
