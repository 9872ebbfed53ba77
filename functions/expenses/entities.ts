import { defineEntity } from '#shared/entity.ts';

export const BudgetLines = defineEntity({
  type: 'BudgetLine',
  owner: 'expenses',
  description:
    'One month of one expense category for the department or a rep: budgeted, reserved (claims under approval), spent (paid) and available.',
  key: { pk: 'BUDGET#{year}', sk: 'LINE#{month}#{category}#{scope}' },
  patterns: [
    { name: 'a line (a claim’s reservation)', by: 'item' },
    { name: 'a year’s lines, or a period’s months of it (report)', by: 'range' },
  ],
});

export const ClaimantPayouts = defineEntity({
  type: 'ClaimantPayout',
  owner: 'expenses',
  description:
    'What was paid to one claimant for claims dated in one month: the number of claims and the amount, added when finance pays.',
  key: { pk: 'BUDGET#{year}', sk: 'PAID#{month}#{claimantId}' },
  patterns: [{ name: 'a period’s payouts per claimant (report)', by: 'range' }],
});

export const Claims = defineEntity({
  type: 'Claim',
  owner: 'expenses',
  description:
    'An expense claim: claimant, category, amount, date, reason, status, the lines it reserves on.',
  key: { pk: 'CLAIM#{id}', sk: 'CLAIM' },
  indexes: {
    gsi1: { pk: 'OWNER#{claimantId}#CLAIMS', sk: '{createdAt}#{id}' },
    gsi2: { pk: 'CLAIMS', sk: '{status}#{createdAt}#{id}' },
  },
  audited: true,
  patterns: [
    { name: 'a claim with its audit trail', by: 'partition' },
    { name: 'one employee’s claims', index: 'gsi1', by: 'partition' },
    {
      name: 'all claims; those in a status',
      index: 'gsi2',
      by: 'range',
      notes: 'a status is a sort key prefix',
    },
  ],
});

export const ClaimPayments = defineEntity({
  type: 'ClaimPayment',
  owner: 'expenses',
  description:
    'Finance’s payment of an approved claim: amount, day, reference, who paid it; written once, with the claim becoming paid.',
  key: { pk: 'CLAIM#{claimId}', sk: 'PAYMENT' },
  patterns: [{ name: 'a claim’s payment', by: 'item', notes: 'read with the claim in one Query' }],
});

export const ClaimReceipts = defineEntity({
  type: 'ClaimReceipt',
  owner: 'expenses',
  description:
    'A receipt or invoice attached to a claim: file name, type, size and its key in the private documents bucket.',
  key: { pk: 'CLAIM#{claimId}', sk: 'RECEIPT#{id}' },
  patterns: [{ name: 'a claim’s receipts', by: 'prefix', notes: 'read with the claim in one Query' }],
});

export const Trips = defineEntity({
  type: 'Trip',
  owner: 'expenses',
  description:
    'A rep’s business trip (§2.3.5): destination, days, purpose, the customers to visit, and the hotel and ticket bookings sales admin records.',
  key: { pk: 'TRIP#{id}', sk: 'TRIP' },
  indexes: {
    gsi1: { pk: 'OWNER#{travellerId}#TRIPS', sk: '{startsOn}#{id}' },
    gsi2: { pk: 'TRIPS', sk: '{status}#{startsOn}#{id}' },
  },
  audited: true,
  patterns: [
    { name: 'a trip', by: 'item' },
    { name: 'one employee’s trips, by first day', index: 'gsi1', by: 'partition' },
    {
      name: 'all trips; those in a status',
      index: 'gsi2',
      by: 'range',
      notes: 'a status is a sort key prefix',
    },
  ],
});

export const ExpenseAudits = defineEntity({
  type: 'ExpenseAudit',
  owner: 'expenses',
  description:
    'The internal audit of one period’s expenses (R-6.6): the published sampling rule it drew by, the draw’s seed, how many claims there were and were sampled, open or closed with its conclusion.',
  key: { pk: 'EXPENSE_AUDIT#{period}', sk: 'RUN' },
  indexes: { gsi1: { pk: 'EXPENSE_AUDITS', sk: '{period}' } },
  audited: true,
  patterns: [
    { name: 'a period’s audit with its findings', by: 'partition', notes: 'one Query' },
    {
      name: 'every audit, by period',
      index: 'gsi1',
      by: 'partition',
      notes: 'newest first; status as a filter',
    },
  ],
});

export const AuditFindings = defineEntity({
  type: 'AuditFinding',
  owner: 'expenses',
  description:
    'One sampled claim of an audit: why it was sampled, the auditor’s finding (compliant, or a finding with its severity, observation and requested action) and the claimant’s and the sales manager’s responses.',
  key: { pk: 'EXPENSE_AUDIT#{period}', sk: 'FINDING#{claimId}' },
  audited: true,
  patterns: [{ name: 'a finding', by: 'item' }],
});
