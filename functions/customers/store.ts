import { causes, changeWrites } from '#shared/change.ts';
import { batchGetItems, getItem, query, tableName } from '#shared/db.ts';
import { updateIf } from '#shared/db-update.ts';
import {
  type Page,
  type ListScope,
  type PageParameters,
  queryPage,
  scopedPartition,
  getResource,
  toResource,
  collectAll,
} from '#shared/listing.ts';
import { addDays } from '#shared/calendar.ts';
import { putNew, type TransactItem } from '#shared/transaction.ts';
import type { Contact, Customer, CustomerFilter, FollowUp, FollowUpFilter, Interaction } from './model.ts';
import { customerFilterExpression, normalizeCompanyName } from './rules.ts';
import { customerFiled, customerReassigned, customerStatusChanged, interactionRecorded } from './events.ts';
import {
  Contacts,
  Customers,
  CustomerNameClaims,
  CustomerStatistics,
  FollowUps,
  Interactions,
} from './entities.ts';
import { keptFollowUps, plannedFollowUp } from './follow-up-rules.ts';

/**
 * The customers domain's access to the table. Functions named `…Writes` return transaction items
 * (entity, claims and audit record together) for the caller to commit as one transaction.
 */

export async function getCustomer(id: string): Promise<Customer | undefined> {
  return getResource<Customer>(Customers.key({ id }));
}

export async function nameClaimHolder(name: string): Promise<string | undefined> {
  const item = await getItem(CustomerNameClaims.key({ name: normalizeCompanyName(name) }));
  return item?.customerId as string | undefined;
}

const customerKey = (customer: Customer) => ({ id: customer.id, ownerId: customer.ownerId });

const nameClaim = (customer: Customer) =>
  putNew(CustomerNameClaims.item({ name: normalizeCompanyName(customer.name) }, { customerId: customer.id }));

export function createCustomerWrites(customer: Customer): TransactItem[] {
  return changeWrites({
    entity: Customers,
    key: customerKey(customer),
    before: undefined,
    after: customer,
    actor: customer.createdBy,
    events: [
      causes(customerFiled, {
        customerId: customer.id,
        ownerId: customer.ownerId,
        region: customer.region,
        filedAt: customer.createdAt,
      }),
    ],
    with: [nameClaim(customer)],
  });
}

export function updateCustomerWrites(before: Customer, after: Customer, actorId: string): TransactItem[] {
  const renamed = normalizeCompanyName(before.name) !== normalizeCompanyName(after.name);
  return changeWrites({
    entity: Customers,
    key: customerKey(after),
    before,
    after,
    actor: actorId,
    events: [
      // The customer's open work follows it, through its owners' domains.
      ...(before.ownerId !== after.ownerId
        ? [causes(customerReassigned, { customerId: after.id, from: before.ownerId, to: after.ownerId })]
        : []),
      ...(before.status !== after.status
        ? [
            causes(customerStatusChanged, {
              customerId: after.id,
              ownerId: after.ownerId,
              from: before.status,
              to: after.status,
              at: after.updatedAt,
            }),
          ]
        : []),
    ],
    with: renamed
      ? [
          nameClaim(after),
          {
            Delete: {
              TableName: tableName(),
              Key: CustomerNameClaims.key({ name: normalizeCompanyName(before.name) }),
            },
          },
        ]
      : [],
  });
}

export function listCustomers(
  scope: ListScope,
  filter: CustomerFilter,
  page: PageParameters,
): Promise<Page<Customer>> {
  const partition = scopedPartition(scope, Customers);
  return queryPage<Customer>({ ...partition, filter: customerFilterExpression(filter), ...page });
}

export async function getContact(customerId: string, contactId: string): Promise<Contact | undefined> {
  return getResource<Contact>(Contacts.key({ customerId, id: contactId }));
}

export const contactWrites = (before: Contact | undefined, after: Contact, actorId: string) =>
  changeWrites({ entity: Contacts, key: after, before, after, actor: actorId });

export function listContacts(customerId: string, page: PageParameters) {
  return queryPage<Contact>({
    partition: { attribute: 'pk', value: Customers.key({ id: customerId }).pk },
    sortKeyPrefix: { attribute: 'sk', value: Contacts.skPrefix },
    ...page,
  });
}

/** Sort keys use UTC so the order is the order in time, whatever offset the client sent. */
const utc = (isoWithOffset: string) => new Date(isoWithOffset).toISOString();

