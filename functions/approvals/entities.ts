import { defineEntity } from '#shared/entity.ts';

export const Approvals = defineEntity({
  type: 'Approval',
  owner: 'approvals',
  description:
    'A human step of a review: subject, approver, due time, decision; the task token and the link token’s digest stay on the server.',
  key: { pk: 'APPROVAL#{id}', sk: 'APPROVAL' },
  indexes: {
    gsi1: { pk: 'APPROVER#{approverId}#{status}', sk: '{dueAt}#{id}' },
    gsi2: { pk: 'SUBJECT#{subjectType}#{subjectId}', sk: '{createdAt}#{id}' },
  },
  audited: true,
  patterns: [
    { name: 'approval by id (the emailed link)', by: 'item' },
    {
      name: 'an approver’s pending steps, by due time',
      index: 'gsi1',
      by: 'partition',
      notes: 'also the deadlines job',
    },
    { name: 'a subject’s review history', index: 'gsi2', by: 'partition', notes: 'by creation' },
  ],
});

export const ApprovalTaskClaims = defineEntity({
  type: 'ApprovalTaskClaim',
  owner: 'approvals',
  description: 'One approval per workflow task token, however often the task is retried.',
  key: { pk: 'APPROVAL_TASK#{digest}', sk: 'CLAIM' },
  patterns: [{ name: 'the approval of a task token', by: 'item' }],
});
