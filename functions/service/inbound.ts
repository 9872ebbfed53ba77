import { createHash } from 'node:crypto';
import { type ParsedMail, simpleParser } from 'mailparser';
import * as z from 'zod/mini';
import { type Caused, causes, changeWrites, commitChange } from '#shared/change.ts';
import { newId, nextVersion, nowIso } from '#shared/clock.ts';
import { conflict } from '#shared/domain-errors.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { collectAll, getResource, pageParameters, queryPage } from '#shared/listing.ts';
import { validationProblem } from '#shared/problem.ts';
import { found, resourceReply } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { storeObject } from '#shared/storage.ts';
import { commit, putNew, TransactionCancelled } from '#shared/transaction.ts';
import { allContacts, getContact, getCustomer } from '../customers/public.ts';
import { attachmentParams, attachmentReply } from './attachments.ts';
import { InboundMailClaims, InboundMessages } from './entities.ts';
import { complaintLogged } from './events.ts';
import {
  ATTACHMENT_PREFIX,
  type InboundMessage,
  inboundDismissal,
  inboundFiling,
  inboundListQuery,
  MOST_ATTACHMENT_BYTES,
  MOST_ATTACHMENTS,
} from './inbound-model.ts';
import type { Attachment, Complaint, Severity } from './model.ts';
import { answerDeadline, newComplaintRecord } from './rules.ts';
import { serviceSettings } from './settings.ts';
import { complaintWrites } from './store.ts';

/**
 * The complaint channel by email: customers write to the department's service address
 * (SES inbound on AWS; `npm run inbound` locally). A message from a contact's address becomes a
 * complaint of that contact's customer, owned by its rep and due like any other, answered in the
 * contact's language through the complaint's own steps; a message from an unknown or ambiguous
 * address waits in the queue, where sales admin files it for a customer or dismisses it.
 */
const QUEUE_ROLES = ['sales_admin', 'sales_manager'] as const;
/** The actor of what the channel itself records. */
const CHANNEL = 'inbound-mail';
/** What a complaint from an email asks, where the message itself is the request. */
export const SEE_THE_MESSAGE = '见邮件 / see the message';

const inboundWrites = (
  before: InboundMessage | undefined,
  after: InboundMessage,
  actor: string,
  events: Caused[] = [],
) => changeWrites({ entity: InboundMessages, key: after, before, after, actor, events });

/** Text as a complaint keeps it: printable, trimmed, within its bound. */
export const clean = (value: string, max: number) =>
  [...value.replace(/\r\n?/g, '\n').replace(/[^\P{C}\n\t]/gu, '')].join('').trim().slice(0, max);

/** The contact this address belongs to, if exactly one has it (case aside). */
async function contactByAddress(address: string) {
  const wanted = address.toLowerCase();
  const contacts = await collectAll((page) => allContacts(page));
  const matches = contacts.filter((contact) => contact.email?.toLowerCase() === wanted);
  return matches.length === 1 ? matches[0] : undefined;
}

/** A complaint from a message, of a contact of a customer, logged by `actor`. */
export async function complaintFrom(
  message: Pick<InboundMessage, 'subject' | 'text' | 'attachments'>,
  contact: { customerId: string; id: string },
  severity: Severity,
  request: string,
  actor: string,
): Promise<{ complaint: Complaint; logged: Caused }> {
  const customer = found(await getCustomer(contact.customerId), `Customer ${contact.customerId}`);
  const at = nowIso();
  const complaint = newComplaintRecord(
    {
      id: newId(),
      customerId: customer.id,
      ownerId: customer.ownerId,
      contactId: contact.id,
      severity,
      content: clean(`${message.subject}\n\n${message.text}`, 4000),
      request,
    },
    answerDeadline(at, customer.class, severity, serviceSettings()),
    actor,
    at,
  );
  if (message.attachments?.length) complaint.attachments = message.attachments;
  const logged = causes(complaintLogged, {
    complaintId: complaint.id,
    customerId: complaint.customerId,
    ownerId: complaint.ownerId,
    severity: complaint.severity,
    answerDueAt: complaint.answerDueAt,
  });
  return { complaint, logged };
}

/**
 * Keeps an email's files (not its inline images, which belong to its HTML) under keys made from
 * the email's digest, before the message is recorded: a redelivery writes the same objects again,
 * and a failure here fails the invocation, which Lambda retries.
 */
async function keepAttachments(
  mail: ParsedMail,
  digest: string,
): Promise<{ attachments: Attachment[]; skipped: string[] }> {
  const attachments: Attachment[] = [];
  const skipped: string[] = [];
  const files = mail.attachments.filter((file) => file.contentDisposition !== 'inline' || !file.related);
  for (const [index, file] of files.entries()) {
    const name = clean(file.filename ?? '', 200) || `attachment-${index + 1}`;
    if (attachments.length >= MOST_ATTACHMENTS || file.size > MOST_ATTACHMENT_BYTES) {
      skipped.push(name);
      continue;
    }
    const key = `${ATTACHMENT_PREFIX}/${digest}/${index + 1}`;
    const contentType = clean(file.contentType || 'application/octet-stream', 200);
    await storeObject(key, file.content, contentType);
    attachments.push({ name, contentType, size: file.content.length, key });
  }
  return { attachments, skipped };
}

/**
 * Takes one received email (RFC 5322 as SES stores it), once per Message-ID however often it is
 * delivered: a complaint when it comes from a contact, else a message in the queue.
 */
