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

export const Delegations = defineEntity({
  type: 'Delegation',
  owner: 'approvals',
  description:
    'An approver away names a delegate for some days: the steps asked of them then go to the delegate. Its partition also lists the steps so routed.',
  key: { pk: 'DELEGATION#{id}', sk: 'DELEGATION' },
  indexes: {
    gsi1: { pk: 'DELEGATOR#{approverId}#DELEGATIONS', sk: '{from}#{id}' },
    gsi2: { pk: 'DELEGATE#{delegateId}#DELEGATIONS', sk: '{from}#{id}' },
  },
  audited: true,
  patterns: [
    { name: 'a delegation with its steps', by: 'partition' },
    { name: 'an approver’s delegations, by first day', index: 'gsi1', by: 'partition' },
    { name: 'the delegations a delegate stands in for', index: 'gsi2', by: 'partition' },
  ],
});

export const DelegatedSteps = defineEntity({
  type: 'DelegatedStep',
  owner: 'approvals',
  description: 'A step asked of a delegate in the approver’s place: written with the approval it opened.',
  key: { pk: 'DELEGATION#{delegationId}', sk: 'STEP#{approvalId}' },
  patterns: [{ name: 'the steps of a delegation', by: 'prefix', notes: 'read with the delegation' }],
});

export const DelegationHeads = defineEntity({
  type: 'DelegationHead',
  owner: 'approvals',
  description:
    'One per approver, versioned with each delegation they make: two made at once cannot both pass the check that they do not overlap.',
  key: { pk: 'DELEGATOR#{approverId}', sk: 'HEAD' },
  patterns: [{ name: 'an approver’s delegation head', by: 'item', notes: 'condition in the create' }],
});
