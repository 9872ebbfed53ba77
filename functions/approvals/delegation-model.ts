import * as z from 'zod/mini';
import { dateBetween, employeeId, named, resourceFields, text } from '#shared/schemas.ts';

/**
 * An approver away (leave, travel) names a delegate for some days: the steps asked of them in those
 * days go to the delegate, who holds the same authority and is never the subject's owner.
 */
export const delegation = named(
  'Delegation',
  z.object({
    ...resourceFields,
    approverId: z.string(),
    delegateId: z.string(),
    /** First and last day (the department's calendar), inclusive. */
    from: z.string(),
    to: z.string(),
    reason: z.string(),
    status: z.enum(['active', 'cancelled']),
    cancelledAt: z.optional(z.string()),
  }),
);
export type Delegation = z.output<typeof delegation>;

/** Longest a delegation may run: a long absence is a change of role, not a delegation. */
export const MAX_DELEGATION_DAYS = 92;

export const newDelegation = z.strictObject({
  delegateId: employeeId,
  from: dateBetween(0, 1),
  to: dateBetween(0, 1),
  reason: text(500),
});
export type NewDelegation = z.output<typeof newDelegation>;

/** A step the delegate was asked in the approver's place, and how it stands. */
export const delegatedStep = named(
  'DelegatedStep',
  z.object({
    approvalId: z.string(),
    step: z.string(),
    subject: z.object({ type: z.string(), id: z.string(), title: z.string() }),
    askedAt: z.string(),
    status: z.string(),
    decision: z.optional(z.enum(['approve', 'reject'])),
    decidedBy: z.optional(z.string()),
    decidedAt: z.optional(z.string()),
    comment: z.optional(z.string()),
  }),
);
export type DelegatedStep = z.output<typeof delegatedStep>;

export const delegationWithSteps = named(
  'DelegationWithSteps',
  z.object({ ...delegation.def.shape, steps: z.array(delegatedStep) }),
);
