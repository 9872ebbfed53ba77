import { defineEntity } from '#shared/entity.ts';

export const Complaints = defineEntity({
  type: 'Complaint',
  owner: 'service',
  description:
    'A customer complaint (R-3.5): content and request, owner, class and severity, answer deadline, answer, root cause, corrective action, and every step with its time.',
  key: { pk: 'COMPLAINT#{id}', sk: 'COMPLAINT' },
  indexes: {
    gsi1: { pk: 'CUSTOMER#{customerId}#COMPLAINTS', sk: '{createdAt}#{id}' },
    gsi2: { pk: 'COMPLAINTS', sk: '{status}#{answerDueAt}#{id}' },
  },
  audited: true,
  patterns: [
    { name: 'a complaint', by: 'item' },
    { name: 'a customer’s complaints (the customer file)', index: 'gsi1', by: 'partition' },
    {
      name: 'complaints in a status, by answer deadline',
      index: 'gsi2',
      by: 'range',
      notes: 'open ones past their deadline: the hourly escalation',
    },
  ],
});
