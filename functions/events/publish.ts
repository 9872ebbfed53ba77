import type { DomainEvent } from '#shared/events.ts';
import { REDELIVERY_SOURCE } from '#shared/events.ts';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';

const bus = new EventBridgeClient({});
const PUT_EVENTS_LIMIT = 10;

/**
 * Puts events on the bus again, addressed to one consumer (its rule matches redeliveries by name;
 * no other consumer sees them). The consumer is idempotent, so an event it handled before changes
 * nothing. Throws if the bus refused any of them.
 */
export async function redeliver(consumer: string, events: readonly DomainEvent[]): Promise<void> {
  for (let start = 0; start < events.length; start += PUT_EVENTS_LIMIT) {
    const chunk = events.slice(start, start + PUT_EVENTS_LIMIT);
    const result = await bus.send(
      new PutEventsCommand({
        Entries: chunk.map((event) => ({
          EventBusName: process.env.EVENT_BUS_NAME,
          Source: REDELIVERY_SOURCE,
          DetailType: event.type,
          Detail: JSON.stringify({ consumer, event }),
        })),
      }),
    );
    if (result.FailedEntryCount) throw new Error(`The bus refused ${result.FailedEntryCount} events`);
  }
}
