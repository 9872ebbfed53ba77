import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BusTarget, busTargets, OPERATOR_ALERTS } from '../functions/events.ts';
import type { BusEvent } from '../functions/shared/consumer.ts';
import { ROOT } from './config.ts';
import { freePort } from './free-port.ts';
import { asFunction } from './data-scope.ts';
import { lambdaContext } from './lambda-context.ts';

/**
 * A local EventBridge bus for the real `@aws-sdk/client-eventbridge` (AWS JSON 1.1, PutEvents):
 * each event goes to every target whose rule (the same pattern the CDK stack deploys) matches it,
 * asynchronously, as Lambda's asynchronous invocation does: a failed invocation is retried twice,
 * then a consumer's event is handed to the failure record (its on-failure destination on AWS).
 *
 * Like EventBridge, it keeps what it accepted: with a journal file, every delivery not yet done
 * (handled, or handed to the failure record) is written there before PutEvents answers, and a bus
 * started on the same file delivers it again once `resume()` is called (the consumers are
 * idempotent). So a stop in the middle of work loses no event between the stream and a consumer.
 */
type Json = Record<string, unknown>;
type Handler = (event: unknown, context: ReturnType<typeof lambdaContext>) => Promise<unknown>;

const ACCOUNT = '000000000000';
/** How long a stop waits for the consumer invocations under way. */
const STOP_GRACE_MS = 10_000;

/** EventBridge pattern matching, for the patterns the event table uses: `$or`, value lists, nesting. */
export function matchesPattern(pattern: Json, event: Json): boolean {
  return Object.entries(pattern).every(([field, expected]) => {
    if (field === '$or')
      return (expected as Json[]).some((alternative) => matchesPattern(alternative, event));
    const actual = event[field];
    if (Array.isArray(expected)) return expected.includes(actual as never);
    if (expected && typeof expected === 'object')
      return !!actual && typeof actual === 'object' && matchesPattern(expected as Json, actual as Json);
    return false;
  });
}

/** The domain event's id (a redelivery wraps it), else the bus event's own. */
const domainEventId = (event: BusEvent) => {
  const detail = event.detail as { id?: string; event?: { id?: string } };
  return detail.event?.id ?? detail.id ?? event.id;
};

export interface LocalEventBus {
  url: string;
  /** Delivers again what the journal kept from before a restart. */
  resume(): void;
  /** Resolves when no delivery is under way or waiting for a retry. */
  idle(): Promise<void>;
  readonly busy: boolean;
  /** Deliveries so far, by consumer, domain event id and outcome (for tests and the benchmark). */
  readonly delivered: { consumer: string; eventId: string; outcome: 'ok' | 'failed'; at: number }[];
  /** What the alarm topic was told (`OPERATOR_ALERTS`): the alert and its event's subject; also logged. */
  readonly alerts: { alert: string; subject: string }[];
  stop(): Promise<void>;
}

export interface LocalEventBusOptions {
  /** Waits before the two retries (AWS: about 1 and 2 minutes). */
  retryDelaysMs?: [number, number];
  log?: (line: string) => void;
  region?: string;
  /** Where deliveries not yet done are kept across restarts; in memory when absent. */
  journalFile?: string;
}

/** A delivery of one event to one target, as the journal keeps it. */
interface Journalled {
  target: string;
  event: BusEvent & Json;
}

