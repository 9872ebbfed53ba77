import { defineEntity } from '#shared/entity.ts';

export const DeliveryFailures = defineEntity({
  type: 'DeliveryFailure',
  owner: 'events',
  description: 'An event a consumer failed to handle after its retries, until an operator redelivers it.',
  key: { pk: 'DELIVERY_FAILURE#{consumer}#{eventId}', sk: 'FAILURE' },
  indexes: { gsi1: { pk: 'DELIVERY_FAILURES#{consumer}#{status}', sk: '{failedAt}#{eventId}' } },
  patterns: [
    {
      name: 'a consumer’s open delivery failures',
      index: 'gsi1',
      by: 'partition',
      notes: 'oldest first; redelivery moves it to `…#redelivered`',
    },
  ],
});
