import { defineEntity } from '#shared/entity.ts';

export const AuditSeals = defineEntity({
  type: 'AuditSeal',
  owner: 'audit',
  description:
    'A day’s seal of the audit trail: how many entries were written that day (the department’s calendar), the hash chain’s head after them and the head it chained on from; a copy is kept in the Object Lock bucket (`audit-chain/<day>.json`).',
  key: { pk: 'AUDIT_SEALS', sk: '{day}' },
  patterns: [
    { name: 'the seals, newest first', by: 'partition' },
    {
      name: 'the seal of a day, and the one before it',
      by: 'item',
      notes: 'Query, sk ≤ day, newest first, 2',
    },
  ],
});
