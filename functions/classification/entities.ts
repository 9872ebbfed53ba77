import { defineEntity } from '#shared/entity.ts';

export const Classifications = defineEntity({
  type: 'Classification',
  owner: 'classification',
  description: 'The latest classification of a customer: class, score, reasons and any manager override.',
  key: { pk: 'CUSTOMER#{customerId}', sk: 'CLASSIFICATION' },
  patterns: [{ name: 'a customer’s class', by: 'item' }],
});

export const Purchases = defineEntity({
  type: 'Purchase',
  owner: 'classification',
  description: 'One purchase of a customer (date, amount): the input of its statistics.',
  key: { pk: 'CUSTOMER#{customerId}', sk: 'PURCHASE#{date}#{id}' },
  // Purchases are written a few a day (an order completing, an import): one partition holds them all.
  indexes: { gsi1: { pk: 'PURCHASES', sk: '{date}#{id}' } },
  audited: true,
  patterns: [
    { name: 'a customer’s purchases by date', by: 'prefix' },
    { name: 'the department’s purchases of a date range (the export)', index: 'gsi1', by: 'range' },
  ],
});

export const ClassChanges = defineEntity({
  type: 'ClassChange',
  owner: 'classification',
  description: 'One change of a customer’s class: from, to, why, by the job or a manager.',
  key: { pk: 'CUSTOMER#{customerId}', sk: 'CLASS#{at}#{id}' },
  patterns: [{ name: 'a customer’s class history', by: 'prefix' }],
});
