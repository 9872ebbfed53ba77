import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { EVENT_CONSUMERS } from '../../functions/events.ts';
import { consumerHandler, on } from '../../functions/shared/consumer.ts';
import { defineEvent } from '../../functions/shared/events.ts';

/**
 * Each consumer is declared once, in its domain's `consumer.ts`: the event table lists the
 * declarations, and the consumer's handler is built from the same one, refusing to load when its
 * reactions are not exactly the declared events.
 */
const ROOT = join(import.meta.dirname, '../..');

describe('the event consumers', () => {
  it.each(EVENT_CONSUMERS.map((consumer) => [consumer.name, consumer] as const))(
    '%s is built from its declaration',
    async (name, consumer) => {
      const module = (await import(pathToFileURL(join(ROOT, consumer.entry)).href)) as {
        handler: { consumer: string; eventTypes: string[] };
      };
      expect(module.handler.consumer).toBe(name);
      expect(module.handler.eventTypes).toEqual(consumer.events.map((spec) => spec.type).sort());
    },
  );

  it('refuses to build a handler whose reactions differ from its declaration', () => {
    const spec = (type: string) =>
      defineEvent({ type, description: type, producer: 'test', payload: z.object({}) });
    const [a, b] = [spec('test.a'), spec('test.b')];
    const declared = {
      name: 'test-events',
      entry: 'test',
      description: 'test',
      events: [a],
      sendsEmail: false,
    };
    const handle = async () => undefined;
    expect(() => consumerHandler(declared, [on(a, handle), on(b, handle)])).toThrow(/test.b/);
    expect(() => consumerHandler({ ...declared, events: [a, b] }, [on(a, handle)])).toThrow(/declared for/);
    expect(() => consumerHandler(declared, [on(a, handle)])).not.toThrow();
  });
});