/** A communication record, with the event that moves the customer's last contact forward. */
export function interactionWrites(interaction: Interaction): TransactItem[] {
  const occurredAt = utc(interaction.occurredAt);
  return changeWrites({
    entity: Interactions,
    key: { customerId: interaction.customerId, occurredAt, id: interaction.id },
    before: undefined,
    after: interaction,
    actor: interaction.recordedBy,
    events: [
      causes(
        interactionRecorded,
        {
          customerId: interaction.customerId,
          interactionId: interaction.id,
          channel: interaction.channel,
          occurredAt,
        },
        { type: 'customer', id: interaction.customerId },
      ),
    ],
  });
}

/**
 * A communication record made by someone, with what it does to follow-ups: it keeps the customer's
 * open ones planned earlier, and plans its own (`nextFollowUp`) for the customer's rep.
 */
export async function recordInteractionWrites(
  interaction: Interaction,
  customer: Pick<Customer, 'id' | 'name' | 'ownerId'>,
  zone: string,
): Promise<TransactItem[]> {
  const open = await openFollowUpsOf(customer.id);
  const kept = keptFollowUps(open, interaction, zone);
  const planned = plannedFollowUp(interaction, customer);
  const before = new Map(open.map((followUp) => [followUp.id, followUp]));
  return [
    ...interactionWrites(interaction),
    ...kept.flatMap((after) => followUpWrites(before.get(after.id), after, interaction.recordedBy)),
    ...(planned ? followUpWrites(undefined, planned, interaction.recordedBy) : []),
  ];
}

/** A follow-up, new or changed (conditional on the version read). */
export const followUpWrites = (before: FollowUp | undefined, after: FollowUp, actorId: string) =>
  changeWrites({ entity: FollowUps, key: after, before, after, actor: actorId });

/** A customer's open follow-ups (a handful: one per record that planned one and was not kept yet). */
export async function openFollowUpsOf(customerId: string): Promise<FollowUp[]> {
  const { items } = await query({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    FilterExpression: '#status = :open',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: {
      ':pk': Customers.key({ id: customerId }).pk,
      ':prefix': FollowUps.skPrefix,
      ':open': 'open',
    },
  });
  return items.map((item) => toResource<FollowUp>(item));
}

/** One rep's open follow-ups due on or before a day: the digest's reminders and missed ones. */
export const openFollowUpsDueBy = (ownerId: string, day: string): Promise<FollowUp[]> =>
  collectAll((page) => listFollowUps({ ownerId }, { status: 'open', dueBefore: addDays(day, 1) }, page));

/** One rep's follow-ups, or the department's, by status and day (oldest day first). */
export function listFollowUps(scope: ListScope, filter: FollowUpFilter, page: PageParameters) {
  const partition = scopedPartition(scope, FollowUps);
  return queryPage<FollowUp>({
    ...partition,
    sortKeyPrefix: filter.status ? { attribute: partition.sortKey, value: `${filter.status}#` } : undefined,
    filter: filter.dueBefore
      ? { expression: 'dueOn < :dueBefore', names: {}, values: { ':dueBefore': filter.dueBefore } }
      : undefined,
    ...page,
  });
}

export function listInteractions(customerId: string, page: PageParameters) {
  return queryPage<Interaction>({
    partition: { attribute: 'pk', value: Customers.key({ id: customerId }).pk },
    sortKeyPrefix: { attribute: 'sk', value: Interactions.skPrefix },
    newestFirst: true,
    ...page,
  });
}

/**
 * Repairs the customer's last contact from its records (the revisit planner finds it behind when
 * a record's event has not been counted yet): an earlier contact never overwrites a later one.
 */
export async function recordLastContact(customerId: string, occurredAt: string): Promise<void> {
  const at = utc(occurredAt);
  await updateIf(CustomerStatistics.key({ customerId }), {
    expression: 'SET lastInteractionAt = :at, entityType = :type',
    condition: 'attribute_not_exists(lastInteractionAt) OR lastInteractionAt < :at',
    values: { ':at': at, ':type': CustomerStatistics.type },
  });
}

/**
 * Moves the last contact forward, unless a later one is already counted (then a refusal; the
 * caller reads again). An update, so the purchase counters beside it stay as they are.
 */
export function lastContactWrite(customerId: string, occurredAtUtc: string): TransactItem {
  return {
    name: 'customerStats',
    Update: {
      TableName: tableName(),
      Key: CustomerStatistics.key({ customerId }),
      UpdateExpression: 'SET lastInteractionAt = :at, entityType = :type',
      ConditionExpression: 'attribute_not_exists(lastInteractionAt) OR lastInteractionAt < :at',
      ExpressionAttributeValues: { ':at': occurredAtUtc, ':type': CustomerStatistics.type },
    },
  };
}

