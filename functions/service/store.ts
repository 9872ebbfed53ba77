import { changeWrites, type ChangeExtras } from '#shared/change.ts';
import { query, tableName } from '#shared/db.ts';
import { renewLink, useLink } from '#shared/link-pages.ts';
import { searchFilter, searchText, withoutSearchText } from '#shared/search.ts';
import { cursorFields, encodeCursor, invalidCursor } from '#shared/cursor.ts';
import {
  collectAll,
  type Page,
  type PageParameters,
  getResource,
  queryPage,
  toResource,
} from '#shared/listing.ts';
import { monthOfInstant } from '#shared/calendar.ts';
import { named, type TransactItem } from '#shared/transaction.ts';
import {
  AppreciationEvents,
  ComplaintCauseCounts,
  Complaints,
  Invitations,
  KnowledgeEntries,
  ProblemCounts,
  RatingLinks,
  ServiceLinks,
  Tickets,
} from './entities.ts';
import { SERVICE_DEPARTMENTS } from './model.ts';
import type {
  AppreciationEvent,
  Complaint,
  ComplaintCause,
  Invitation,
  KnowledgeEntry,
  ServiceDepartment,
  Ticket,
  TicketCategory,
} from './model.ts';

export async function getComplaint(id: string): Promise<Complaint | undefined> {
  return getResource<Complaint>(Complaints.key({ id }));
}

/** A complaint's change, with the events it causes. */
export const complaintWrites = (
  before: Complaint | undefined,
  after: Complaint,
  actorId: string,
  also: ChangeExtras = {},
) => changeWrites({ entity: Complaints, key: after, before, after, actor: actorId, ...also });

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

export async function getTicket(id: string, consistent = false): Promise<Ticket | undefined> {
  return getResource<Ticket>(Tickets.key({ id }), consistent);
}

/** A ticket's change, with the events it causes and what it writes with it. */
export const ticketWrites = (
  before: Ticket | undefined,
  after: Ticket,
  actorId: string,
  also: ChangeExtras = {},
) => changeWrites({ entity: Tickets, key: after, before, after, actor: actorId, ...also });

/** Counts a new ticket in its month's problems by product and category (for the monthly summary). */
export function problemCountWrite(month: string, product: string, category: TicketCategory): TransactItem {
  return {
    Update: {
      TableName: tableName(),
      Key: ProblemCounts.key({ month, product, category }),
      UpdateExpression:
        'SET entityType = :type, #month = :month, product = :product, category = :category ADD #count :one',
      ExpressionAttributeNames: { '#month': 'month', '#count': 'count' },
      ExpressionAttributeValues: {
        ':type': ProblemCounts.type,
        ':month': month,
        ':product': product,
        ':category': category,
        ':one': 1,
      },
    },
  };
}

export const monthProblems = (month: string, page: PageParameters) =>
  queryPage<{ month: string; product: string; category: TicketCategory; count: number }>({
    partition: { attribute: 'pk', value: ProblemCounts.partition({ month }) },
    ...page,
  });

/** A customer's tickets, newest first. */
export const customerTickets = (customerId: string, page: PageParameters) =>
  queryPage<Ticket>({
    index: 'gsi1',
    partition: { attribute: 'gsi1pk', value: Tickets.indexPartition('gsi1', { customerId }) },
    newestFirst: true,
    ...page,
  });

/** A department's tickets in a status, the nearest resolution deadline first. */
export const departmentTickets = (
  department: ServiceDepartment,
  status: Ticket['status'],
  page: PageParameters,
) =>
  queryPage<Ticket>({
    index: 'gsi2',
    partition: { attribute: 'gsi2pk', value: Tickets.indexPartition('gsi2', { department }) },
    sortKeyPrefix: { attribute: 'gsi2sk', value: `${status}#` },
    ...page,
  });

/**
 * Every department's queue, one after the other (for those who see every ticket): a page may span
 * queues, and its cursor names the queue it continues in and where.
 */
