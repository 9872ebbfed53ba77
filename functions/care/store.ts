import { causes, changeWrites } from '#shared/change.ts';
import { revisitCompleted } from './events.ts';
import { tableName } from '#shared/db.ts';
import { deleteIf, updateIf } from '#shared/db-update.ts';
import {
  type ListScope,
  type PageParameters,
  queryPage,
  scopedPartition,
  getResource,
  collectAll,
} from '#shared/listing.ts';
import { putNew, type TransactItem } from '#shared/transaction.ts';
import type { CareMessage, Revisit, RevisitFilter } from './model.ts';
import { CareMessages, OpenRevisitClaims, Revisits, RevisitDigests } from './entities.ts';

const revisitKey = (revisit: Revisit) => ({
  id: revisit.id,
  ownerId: revisit.ownerId,
  status: revisit.status,
  dueOn: revisit.dueOn,
});

export async function getRevisit(id: string): Promise<Revisit | undefined> {
  return getResource<Revisit>(Revisits.key({ id }));
}

/** Opening claims the customer's single open-revisit slot in the same transaction. */
export const openRevisitWrites = (revisit: Revisit) =>
  changeWrites({
    entity: Revisits,
    key: revisitKey(revisit),
    before: undefined,
    after: revisit,
    actor: 'revisit-planning',
    with: [putNew(OpenRevisitClaims.item({ customerId: revisit.customerId }, { revisitId: revisit.id }))],
  });

/** Completing frees the slot, and the communication record's writes come along. */
export function completeRevisitWrites(
  before: Revisit,
  after: Revisit,
  actorId: string,
  interactionWrites: TransactItem[],
): TransactItem[] {
  return changeWrites({
    entity: Revisits,
    key: revisitKey(after),
    before,
    after,
    actor: actorId,
    with: [
      {
        name: 'openRevisitClaim',
        Delete: {
          TableName: tableName(),
          Key: OpenRevisitClaims.key({ customerId: before.customerId }),
          ConditionExpression: 'revisitId = :id',
          ExpressionAttributeValues: { ':id': before.id },
        },
      },
      ...interactionWrites,
    ],
    events: [
      causes(revisitCompleted, {
        revisitId: after.id,
        customerId: after.customerId,
        ownerId: after.ownerId,
        satisfaction: after.satisfaction!,
        completedAt: after.completedAt ?? after.updatedAt,
      }),
    ],
  });
}

export function listRevisits(scope: ListScope, filter: RevisitFilter, page: PageParameters) {
  const partition = scopedPartition(scope, Revisits);
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

/** Claims a rep's digest for a day; false if it was already sent (or is being sent). */
export function claimDigest(ownerId: string, date: string): Promise<boolean> {
  return updateIf(RevisitDigests.key({ ownerId, date }), {
    expression: 'SET entityType = :type, claimedAt = :now',
    condition: 'attribute_not_exists(pk)',
    values: { ':type': 'RevisitDigest', ':now': new Date().toISOString() },
  });
}

export function digestSent(ownerId: string, date: string, messageId: string) {
  return updateIf(RevisitDigests.key({ ownerId, date }), {
    expression: 'SET messageId = :id, sentAt = :now',
    values: { ':id': messageId, ':now': new Date().toISOString() },
  });
}

export async function releaseDigest(ownerId: string, date: string): Promise<void> {
  await deleteIf(RevisitDigests.key({ ownerId, date }), { expression: 'attribute_not_exists(sentAt)' });
}

/** Claims one care message (send once); false if it was already sent or is being sent. */
export function claimCareMessage(message: CareMessage): Promise<boolean> {
  const key = CareMessages.key({
    customerId: message.customerId,
    date: message.date,
    occasion: message.occasion,
    contactId: message.contactId,
  });
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
  return updateIf(
    CareMessages.key({
      customerId: message.customerId,
      date: message.date,
      occasion: message.occasion,
      contactId: message.contactId,
    }),
    {
      expression: 'SET #status = :sent, messageId = :id, sentAt = :now',
      names: { '#status': 'status' },
      values: { ':sent': 'sent', ':id': messageId, ':now': new Date().toISOString() },
    },
  );
}

/** A send that failed gives its claim back, so the job's retry sends it. */
export async function releaseCareMessage(message: CareMessage): Promise<void> {
  await deleteIf(
    CareMessages.key({
      customerId: message.customerId,
      date: message.date,
      occasion: message.occasion,
      contactId: message.contactId,
    }),
    {
      expression: '#status = :sending',
      names: { '#status': 'status' },
      values: { ':sending': 'sending' },
    },
  );
}

export function listCareMessages(customerId: string, page: PageParameters) {
  return queryPage<CareMessage>({
    partition: { attribute: 'pk', value: CareMessages.partition({ customerId }) },
    sortKeyPrefix: { attribute: 'sk', value: CareMessages.skPrefix },
    newestFirst: true,
    ...page,
  });
}

/** The revisits a rep completed for some customers between two days (a business trip's visits). */
export async function completedRevisits(
  ownerId: string,
  customerIds: readonly string[],
  from: string,
  to: string,
): Promise<Revisit[]> {
  const found = await Promise.all(
    customerIds.map((customer) =>
      collectAll((page) => listRevisits({ ownerId }, { status: 'completed', customer }, page)),
    ),
  );
  return found
    .flat()
    .filter(
      (revisit) =>
        revisit.completedAt &&
        revisit.completedAt.slice(0, 10) >= from &&
        revisit.completedAt.slice(0, 10) <= to,
    );
}

/** The customer's open revisit, if it has one (its slot names it). */
export async function openRevisitOf(customerId: string): Promise<Revisit | undefined> {
  const claim = await getResource<{ revisitId: string }>(OpenRevisitClaims.key({ customerId }));
  const revisit = claim && (await getRevisit(claim.revisitId));
  return revisit?.status === 'open' ? revisit : undefined;
}

/** An open revisit moved to another rep, with its audit record. */
export const movedRevisitWrites = (before: Revisit, after: Revisit, actorId: string): TransactItem[] =>
  changeWrites({ entity: Revisits, key: revisitKey(after), before, after, actor: actorId });