/**
 * Counts a purchase in its month's buckets (ADD, so concurrent purchases never lose a count). With
 * `asFirst`, also makes it the first purchase unless an earlier one is known (the condition refuses
 * then): history is often imported out of order.
 */
export function purchaseCountWrite(
  customerId: string,
  purchase: { date: string; amount: number; buckets: { amount: string; count: string } },
  asFirst: boolean,
): TransactItem {
  return {
    name: 'customerStats',
    Update: {
      TableName: tableName(),
      Key: CustomerStatistics.key({ customerId }),
      // The first purchase's month and day index the customer for its cooperation anniversary.
      UpdateExpression: asFirst
        ? 'ADD #amount :amount, #count :one SET entityType = :type, firstPurchaseOn = :date, customerId = :customer, gsi1pk = :anniversary, gsi1sk = :customer'
        : 'ADD #amount :amount, #count :one SET entityType = :type, firstPurchaseOn = if_not_exists(firstPurchaseOn, :date), customerId = :customer, gsi1pk = if_not_exists(gsi1pk, :anniversary), gsi1sk = :customer',
      ...(asFirst
        ? { ConditionExpression: 'attribute_not_exists(firstPurchaseOn) OR firstPurchaseOn > :date' }
        : {}),
      ExpressionAttributeNames: { '#amount': purchase.buckets.amount, '#count': purchase.buckets.count },
      ExpressionAttributeValues: {
        ':amount': purchase.amount,
        ':one': 1,
        ':type': CustomerStatistics.type,
        ':date': purchase.date,
        ':anniversary': CustomerStatistics.indexPartition('gsi1', { monthDay: purchase.date.slice(5, 10) }),
        ':customer': customerId,
      },
    },
  };
}

/** The department's customers, one page at a time: what the nightly jobs walk through. */
export const departmentCustomers = (page: PageParameters): Promise<Page<Customer>> =>
  listCustomers('department', {}, page);

/** The statistics of customers (purchases, first purchase, last contact), by customer id. */
export async function customerStatistics(
  customerIds: string[],
): Promise<Map<string, Record<string, unknown>>> {
  const customerOf = new Map(customerIds.map((id) => [CustomerStatistics.partition({ customerId: id }), id]));
  const items = await batchGetItems(customerIds.map((customerId) => CustomerStatistics.key({ customerId })));
  return new Map(items.map((item) => [customerOf.get(String(item.pk))!, item]));
}

/** The newest communication record of a customer, by time of contact. */
export async function latestInteractionAt(customerId: string): Promise<string | undefined> {
  const { items } = await query({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': Interactions.partition({ customerId }),
      ':prefix': Interactions.skPrefix,
    },
    ScanIndexForward: false,
    Limit: 1,
  });
  const sk = items[0]?.sk as string | undefined;
  return sk?.slice(Interactions.skPrefix.length).split('#')[0];
}

/** Contacts whose birthday (`MM-DD`) is that day, for greetings (a sparse index). */
export const contactsWithBirthday = (monthDay: string) => (page: PageParameters) =>
  queryPage<Contact>({
    index: 'gsi1',
    partition: { attribute: 'gsi1pk', value: Contacts.indexPartition('gsi1', { birthday: monthDay }) },
    ...page,
  });

/** Customers whose first purchase fell on this month and day (MM-DD), with its date. */
export const customersWithAnniversary = (monthDay: string) => (page: PageParameters) =>
  queryPage<{ customerId: string; firstPurchaseOn: string }>({
    index: 'gsi1',
    partition: { attribute: 'gsi1pk', value: CustomerStatistics.indexPartition('gsi1', { monthDay }) },
    ...page,
  });

/** Every contact of the department, for holiday greetings. */
export const allContacts = (page: PageParameters) =>
  queryPage<Contact>({
    index: 'gsi2',
    partition: { attribute: 'gsi2pk', value: Contacts.indexPartition('gsi2', {}) },
    ...page,
  });

/**
 * The customer's class, set by classification in its own transaction (the customers domain says how
 * its item changes): only an existing customer, and its version moves on.
 */
export function classWrite(customerId: string, customerClass: string | null, at: string): TransactItem {
  return {
    name: 'customer',
    Update: {
      TableName: tableName(),
      Key: Customers.key({ id: customerId }),
      UpdateExpression: 'SET #class = :class, updatedAt = :at ADD version :one',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#class': 'class' },
      ExpressionAttributeValues: { ':class': customerClass, ':at': at, ':one': 1 },
    },
  };
}

/** A rep's first A customers (the key customers whose contacts rate the rep, R-4.3). */
export const keyCustomersOf = async (ownerId: string, limit: number) =>
  (await listCustomers({ ownerId }, { class: 'A' }, { limit })).items;
