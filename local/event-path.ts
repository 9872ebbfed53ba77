import { join } from 'node:path';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { startEventBus, type LocalEventBus, type LocalEventBusOptions } from './eventbridge.ts';
import { asFunction } from './data-scope.ts';
import { lambdaContext } from './lambda-context.ts';
import { StreamReader } from './streams.ts';

/**
 * The event path on this machine, as on AWS: the table's stream → the dispatcher function → the
 * event bus → each consumer's function. Nothing is delivered in-process around it: an event
 * reaches a consumer only once its item is on the stream.
 */
export interface LocalEventPath {
  bus: LocalEventBus;
  reader: StreamReader;
  /** Resolves once every event written so far, and every event those caused, has been handled. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

export async function startEventPath(
  options: {
    dynamoDbEndpoint: string;
    tableName: string;
    /** Keeps the stream position here across restarts. */
    dataDir?: string;
    /** Poll the stream on a timer (`npm start`); tests may only `settle()`. */
    poll?: boolean;
    log?: (line: string) => void;
  } & Pick<LocalEventBusOptions, 'retryDelaysMs'>,
): Promise<LocalEventPath> {
  const bus = await startEventBus({
    retryDelaysMs: options.retryDelaysMs,
    log: options.log,
    journalFile: options.dataDir && join(options.dataDir, 'eventbus-deliveries.json'),
  });
  process.env.AWS_ENDPOINT_URL_EVENTBRIDGE = bus.url;
  process.env.EVENT_BUS_NAME ??= 'sales-department-local';
  const { handler: dispatcher } = await import('../functions/events/dispatcher.ts');
  const reader = new StreamReader({
    endpoint: options.dynamoDbEndpoint,
    tableName: options.tableName,
    checkpointFile: options.dataDir && join(options.dataDir, 'stream-positions.json'),
    dispatch: (records) =>
      asFunction('event-dispatcher', () =>
        dispatcher({ Records: records } as DynamoDBStreamEvent, lambdaContext('event-dispatcher')),
      ),
    log: options.log,
  });
  if (options.poll) reader.start();
  return {
    bus,
    reader,
    async settle() {
      for (;;) {
        await bus.idle();
        const dispatched = await reader.poll();
        if (dispatched === 0 && !bus.busy) return;
      }
    },
    async stop() {
      await reader.stop();
      await bus.stop();
    },
  };
}
