import { ANY_EMPLOYEE, defineOwnership, self } from '#shared/access.ts';
import { type Caller, hasAnyRole } from '#shared/caller.ts';
import { commitChange } from '#shared/change.ts';
import { newResource, nowIso } from '#shared/clock.ts';
import { notAllowed } from '#shared/domain-errors.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { pageParameters } from '#shared/listing.ts';
import { conflict } from '#shared/problem.ts';
import { createdReply, found, resourceReply } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { TransactionCancelled } from '#shared/transaction.ts';
import * as z from 'zod/mini';
import { allEmployees } from '../employees/public.ts';
import { type Delegation, type DelegatedStep, newDelegation } from './delegation-model.ts';
import { assertDelegable, cancelledDelegation } from './delegation-rules.ts';
import {
  allDelegationsOf,
  cancellationWrites,
  delegationFile,
  delegationHead,
  delegationsGivenBy,
  delegationsTo,
  delegationWrites,
} from './delegation-store.ts';
import { getApproval } from './store.ts';

/**
 * Delegation (an approver away names a delegate for some days). The delegation is audited; the
 * approver sees each step their delegate was asked and how it was decided.
 */

/** Checked by `assertMayRead`. */
const delegationPeople = defineOwnership(
  'delegation’s people',
  'The approver and the delegate read a delegation and its steps; audit reads every one.',
);

function assertMayRead(caller: Caller, delegation: Delegation) {
  if (
    caller.id !== delegation.approverId &&
    caller.id !== delegation.delegateId &&
    !hasAnyRole(caller, ['auditor'])
  )
    throw notAllowed('Only the approver, the delegate and audit read a delegation.');
}

const create = defineOperation({
  operationId: 'createDelegation',
  method: 'POST',
  path: '/delegations',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [self],
  body: newDelegation,
  idempotent: true,
  async handle(request) {
    const { caller, body } = request;
    const [people, current, head] = await Promise.all([
      allEmployees(),
      allDelegationsOf(caller.id),
      delegationHead(caller.id),
    ]);
    // The department as it is holds the approver too (someone who left delegates nothing).
    const approver = found(
      people.find((person) => person.id === caller.id),
      `An active employee profile for ${caller.id}`,
    );
    assertDelegable(approver, body, people, current);
    const delegation: Delegation = newResource({
      approverId: caller.id,
      delegateId: body.delegateId,
      from: body.from,
      to: body.to,
      reason: body.reason,
      status: 'active' as const,
    });
    try {
      return await createOnce(
        request,
        delegationWrites(delegation, head),
        createdReply(`/delegations/${delegation.id}`, delegation),
      );
    } catch (error) {
      // Another delegation of theirs was made meanwhile: the overlap check must see it.
      if (error instanceof TransactionCancelled && error.failedCondition('delegationHead'))
        throw conflict('Another delegation of yours was made at the same time: read them and try again.');
      throw error;
    }
  },
});

const list = defineOperation({
  operationId: 'listDelegations',
  method: 'GET',
  path: '/delegations',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [self],
  query: z.strictObject({ as: z._default(z.enum(['approver', 'delegate']), 'approver'), ...pageParameters }),
  async handle({ caller, query }) {
    const { as, ...page } = query;
    return {
      status: 200,
      body:
        as === 'approver' ? await delegationsGivenBy(caller.id, page) : await delegationsTo(caller.id, page),
    };
  },
});

const read = defineOperation({
  operationId: 'getDelegation',
  method: 'GET',
  path: '/delegations/{id}',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [delegationPeople],
  params: idParams,
  async handle({ caller, params }) {
    const file = found(await delegationFile(params.id), `Delegation ${params.id}`);
    assertMayRead(caller, file.delegation);
    const steps: DelegatedStep[] = [];
    for (const { approvalId, askedAt } of file.steps) {
      const approval = await getApproval(approvalId);
      if (!approval) continue;
      const { step, subject, status, decision, decidedBy, decidedAt, comment } = approval;
      steps.push({
        approvalId,
        step,
        subject: { type: subject.type, id: subject.id, title: subject.title },
        askedAt,
        status,
        ...(decision ? { decision } : {}),
        ...(decidedBy ? { decidedBy } : {}),
        ...(decidedAt ? { decidedAt } : {}),
        ...(comment ? { comment } : {}),
      });
    }
    const reply = resourceReply(file.delegation);
    return { ...reply, body: { ...file.delegation, steps } };
  },
});

const cancel = defineOperation({
  operationId: 'cancelDelegation',
  method: 'POST',
  path: '/delegations/{id}/cancel',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [delegationPeople],
  params: idParams,
  async handle({ caller, params }) {
    const current = found(await delegationFile(params.id), `Delegation ${params.id}`).delegation;
    assertMayRead(caller, current);
    const next = cancelledDelegation(current, caller.id, nowIso());
    await commitChange(cancellationWrites(current, next));
    return resourceReply(next);
  },
});

export const delegationOperations: readonly Operation[] = [create, list, read, cancel];
