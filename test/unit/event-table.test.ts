import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EVENT_CONSUMERS } from '../../functions/events.ts';

/**
 * The event table (functions/events.ts) declares what each consumer reacts to, for the bus rules,
 * the local runtime and the AsyncAPI document; the consumer's module reacts with `on(...)`. The two
 * are held together here: a reaction the table does not route, or a routed type nobody handles,
 * fails.
 */
const ROOT = join(import.meta.dirname, '../..');

describe('the event table', () => {
  it.each(EVENT_CONSUMERS.map((consumer) => [consumer.name, consumer] as const))(
    '%s reacts to exactly the events it is routed',
    async (name, consumer) => {
      const module = (await import(pathToFileURL(join(ROOT, consumer.entry)).href)) as {
        handler: { consumer: string; eventTypes: string[] };
      };
      expect(module.handler.consumer).toBe(name);
      expect([...module.handler.eventTypes].sort()).toEqual(consumer.events.map((spec) => spec.type).sort());
    },
  );
});
