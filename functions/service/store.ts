import { auditChange } from '#shared/audit.ts';
import { type PageParameters, getResource, queryPage } from '#shared/listing.ts';
import { putVersioned, type TransactItem } from '#shared/transaction.ts';
import { Complaints } from './entities.ts';
import type { Complaint } from './model.ts';

export async function getComplaint(id: string): Promise<Complaint | undefined> {
  return getResource<Complaint>(Complaints.key({ id }));
}

export function complaintWrites(
  before: Complaint | undefined,
  after: Complaint,
  actorId: string,
): TransactItem[] {
  return [
    putVersioned(before, Complaints.item(after, after)),
    auditChange(Complaints.key({ id: after.id }), {
      type: 'Complaint',
      id: after.id,
      actorId,
      at: after.updatedAt,
      ...(before ? { before } : {}),
      after,
    }),
  ];
}

/** A customer's complaints, newest first. */
export const customerComplaints = (customerId: string, page: PageParameters) =>
  queryPage<Complaint>({
    index: 'gsi1',
    partition: { attribute: 'gsi1pk', value: Complaints.indexPartition('gsi1', { customerId }) },
    newestFirst: true,
    ...page,
  });

/** Complaints in a status by answer deadline; `dueBy` keeps those due by then. */
export const complaintsByStatus = (status: Complaint['status'], page: PageParameters, dueBy?: string) =>
  queryPage<Complaint>({
    index: 'gsi2',
    partition: { attribute: 'gsi2pk', value: Complaints.indexPartition('gsi2', {}) },
    ...(dueBy
      ? { sortKeyBetween: { attribute: 'gsi2sk', from: `${status}#`, to: `${status}#${dueBy}` } }
      : { sortKeyPrefix: { attribute: 'gsi2sk', value: `${status}#` } }),
    ...page,
  });
