import { defineEntity } from '#shared/entity.ts';

export const Revisits = defineEntity({
  type: 'Revisit',
  owner: 'care',
  description: 'A planned revisit of a customer, due on a day; completed with an outcome and satisfaction.',
  key: { pk: 'REVISIT#{id}', sk: 'REVISIT' },
  indexes: {
    gsi1: { pk: 'OWNER#{ownerId}#REVISITS', sk: '{status}#{dueOn}#{id}' },
    gsi2: { pk: 'REVISITS', sk: '{status}#{dueOn}#{id}' },
  },
  audited: true,
  patterns: [
    { name: 'revisit by id', by: 'item' },
    { name: 'one rep’s revisits by status and due day', index: 'gsi1', by: 'range' },
    { name: 'all revisits by status and due day', index: 'gsi2', by: 'range' },
  ],
});

export const OpenRevisitClaims = defineEntity({
  type: 'OpenRevisitClaim',
  owner: 'care',
  description: 'At most one open revisit per customer: this claim exists while one is open.',
  key: { pk: 'CUSTOMER#{customerId}', sk: 'OPEN_REVISIT' },
  patterns: [
    { name: 'does a customer have an open revisit', by: 'item', notes: 'condition in the planning job' },
  ],
});

export const CareMessages = defineEntity({
  type: 'CareMessage',
  owner: 'care',
  description:
    'A care message to one contact for one occasion on one day: sent once, and the timeline entry.',
  key: { pk: 'CUSTOMER#{customerId}', sk: 'CARE#{date}#{occasion}#{contactId}' },
  patterns: [{ name: 'care messages of a customer', by: 'prefix' }],
});

export const RevisitDigests = defineEntity({
  type: 'RevisitDigest',
  owner: 'care',
  description: 'A rep’s daily revisit digest, sent once.',
  key: { pk: 'EMPLOYEE#{ownerId}', sk: 'REVISIT_DIGEST#{date}' },
  patterns: [{ name: 'was today’s digest sent', by: 'item' }],
});
