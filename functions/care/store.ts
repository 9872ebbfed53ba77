import { auditEntry, changedFields } from '#shared/audit.ts';
import { getItem, query, tableName } from '#shared/db.ts';
import { deleteIf, updateIf } from '#shared/db-update.ts';
import {
  careMessageKey,
  customerKey,
  openRevisitKey,
  revisitDigestKey,
  revisitKey,
  revisitKeys,
  SK_PREFIX,
} from '#shared/keys.ts';
import {
  type ListScope,
  type PageParameters,
  queryPage,
  scopedPartition,
  toResource,
} from '#shared/listing.ts';
import { putIfVersion, putNew, type TransactItem } from '#shared/transaction.ts';
import type { CareMessage, Revisit, RevisitFilter } from './model.ts';

const revisitItem = (revisit: Revisit) => ({
  ...revisitKeys(revisit.id, revisit.ownerId, revisit.status, revisit.dueOn),
  entityType: 'Revisit',
  ...revisit,
});

export async function getRevisit(id: string): Promise<Revisit | undefined> {
  const item = await getItem(revisitKey(id));
  return item ? toResource<Revisit>(item) : undefined;
}

/** Opening claims the customer's single open-revisit slot in the same transaction. */

export function openRevisitWrites(revisit: Revisit): TransactItem[] {
  return [
    putNew({ ...openRevisitKey(revisit.customerId), entityType: 'OpenRevisitClaim', revisitId: revisit.id }),
    putNew(revisitItem(revisit)),
    auditEntry(revisitKey(revisit.id), {
      resourceType: 'Revisit',
      resourceId: revisit.id,
      action: 'created',
      actorId: 'revisit-planning',
      at: revisit.createdAt,
      changes: changedFields({}, revisit),
    }),
  ];
}

/** Completing frees the slot, and the communication record's writes come along. */
export function completeRevisitWrites(
  before: Revisit,
  after: Revisit,
  actorId: string,
  interactionWrites: TransactItem[],
): TransactItem[] {
  return [
    putIfVersion(revisitItem(after), before.version),
    {
      name: 'openRevisitClaim',
      Delete: {
        TableName: tableName(),
        Key: openRevisitKey(before.customerId),
        ConditionExpression: 'revisitId = :id',
        ExpressionAttributeValues: { ':id': before.id },
      },
    },
    auditEntry(revisitKey(after.id), {
      resourceType: 'Revisit',
      resourceId: after.id,
      action: 'updated',
      actorId,
      at: after.updatedAt,
      changes: changedFields(before, after),
    }),
    ...interactionWrites,
  ];
}

export function listRevisits(scope: ListScope, filter: RevisitFilter, page: PageParameters) {
  const partition = scopedPartition(scope, 'REVISITS');
  const conditions: string[] = [];
  const values: Record<string, unknown> = {};
  if (filter.dueBefore) {
    conditions.push('dueOn < :dueBefore');
    values[':dueBefore'] = filter.dueBefore;
  }
  if (filter.customer) {
    conditions.push('customerId = :customer');
    values[':customer'] = filter.customer;
  }
  return queryPage<Revisit>({
    ...partition,
    sortKeyPrefix: filter.status ? { attribute: partition.sortKey, value: `${filter.status}#` } : undefined,
    filter: conditions.length > 0 ? { expression: conditions.join(' AND '), names: {}, values } : undefined,
    ...page,
  });
}

/** The newest communication record of a customer, by time of contact. */
export async function latestInteractionAt(customerId: string): Promise<string | undefined> {
  const { items } = await query({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': customerKey(customerId).pk, ':prefix': SK_PREFIX.interaction },
    ScanIndexForward: false,
    Limit: 1,
  });
  const sk = items[0]?.sk as string | undefined;
  return sk?.slice(SK_PREFIX.interaction.length).split('#')[0];
}

/** Claims a rep's digest for a day; false if it was already sent (or is being sent). */
export function claimDigest(ownerId: string, date: string): Promise<boolean> {
  return updateIf(revisitDigestKey(ownerId, date), {
    expression: 'SET entityType = :type, claimedAt = :now',
    condition: 'attribute_not_exists(pk)',
    values: { ':type': 'RevisitDigest', ':now': new Date().toISOString() },
  });
}

export function digestSent(ownerId: string, date: string, messageId: string) {
  return updateIf(revisitDigestKey(ownerId, date), {
    expression: 'SET messageId = :id, sentAt = :now',
    values: { ':id': messageId, ':now': new Date().toISOString() },
  });
}

export async function releaseDigest(ownerId: string, date: string): Promise<void> {
  await deleteIf(revisitDigestKey(ownerId, date), { expression: 'attribute_not_exists(sentAt)' });
}

/** Claims one care message (send once); false if it was already sent or is being sent. */
export function claimCareMessage(message: CareMessage): Promise<boolean> {
  const key = careMessageKey(message.customerId, message.date, message.occasion, message.contactId);
  const { customerId: _c, ...fields } = message;
  return updateIf(key, {
    expression: `SET entityType = :type, customerId = :customer, ${Object.keys(fields)
      .map((name) => `#${name} = :${name}`)
      .join(', ')}`,
    condition: 'attribute_not_exists(pk)',
    names: Object.fromEntries(Object.keys(fields).map((name) => [`#${name}`, name])),
    values: {
      ':type': 'CareMessage',
      ':customer': message.customerId,
      ...Object.fromEntries(Object.entries(fields).map(([name, value]) => [`:${name}`, value])),
    },
  });
}

export function careMessageSent(message: CareMessage, messageId: string) {
  return updateIf(careMessageKey(message.customerId, message.date, message.occasion, message.contactId), {
    expression: 'SET #status = :sent, messageId = :id, sentAt = :now',
    names: { '#status': 'status' },
    values: { ':sent': 'sent', ':id': messageId, ':now': new Date().toISOString() },
  });
}

/** A send that failed gives its claim back, so the job's retry sends it. */
export async function releaseCareMessage(message: CareMessage): Promise<void> {
  await deleteIf(careMessageKey(message.customerId, message.date, message.occasion, message.contactId), {
    expression: '#status = :sending',
    names: { '#status': 'status' },
    values: { ':sending': 'sending' },
  });
}

export function listCareMessages(customerId: string, page: PageParameters) {
  return queryPage<CareMessage>({
    partition: { attribute: 'pk', value: customerKey(customerId).pk },
    sortKeyPrefix: { attribute: 'sk', value: SK_PREFIX.care },
    newestFirst: true,
    ...page,
  });
}