export async function allTickets(status: Ticket['status'], page: PageParameters): Promise<Page<Ticket>> {
  const start = page.cursor === undefined ? { department: SERVICE_DEPARTMENTS[0] } : queueCursor(page.cursor);
  const items: Ticket[] = [];
  let inner = start.after;
  for (
    let index = SERVICE_DEPARTMENTS.indexOf(start.department);
    index < SERVICE_DEPARTMENTS.length;
    index++
  ) {
    const department = SERVICE_DEPARTMENTS[index]!;
    const queue = await departmentTickets(department, status, {
      limit: page.limit - items.length,
      cursor: inner,
    });
    items.push(...queue.items);
    inner = undefined;
    if (queue.nextCursor)
      return { items, nextCursor: encodeQueueCursor({ department, after: queue.nextCursor }) };
    const next = SERVICE_DEPARTMENTS[index + 1];
    if (items.length >= page.limit)
      return { items, ...(next ? { nextCursor: encodeQueueCursor({ department: next }) } : {}) };
  }
  return { items };
}

interface QueueCursor {
  department: ServiceDepartment;
  after?: string;
}
const encodeQueueCursor = ({ department, after }: QueueCursor) =>
  encodeCursor({ department, ...(after ? { after } : {}) })!;
/** A queue cursor: the department it continues in and, within it, that queue's own cursor. */
function queueCursor(cursor: string): QueueCursor {
  const { department, after, ...other } = cursorFields(cursor);
  if (!SERVICE_DEPARTMENTS.includes(department as ServiceDepartment) || Object.keys(other).length > 0)
    throw invalidCursor();
  return { department: department as ServiceDepartment, ...(after ? { after } : {}) };
}

export interface RatingLink {
  ticketId: string;
  contactId: string;
  language: 'zh-CN' | 'en';
  tokenHash: string;
  validUntil: string;
  usedAt?: string;
}

export const ratingLinkWrite = (link: RatingLink): TransactItem => ({
  Put: { TableName: tableName(), Item: RatingLinks.item(link, link) },
});

export const getRatingLink = (ticketId: string) =>
  getResource<RatingLink>(RatingLinks.key({ ticketId }), true);

/** Uses the link once, in the rating's transaction: the first answer wins. */
export const useRatingLink = (link: RatingLink, at: string): TransactItem =>
  useLink('ratingLink', RatingLinks.key({ ticketId: link.ticketId }), link.tokenHash, at);

