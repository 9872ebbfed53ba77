import * as z from 'zod/mini';
import { localDate, timeZone } from '#shared/calendar.ts';
import { nowIso, newResource } from '#shared/clock.ts';
import { conflict } from '#shared/domain-errors.ts';
import { recordEvent } from '#shared/events.ts';
import { escapeHtml, linkPage } from '#shared/html.ts';
import { defineOperation, type Operation, type Reply } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import {
  checkLink,
  customerLinkPages,
  type LinkLanguage,
  linkFormRoute,
  linkPageRoutes,
  linkTokenField,
} from '#shared/link-pages.ts';
import { collectWhere, pageParameters } from '#shared/listing.ts';
import { validationProblem } from '#shared/problem.ts';
import { createdReply, found } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { commit, TransactionCancelled } from '#shared/transaction.ts';
import {
  type Contact,
  customerStatistics,
  departmentCustomers,
  getCustomer,
  listContacts,
} from '../customers/public.ts';
import { isLongTermKeyCustomer, fullYearsSince } from './appreciation-rules.ts';
import { guestInvited } from './events.ts';
import {
  type AppreciationEvent,
  type Invitation,
  invitationRequest,
  newAppreciationEvent,
  proposalQuery,
} from './model.ts';
import { serviceSettings } from './settings.ts';
import {
  answerInvitationWrite,
  appreciationEvents,
  appreciationEventWrites,
  getAppreciationFile,
  getInvitation,
  invitationWrite,
} from './store.ts';

/**
 * Appreciation events for long-term key customers: the manager creates one (a product
 * launch, a customer gathering) with its date and place; the system proposes the A customers of at
 * least `appreciationMinYears` years; invitations are emailed to each customer's contact in their
 * language, with a single-use link to accept or decline; the event keeps its attendance list.
 */
const ORGANISERS = ['sales_manager', 'sales_admin'] as const;

const create = defineOperation({
  operationId: 'createAppreciationEvent',
  method: 'POST',
  path: '/appreciation-events',
  auth: 'jwt',
  roles: ['sales_manager'],
  body: newAppreciationEvent,
  idempotent: true,
  async handle(request) {
    const { caller, body } = request;
    if (body.date <= localDate(new Date(), timeZone()))
      throw validationProblem([{ in: 'body', path: 'date', message: 'Must be a future day' }]);
    const at = nowIso();
    const event: AppreciationEvent = newResource({ ...body, createdBy: caller.id }, at);
    return createOnce(
      request,
      appreciationEventWrites(event),
      createdReply(`/appreciation-events/${event.id}`, event),
    );
  },
});

const list = defineOperation({
  operationId: 'listAppreciationEvents',
  method: 'GET',
  path: '/appreciation-events',
  auth: 'jwt',
  roles: ORGANISERS,
  query: z.strictObject(pageParameters),
  async handle({ query }) {
    return { status: 200, body: await appreciationEvents(query) };
  },
});

async function eventFile(id: string) {
  return found(await getAppreciationFile(id), `Appreciation event ${id}`);
}

const read = defineOperation({
  operationId: 'getAppreciationEvent',
  method: 'GET',
  path: '/appreciation-events/{id}',
  auth: 'jwt',
  roles: ORGANISERS,
  params: idParams,
  async handle({ params }) {
    const { event, invitations } = await eventFile(params.id);
    const count = (status: Invitation['status']) => invitations.filter((i) => i.status === status).length;
    return {
      status: 200,
      headers: { etag: `"${event.version}"` },
      body: {
        ...event,
        invitations,
        attendance: { invited: invitations.length, accepted: count('accepted'), declined: count('declined') },
      },
    };
  },
});

const proposals = defineOperation({
  operationId: 'proposeAppreciationGuests',
  method: 'GET',
  path: '/appreciation-events/{id}/proposals',
  auth: 'jwt',
  roles: ORGANISERS,
  params: idParams,
  query: proposalQuery,
  async handle({ params, query }) {
    const { invitations } = await eventFile(params.id);
    const minYears = query.minYears ?? serviceSettings().appreciationMinYears;
    const today = localDate(new Date(), timeZone());
    const keyCustomers = await collectWhere(departmentCustomers, (customer) => customer.class === 'A');
    const statistics = await customerStatistics(keyCustomers.map((customer) => customer.id));
    const invited = new Set(invitations.map((invitation) => invitation.customerId));
    const items = keyCustomers.flatMap((customer) => {
      const first = statistics.get(customer.id)?.firstPurchaseOn as string | undefined;
      if (!isLongTermKeyCustomer(customer, first, today, minYears)) return [];
      return [
        {
          customerId: customer.id,
          name: customer.name,
          ownerId: customer.ownerId,
          firstPurchaseOn: first!,
          years: fullYearsSince(first!, today),
          invited: invited.has(customer.id),
        },
      ];
    });
    return { status: 200, body: { minYears, items: items.sort((a, b) => b.years - a.years) } };
  },
});

/** The contact who gets the invitation: the customer's first contact with an email. */
async function invitedContact(customerId: string): Promise<Contact | undefined> {
  const contacts = await collectWhere(
    (page) => listContacts(customerId, page),
    (contact) => !!contact.email,
  );
  return contacts[0];
}

