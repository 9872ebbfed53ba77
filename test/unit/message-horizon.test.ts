import { describe, expect, it, vi } from 'vitest';
import { effectOnce, MESSAGE_HORIZON_DAYS, pastMessageHorizon } from '../../functions/shared/consumer.ts';

const DAY = 86_400_000;
const now = Date.parse('2026-12-06T08:00:00Z');
const deliveryOf = (daysAgo: number, redelivered = false) => ({
  consumer: 'service-events',
  event: {
    id: '01KBVZ6Y3QJ1S6V4Z2W2F4M9TB',
    type: 'order.completed',
    subject: { type: 'order', id: '01KBVZ6Y3QJ1S6V4Z2W2F4M9TC' },
    actor: 'order-fulfilment',
    at: new Date(now - daysAgo * DAY).toISOString(),
    payload: {},
  },
  ...(redelivered ? { redelivered } : {}),
});

describe('the message horizon', () => {
  it('lets messages about recent events go, and holds back those about events long past', () => {
    expect(pastMessageHorizon(deliveryOf(0), now)).toBe(false);
    expect(pastMessageHorizon(deliveryOf(MESSAGE_HORIZON_DAYS - 0.01), now)).toBe(false);
    expect(pastMessageHorizon(deliveryOf(MESSAGE_HORIZON_DAYS + 0.01), now)).toBe(true);
    expect(pastMessageHorizon(deliveryOf(400), now)).toBe(true);
  });

  it('sends an operator’s redelivery, however old the event', () => {
    expect(pastMessageHorizon(deliveryOf(30, true), now)).toBe(false);
  });

  it('does not send (nor claim) a message about an event past the horizon; repeatable effects still run', async () => {
    const effect = vi.fn(async () => undefined);
    expect(await effectOnce(deliveryOf(MESSAGE_HORIZON_DAYS + 1), { repeatable: false }, effect)).toBe(
      'past-horizon',
    );
    expect(effect).not.toHaveBeenCalled();
  });
});