/** The entry with its words in lower case, which the search filter reads. */
export const knowledgeWrite = (entry: KnowledgeEntry): TransactItem => ({
  Put: {
    TableName: tableName(),
    Item: KnowledgeEntries.item(entry, {
      ...entry,
      ...searchText([entry.problem, entry.cause, entry.solution]),
    }),
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

export async function getKnowledgeEntry(id: string): Promise<KnowledgeEntry | undefined> {
  const entry = await getResource<KnowledgeEntry>(KnowledgeEntries.key({ id }));
  return entry && withoutSearchText(entry);
}

/** Entries newest first, of one product or all, with every word (lower case) in their text. */
export async function searchKnowledge(
  product: string | undefined,
  words: readonly string[],
  page: PageParameters,
) {
  const partition = product
    ? {
        index: 'gsi1' as const,
        attribute: 'gsi1pk',
        value: KnowledgeEntries.indexPartition('gsi1', { product }),
      }
    : { index: 'gsi2' as const, attribute: 'gsi2pk', value: KnowledgeEntries.indexPartition('gsi2', {}) };
  const found = await queryPage<KnowledgeEntry>({
    index: partition.index,
    partition: { attribute: partition.attribute, value: partition.value },
    newestFirst: true,
    ...searchFilter(words),
    ...page,
  });
  return { ...found, items: found.items.map((entry) => withoutSearchText(entry)) };
}

export const appreciationEventWrites = (event: AppreciationEvent) =>
  changeWrites({
    entity: AppreciationEvents,
    key: event,
    before: undefined,
    after: event,
    actor: event.createdBy,
  });

/** An invitation's link: the token's digest and expiry (never shown), when it was used. */
export interface InvitationLink {
  tokenHash: string;
  validUntil: string;
  usedAt?: string;
}

type StoredInvitation = Invitation & Partial<InvitationLink>;

const withoutLink = ({
  tokenHash: _hash,
  validUntil: _validUntil,
  usedAt: _used,
  ...invitation
}: StoredInvitation) => invitation as Invitation;

/** An event with its invitations (one Query); the invitations' links stay inside. */
export async function getAppreciationFile(
  id: string,
): Promise<{ event: AppreciationEvent; invitations: Invitation[] } | undefined> {
  const { items } = await query({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': AppreciationEvents.partition({ id }) },
  });
  const event = items.find((item) => item.entityType === AppreciationEvents.type);
  if (!event) return undefined;
  return {
    event: toResource<AppreciationEvent>(event),
    invitations: items
      .filter((item) => item.entityType === Invitations.type)
      .map((item) => withoutLink(toResource<StoredInvitation>(item))),
  };
}

export const appreciationEvents = (page: PageParameters) =>
  queryPage<AppreciationEvent>({
    index: 'gsi2',
    partition: { attribute: 'gsi2pk', value: AppreciationEvents.indexPartition('gsi2', {}) },
    newestFirst: true,
    ...page,
  });

/** A new invitation: one per customer and event. */
export const invitationWrite = (invitation: Invitation): TransactItem =>
  named(`invitation-${invitation.customerId}`, {
    Put: {
      TableName: tableName(),
      Item: Invitations.item(invitation, invitation),
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  });

export async function getInvitation(
  eventId: string,
  customerId: string,
): Promise<(Invitation & Partial<InvitationLink>) | undefined> {
  return getResource<StoredInvitation>(Invitations.key({ eventId, customerId }), true);
}

/** A fresh link for the invitation (a redelivery's new token replaces the old one). */
export const invitationLinkWrite = (
  eventId: string,
  customerId: string,
  link: InvitationLink,
): TransactItem => renewLink(Invitations.key({ eventId, customerId }), link.tokenHash, link.validUntil);

/** The answer, with the link used in the same write: the first answer wins. */
export const answerInvitationWrite = (
  invitation: Invitation & InvitationLink,
  answer: 'accepted' | 'declined',
  at: string,
): TransactItem =>
  useLink('invitationLink', Invitations.key(invitation), invitation.tokenHash, at, {
    answeredAt: at,
    status: answer,
  });

export interface ServiceLink {
  orderId: string;
  customerId: string;
  contactId: string;
  language: 'zh-CN' | 'en';
  tokenHash: string;
  validUntil: string;
  usedAt?: string;
}

/** A fresh link (a new token; unused), replacing the order's earlier one. */
export const serviceLinkWrite = (link: ServiceLink): TransactItem => ({
  Put: { TableName: tableName(), Item: ServiceLinks.item(link, link) },
});

export const getServiceLink = (orderId: string) =>
  getResource<ServiceLink>(ServiceLinks.key({ orderId }), true);

/** Uses the link once, in the report's transaction: of two reports, one wins. */
export const useServiceLink = (link: ServiceLink, at: string): TransactItem =>
  useLink('serviceLink', ServiceLinks.key({ orderId: link.orderId }), link.tokenHash, at);

/** A solved complaint's cause, counted in its month (the product `-` when none is named). */
export function complaintCauseWrite(complaint: Complaint): TransactItem {
  const month = monthOfInstant(complaint.solvedAt!);
  const product = complaint.product ?? '-';
  return {
    Update: {
      TableName: tableName(),
      Key: ComplaintCauseCounts.key({ month, cause: complaint.cause!, product }),
      UpdateExpression:
        'SET entityType = :type, #month = :month, cause = :cause, product = :product, rootCause = :rootCause, correctiveAction = :action, complaintId = :id ADD solved :one',
      ExpressionAttributeNames: { '#month': 'month' },
      ExpressionAttributeValues: {
        ':type': ComplaintCauseCounts.type,
        ':month': month,
        ':cause': complaint.cause!,
        ':product': product,
        ':rootCause': complaint.rootCause!,
        ':action': complaint.correctiveAction!,
        ':id': complaint.id,
        ':one': 1,
      },
    },
  };
}

export interface ComplaintCauseCount {
  month: string;
  cause: ComplaintCause;
  product: string;
  solved: number;
  rootCause: string;
  correctiveAction: string;
  complaintId: string;
}

/** A month's solved complaints by cause and product (one partition; a few dozen items at most). */
export const monthComplaintCauses = (month: string) =>
  collectAll((page) =>
    queryPage<ComplaintCauseCount>({
      partition: { attribute: 'pk', value: ComplaintCauseCounts.partition({ month }) },
      ...page,
    }),
  );

/**
 * The latest known solution of a problem (a product's entries, newest first, of one category): what
 * the summary of common problems shows beside it. Reads the product's newest fifty entries.
 */
export async function latestSolution(
  product: string,
  category: TicketCategory,
): Promise<KnowledgeEntry | undefined> {
  const { items } = await searchKnowledge(product, [], { limit: 50 });
  return items.find((entry) => entry.category === category);
}