export async function receiveInbound(
  raw: string | Buffer,
): Promise<{ outcome: 'complaint' | 'queued' | 'repeated'; messageId: string; complaintId?: string }> {
  const mail = await simpleParser(raw);
  const sender = mail.from?.value[0];
  const digest = createHash('sha256')
    .update(mail.messageId ?? raw)
    .digest('hex');
  const at = nowIso();
  const { attachments, skipped } = await keepAttachments(mail, digest);
  const message: InboundMessage = {
    id: newId(),
    from: (sender?.address ?? '').toLowerCase().slice(0, 254),
    ...(sender?.name ? { fromName: clean(sender.name, 200) } : {}),
    subject: clean(mail.subject ?? '', 200) || '(no subject)',
    text: clean(mail.text ?? '', 4000),
    ...(attachments.length > 0 ? { attachments } : {}),
    ...(skipped.length > 0 ? { skippedAttachments: skipped } : {}),
    receivedAt: at,
    status: 'open',
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  const contact = message.from ? await contactByAddress(message.from) : undefined;
  const filed = contact
    ? await complaintFrom(
        message,
        contact,
        'medium',
        clean(message.subject, 2000) || SEE_THE_MESSAGE,
        CHANNEL,
      )
    : undefined;
  const recorded: InboundMessage = filed
    ? {
        ...message,
        status: 'filed',
        customerId: contact!.customerId,
        contactId: contact!.id,
        complaintId: filed.complaint.id,
      }
    : message;
  try {
    await commit([
      { ...putNew(InboundMailClaims.item({ digest }, { messageId: recorded.id })), name: 'inboundMailClaim' },
      ...inboundWrites(undefined, recorded, CHANNEL),
      ...(filed ? complaintWrites(undefined, filed.complaint, CHANNEL, { events: [filed.logged] }) : []),
    ]);
  } catch (error) {
    if (error instanceof TransactionCancelled && error.failedCondition('inboundMailClaim'))
      return { outcome: 'repeated', messageId: recorded.id };
    throw error;
  }
  return filed
    ? { outcome: 'complaint', messageId: recorded.id, complaintId: filed.complaint.id }
    : { outcome: 'queued', messageId: recorded.id };
}

const getMessage = (id: string, consistent = false) =>
  getResource<InboundMessage>(InboundMessages.key({ id }), consistent);

const openMessage = async (id: string) => {
  const message = found(await getMessage(id, true), `Message ${id}`);
  if (message.status !== 'open') throw conflict(`Message ${id} was ${message.status} already.`);
  return message;
};

const list = defineOperation({
  operationId: 'listInboundMessages',
  method: 'GET',
  path: '/inbound-messages',
  auth: 'jwt',
  roles: QUEUE_ROLES,
  query: z.strictObject({ ...pageParameters, ...inboundListQuery.def.shape }),
  async handle({ query }) {
    const { status, ...page } = query;
    const messages = await queryPage<InboundMessage>({
      index: 'gsi1',
      partition: {
        attribute: 'gsi1pk',
        value: InboundMessages.indexPartition('gsi1', { status: status ?? 'open' }),
      },
      ...page,
    });
    return { status: 200, body: messages };
  },
});

const read = defineOperation({
  operationId: 'getInboundMessage',
  method: 'GET',
  path: '/inbound-messages/{id}',
  auth: 'jwt',
  roles: QUEUE_ROLES,
  params: idParams,
  async handle({ params }) {
    return resourceReply(found(await getMessage(params.id), `Message ${params.id}`));
  },
});

const download = defineOperation({
  operationId: 'getInboundMessageAttachment',
  method: 'GET',
  path: '/inbound-messages/{id}/attachments/{number}',
  auth: 'jwt',
  roles: QUEUE_ROLES,
  params: attachmentParams,
  async handle({ params }) {
    const message = found(await getMessage(params.id), `Message ${params.id}`);
    return attachmentReply(message.attachments, params.number, `Message ${params.id}`);
  },
});

const file = defineOperation({
  operationId: 'fileInboundMessage',
  method: 'POST',
  path: '/inbound-messages/{id}/file',
  auth: 'jwt',
  roles: QUEUE_ROLES,
  params: idParams,
  body: inboundFiling,
  async handle({ caller, params, body }) {
    const message = await openMessage(params.id);
    const contact = await getContact(body.customerId, body.contactId);
    if (!contact)
      throw validationProblem([{ in: 'body', path: 'contactId', message: 'Not a contact of this customer' }]);
    const { complaint, logged } = await complaintFrom(
      message,
      { customerId: body.customerId, id: contact.id },
      body.severity,
      body.request ?? (clean(message.subject, 2000) || SEE_THE_MESSAGE),
      caller.id,
    );
    const after = nextVersion<InboundMessage>({
      ...message,
      status: 'filed',
      customerId: body.customerId,
      contactId: contact.id,
      complaintId: complaint.id,
      handledBy: caller.id,
    });
    await commitChange([
      ...inboundWrites(message, after, caller.id),
      ...complaintWrites(undefined, complaint, caller.id, { events: [logged] }),
    ]);
    return resourceReply(after);
  },
});

const dismiss = defineOperation({
  operationId: 'dismissInboundMessage',
  method: 'POST',
  path: '/inbound-messages/{id}/dismiss',
  auth: 'jwt',
  roles: QUEUE_ROLES,
  params: idParams,
  body: inboundDismissal,
  async handle({ caller, params, body }) {
    const message = await openMessage(params.id);
    const after = nextVersion<InboundMessage>({
      ...message,
      status: 'dismissed',
      dismissal: body.reason,
      handledBy: caller.id,
    });
    await commitChange(inboundWrites(message, after, caller.id));
    return resourceReply(after);
  },
});

export const inboundOperations: readonly Operation[] = [list, read, download, file, dismiss];