export async function startEventBus(options: LocalEventBusOptions = {}): Promise<LocalEventBus> {
  const retryDelays = options.retryDelaysMs ?? [500, 2000];
  const log = options.log ?? (() => undefined);
  const region = options.region ?? process.env.AWS_REGION ?? 'local';
  const handlers = new Map<string, Promise<Handler>>();
  const load = (name: string, entry: string) => {
    if (!handlers.has(name))
      handlers.set(
        name,
        import(pathToFileURL(join(ROOT, entry)).href).then((module: { handler: Handler }) => module.handler),
      );
    return handlers.get(name)!;
  };
  const targets = busTargets();
  const pending = new Set<Promise<void>>();
  // Deliveries accepted and not yet done, by event id and target: written before PutEvents answers.
  const journal = new Map<string, Journalled>(
    options.journalFile && existsSync(options.journalFile)
      ? (JSON.parse(readFileSync(options.journalFile, 'utf8')) as [string, Journalled][])
      : [],
  );
  const keep = () => {
    if (options.journalFile) writeFileSync(options.journalFile, JSON.stringify([...journal]));
  };
  const delivered: LocalEventBus['delivered'] = [];
  const alerts: LocalEventBus['alerts'] = [];
  let stopped = false;

  /**
   * Delivers in the background; done (handled, or handed to the failure record), it leaves the
   * journal. One cut short by a stop (its retries not made) stays there, to be delivered again.
   */
  function track(target: BusTarget, event: BusEvent & Json) {
    const key = `${event.id}#${target.name}`;
    journal.set(key, { target: target.name, event });
    const delivery = deliver(target, event)
      .then(
        (done) => {
          if (!done) return;
          journal.delete(key);
          keep();
        },
        (error: Error) => log(`delivery failed: ${error.message}`),
      )
      .finally(() => pending.delete(delivery));
    pending.add(delivery);
  }

  /** True once the event is handled or recorded as failed; false when a stop cut its retries short. */
  async function deliver(target: BusTarget, event: BusEvent): Promise<boolean> {
    const handler = await load(target.name, target.entry);
    let lastError: Error | undefined;
    for (let attempt = 0; attempt <= retryDelays.length && !stopped; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, retryDelays[attempt - 1]));
      try {
        await asFunction(target.name, () =>
          handler(event, lambdaContext(target.name, undefined, target.timeoutSeconds)),
        );
        delivered.push({
          consumer: target.name,
          eventId: domainEventId(event),
          outcome: 'ok',
          at: Date.now(),
        });
        return true;
      } catch (error) {
        lastError = error as Error;
        log(
          `event ${event['detail-type']} → ${target.name}: attempt ${attempt + 1} failed: ${lastError.message}`,
        );
      }
    }
    delivered.push({
      consumer: target.name,
      eventId: domainEventId(event),
      outcome: 'failed',
      at: Date.now(),
    });
    if (stopped) return false;
    if (!target.recordsFailures) return true;
    // The on-failure destination, with the record shape Lambda gives it.
    const record = {
      version: '1.0',
      timestamp: new Date().toISOString(),
      requestContext: {
        requestId: randomUUID(),
        functionArn: `arn:aws:lambda:${region}:${ACCOUNT}:function:sales-department-local-${target.name}:$LATEST`,
        condition: 'RetriesExhausted',
        approximateInvokeCount: retryDelays.length + 1,
      },
      requestPayload: event,
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
      responsePayload: { errorType: lastError?.name ?? 'Error', errorMessage: lastError?.message ?? '' },
    };
    const recordFailure = await load('event-failures', 'functions/events/failures.ts');
    return asFunction('event-failures', () => recordFailure(record, lambdaContext('event-failures'))).then(
      () => true,
      (error: Error) => {
        log(`recording the failed delivery failed: ${error.message}`);
        return false;
      },
    );
  }

  function putEvents(body: Json) {
    const entries = (body.Entries as Json[] | undefined) ?? [];
    const results = entries.map((entry) => {
      const event: BusEvent & Json = {
        version: '0',
        id: randomUUID(),
        'detail-type': String(entry.DetailType),
        source: String(entry.Source),
        account: ACCOUNT,
        time: new Date(typeof entry.Time === 'number' ? entry.Time * 1000 : Date.now()).toISOString(),
        region,
        resources: [],
        detail: JSON.parse(String(entry.Detail ?? '{}')) as unknown,
      };
      for (const target of targets) if (matchesPattern(target.pattern, event)) track(target, event);
      // On AWS a rule hands these to the alarm topic; here the log is the operator's inbox.
      for (const alert of OPERATOR_ALERTS)
        if (matchesPattern(alert.pattern as unknown as Json, event)) {
          const subject = String((event.detail as { subject?: { id?: string } }).subject?.id);
          alerts.push({ alert: alert.name, subject });
          log(`ALERT ${alert.name}: ${alert.description}: ${event['detail-type']} ${subject}`);
        }
      return { EventId: event.id };
    });
    keep();
    return { FailedEntryCount: 0, Entries: results };
  }

  const server: Server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    request.on('end', () => {
      const action = String(request.headers['x-amz-target'] ?? '').replace('AWSEvents.', '');
      const reply = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
        response.end(JSON.stringify(body));
      };
      if (action !== 'PutEvents')
        return reply(400, { __type: 'UnknownOperationException', message: `Not emulated: ${action}` });
      try {
        reply(200, putEvents(raw ? (JSON.parse(raw) as Json) : {}));
      } catch (error) {
        reply(500, { __type: 'InternalException', message: (error as Error).message });
      }
    });
  });
  const port = await freePort();
  await new Promise<void>((resolveListen) => server.listen(port, '127.0.0.1', resolveListen));
  return {
    url: `http://127.0.0.1:${port}`,
    get busy() {
      return pending.size > 0;
    },
    delivered,
    alerts,
    resume() {
      const kept = [...journal.values()];
      if (kept.length) log(`event bus: delivering again ${kept.length} deliveries cut short by a stop`);
      for (const { target, event } of kept) {
        const found = targets.find((candidate) => candidate.name === target);
        if (found) track(found, event);
        else journal.delete(`${event.id}#${target}`);
      }
      keep();
    },
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    /**
     * Takes no more events and makes no more retries; invocations under way finish (as a running
     * Lambda invocation does), for at most `STOP_GRACE_MS`, before the emulators they use stop.
     */
    async stop() {
      stopped = true;
      server.closeAllConnections();
      await new Promise((resolveClose) => server.close(resolveClose));
      await Promise.race([
        Promise.allSettled([...pending]),
        new Promise((resolveGrace) => setTimeout(resolveGrace, STOP_GRACE_MS).unref()),
      ]);
    },
  };
}
