import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { EVENT_CONSUMERS, EVENT_TYPES, OPERATOR_ALERTS, REVIEW_ENDINGS } from '../../functions/events.ts';
import { deliveryFailed } from '../../functions/events/events.ts';
import { matchesPattern } from '../../local/eventbridge.ts';
import { consumerHandler, on } from '../../functions/shared/consumer.ts';
import { defineEvent, EVENT_SOURCE, REDELIVERY_SOURCE } from '../../functions/shared/events.ts';

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

describe('the operator alerts', () => {
  const busEvent = (type: string, payload: Record<string, unknown>) => ({
    source: EVENT_SOURCE,
    'detail-type': type,
    detail: { id: 'e1', type, subject: { type: 'Contract', id: 'c1' }, payload },
  });
  const alerted = (event: Record<string, unknown>) =>
    OPERATOR_ALERTS.filter((alert) => matchesPattern(alert.pattern as never, event)).map(
      (alert) => alert.name,
    );

  it('name every review ending whose payload can say the round failed', () => {
    // The review kit's `reviewEnded` fields: the round and how it ended.
    const withOutcome = EVENT_TYPES.filter((spec) => {
      const shape = (spec.payload as unknown as z.ZodMiniObject)._zod.def.shape ?? {};
      return 'round' in shape && 'outcome' in shape;
    });
    expect(REVIEW_ENDINGS.map((spec) => spec.type).sort()).toEqual(
      withOutcome.map((spec) => spec.type).sort(),
    );
  });

  it('tell a failed review and a consumer that gave up, and nothing else', () => {
    for (const spec of REVIEW_ENDINGS) {
      expect(alerted(busEvent(spec.type, { outcome: 'failed' }))).toEqual(['ReviewsFailed']);
      for (const outcome of ['approved', 'rejected', 'timed-out'])
        expect(alerted(busEvent(spec.type, { outcome }))).toEqual([]);
    }
    expect(alerted(busEvent(deliveryFailed.type, {}))).toEqual(['DeliveryFailures']);
    for (const spec of EVENT_TYPES.filter((candidate) => candidate !== deliveryFailed))
      expect(alerted(busEvent(spec.type, { outcome: 'approved' }))).toEqual([]);
    // A redelivery to one consumer is not news to the operator.
    expect(alerted({ ...busEvent(deliveryFailed.type, {}), source: REDELIVERY_SOURCE })).toEqual([]);
  });
});