const invite = defineOperation({
  operationId: 'inviteAppreciationGuests',
  method: 'POST',
  path: '/appreciation-events/{id}/invitations',
  auth: 'jwt',
  roles: ['sales_manager'],
  params: idParams,
  body: invitationRequest,
  async handle({ caller, params, body }) {
    const { event, invitations } = await eventFile(params.id);
    if (event.date <= localDate(new Date(), timeZone())) throw conflict(`Event ${event.id} has taken place.`);
    const already = new Set(invitations.map((invitation) => invitation.customerId));
    const wanted = [...new Set(body.customerIds)].filter((id) => !already.has(id));
    const at = nowIso();
    const guests = await Promise.all(
      wanted.map(async (customerId) => {
        const customer = await getCustomer(customerId);
        const contact = customer && (await invitedContact(customerId));
        return { customerId, customer, contact };
      }),
    );
    const errors = guests.flatMap(({ customerId, customer, contact }) =>
      !customer || !contact
        ? [
            {
              in: 'body' as const,
              path: 'customerIds',
              message: `${customerId}: ${customer ? 'no contact with an email' : 'no such customer'}`,
            },
          ]
        : [],
    );
    if (errors.length > 0) throw validationProblem(errors);
    const created: Invitation[] = guests.map(({ customer, contact }) => ({
      eventId: event.id,
      customerId: customer!.id,
      customerName: customer!.name,
      contactId: contact!.id,
      contactName: contact!.name,
      language: contact!.language,
      status: 'invited',
      invitedBy: caller.id,
      invitedAt: at,
    }));
    try {
      if (created.length > 0)
        await commit(
          created.flatMap((invitation) => [
            invitationWrite(invitation),
            recordEvent(guestInvited, {
              subject: { type: 'appreciation-event', id: event.id },
              actor: caller.id,
              at,
              payload: {
                eventId: event.id,
                customerId: invitation.customerId,
                contactId: invitation.contactId,
              },
            }),
          ]),
        );
    } catch (error) {
      // A concurrent request invited one of them first: nothing of this one is written.
      if (error instanceof TransactionCancelled)
        throw conflict('Some of these customers were invited meanwhile; read the event and retry.');
      throw error;
    }
    return {
      status: 200,
      body: {
        invited: created.map((invitation) => invitation.customerId),
        alreadyInvited: body.customerIds.filter((id) => already.has(id)),
      },
    };
  },
});

/** The invitation link: `/invitations/<event id>-<customer id>?t=…`. */
const LINK_ID = /^([0-9A-HJKMNP-TV-Z]{26})-([0-9A-HJKMNP-TV-Z]{26})$/;

const WORDS = {
  en: {
    heading: 'You are invited',
    date: 'Date',
    place: 'Place',
    accept: 'I will attend',
    decline: 'I cannot attend',
    accepted: 'Thank you: we look forward to seeing you.',
    declined: 'Thank you for letting us know.',
    link: 'Invitation link',
  },
  'zh-CN': {
    heading: '诚挚邀请',
    date: '日期',
    place: '地点',
    accept: '我将出席',
    decline: '无法出席',
    accepted: '谢谢，我们期待您的光临。',
    declined: '谢谢您的回复。',
    link: '邀请回复链接',
  },
} as const;

const pages = customerLinkPages(WORDS, {
  en: 'Your answer is recorded. Thank you.',
  'zh-CN': '您的回复已记录，谢谢。',
});

/** The invitation behind a link, when the token opens it; else the page that says why not. */
async function openInvitation(id: string, token: string | undefined, now: Date) {
  const match = LINK_ID.exec(id);
  if (!match) return { page: pages.unusable('invalid') };
  const invitation = await getInvitation(match[1]!, match[2]!);
  const link = invitation?.tokenHash
    ? (invitation as Invitation & { tokenHash: string; validUntil: string })
    : undefined;
  const check = checkLink(link, token, now);
  if (check !== 'ok')
    return { page: pages.unusable(check, check !== 'invalid' ? link?.language : undefined) };
  return { invitation: link! };
}

function invitationPage(event: AppreciationEvent, language: LinkLanguage, id: string, token: string): Reply {
  const words = WORDS[language];
  return linkPage(
    200,
    words.heading,
    `<h1>${words.heading}: ${escapeHtml(event.title)}</h1>` +
      `<p>${words.date}: ${escapeHtml(event.date)}<br>${words.place}: ${escapeHtml(event.place)}</p>` +
      (event.description ? `<p>${escapeHtml(event.description)}</p>` : '') +
      `<form method="post" action="/invitations/${id}/answer"><input type="hidden" name="t" value="${escapeHtml(token)}">` +
      `<p><button type="submit" name="answer" value="accept" id="accept">${words.accept}</button>` +
      `<button type="submit" name="answer" value="decline" id="decline">${words.decline}</button></p></form>`,
    language,
  );
}

async function showInvitation(id: string, token: string | undefined): Promise<Reply> {
  const opened = await openInvitation(id, token, new Date());
  if (opened.page) return opened.page;
  const file = await getAppreciationFile(opened.invitation.eventId);
  if (!file) return pages.unusable('invalid');
  return invitationPage(file.event, opened.invitation.language, id, token!);
}

const answerForm = z.strictObject({
  t: linkTokenField,
  answer: z.enum(['accept', 'decline']),
});

const answer = linkFormRoute({
  operationId: 'answerInvitation',
  path: '/invitations/{id}/answer',
  pages: pages,
  form: answerForm,
  async act(id, input) {
    const opened = await openInvitation(id, input.t, new Date());
    if (opened.page) return opened.page;
    const { invitation } = opened;
    const status = input.answer === 'accept' ? 'accepted' : 'declined';
    return pages.commitUse([answerInvitationWrite(invitation, status, nowIso())], invitation.language, () => {
      const words = WORDS[invitation.language];
      return pages.done(invitation.language, words[status]);
    });
  },
});

export const appreciationOperations: readonly Operation[] = [
  create,
  list,
  read,
  proposals,
  invite,
  ...linkPageRoutes({
    path: '/invitations/{id}',
    getOperationId: 'getInvitationPage',
    headOperationId: 'headInvitationPage',
    show: showInvitation,
  }),
  answer,
];
