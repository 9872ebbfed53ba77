import { changeWrites } from '#shared/change.ts';
import { tableName } from '#shared/db.ts';
import {
  collectAll,
  getResource,
  type Page,
  type PageParameters,
  partitionItems,
  queryPage,
  toResource,
} from '#shared/listing.ts';
import { putNew, type TransactItem } from '#shared/transaction.ts';
import type { Delegation } from './delegation-model.ts';
import { DelegatedSteps, DelegationHeads, Delegations } from './entities.ts';
import type { StoredApproval } from './model.ts';

const delegationKey = (delegation: Delegation) => ({
  id: delegation.id,
  approverId: delegation.approverId,
  delegateId: delegation.delegateId,
  from: delegation.from,
});

export const getDelegation = (id: string) => getResource<Delegation>(Delegations.key({ id }));

/** A delegation and the steps routed under it, in one Query of its partition. */
export async function delegationFile(
  id: string,
): Promise<{ delegation: Delegation; steps: { approvalId: string; askedAt: string }[] } | undefined> {
  const items = await partitionItems(Delegations.partition({ id }));
  const delegation = items.find((item) => item.entityType === Delegations.type);
  return (
    delegation && {
      delegation: toResource<Delegation>(delegation),
      steps: items
        .filter((item) => item.entityType === DelegatedSteps.type)
        .map((item) => toResource<{ approvalId: string; askedAt: string }>(item)),
    }
  );
}

const byApprover = (approverId: string, page: PageParameters): Promise<Page<Delegation>> =>
  queryPage<Delegation>({
    index: 'gsi1',
    partition: { attribute: 'gsi1pk', value: Delegations.indexPartition('gsi1', { approverId }) },
    newestFirst: true,
    ...page,
  });

export const delegationsGivenBy = (approverId: string, page: PageParameters) => byApprover(approverId, page);

export const delegationsTo = (delegateId: string, page: PageParameters): Promise<Page<Delegation>> =>
  queryPage<Delegation>({
    index: 'gsi2',
    partition: { attribute: 'gsi2pk', value: Delegations.indexPartition('gsi2', { delegateId }) },
    newestFirst: true,
    ...page,
  });

/** Every delegation an approver made (a few a year). */
export const allDelegationsOf = (approverId: string) => collectAll((page) => byApprover(approverId, page));

/** The approver's head: its version is what their next delegation must follow. */
export async function delegationHead(approverId: string): Promise<number> {
  const head = await getResource<{ version: number }>(DelegationHeads.key({ approverId }), true);
  return head?.version ?? 0;
}

/** A new delegation, moving its approver's head on from the version read (concurrent ones: one wins). */
export function delegationWrites(delegation: Delegation, headVersion: number): TransactItem[] {
  const head = DelegationHeads.item({ approverId: delegation.approverId }, { version: headVersion + 1 });
  return changeWrites({
    entity: Delegations,
    key: delegationKey(delegation),
    before: undefined,
    after: delegation,
    actor: delegation.approverId,
    with: [
      headVersion === 0
        ? { ...putNew(head), name: 'delegationHead' }
        : {
            name: 'delegationHead',
            Put: {
              TableName: tableName(),
              Item: head,
              ConditionExpression: 'version = :read',
              ExpressionAttributeValues: { ':read': headVersion },
            },
          },
    ],
  });
}

export const cancellationWrites = (before: Delegation, after: Delegation) =>
  changeWrites({ entity: Delegations, key: delegationKey(after), before, after, actor: after.approverId });

/** The record that a step went to the delegate, written with the approval it opens. */
export const delegatedStepWrite = (delegationId: string, approval: StoredApproval): TransactItem =>
  putNew(
    DelegatedSteps.item(
      { delegationId, approvalId: approval.id },
      { approvalId: approval.id, askedAt: approval.createdAt },
    ),
  );
