import * as z from 'zod/mini';
import { newId, nowIso } from '#shared/clock.ts';
import { escapeHtml, linkPage } from '#shared/html.ts';
import type { Operation, Reply } from '#shared/http.ts';
import {
  customerLinkPages,
  type LinkLanguage,
  linkFormRoute,
  linkPageRoutes,
  linkTokenField,
} from '#shared/link-pages.ts';
import { text } from '#shared/schemas.ts';
import { getContact, getContactLink, getCustomer, useContactLink } from '../customers/public.ts';
import { clean, complaintFrom, SEE_THE_MESSAGE } from './inbound.ts';
import { SEVERITIES } from './model.ts';
import { serviceSettings } from './settings.ts';
import { complaintWrites } from './store.ts';
import { newTicketRecord, ticketDeadlines } from './ticket-rules.ts';
import { openTicketWrites } from './tickets.ts';

/**
 * The page behind the "write to us" link at the foot of every email to a customer's contact (see
 * customers/contact-links.ts): the contact says whether it is a complaint or a service request,
 * how urgent, and what happened. A complaint is filed like one from the service address (the
 * contact's customer, its rep, due by class and severity); a service request opens a ticket like
 * one recorded by staff (source `customer-link`). Either is answered in the contact's language.
 */
const KINDS = ['complaint', 'service'] as const;

const WORDS = {
  en: {
    heading: 'Write to us',
    kind: 'What is it about?',
    kinds: { complaint: 'A complaint', service: 'A service request (a problem with a product)' },
    severity: 'How urgent is it?',
    severities: {
      critical: 'Production has stopped',
      high: 'Production is impaired',
      medium: 'It needs attention soon',
      low: 'It can wait',
    },
    message: 'Your message',
    request: 'What would you like us to do? (optional)',
    send: 'Send',
    thanks: {
      complaint: 'Thank you: your complaint is recorded, and we will answer you by email.',
      service: 'Thank you: your request is recorded and our service team will contact you.',
    },
    link: 'Write-to-us link',
  },
  'zh-CN': {
    heading: '给我们留言',
    kind: '留言类型',
    kinds: { complaint: '投诉', service: '售后服务请求（产品问题）' },
    severity: '紧急程度',
    severities: { critical: '已停产', high: '影响生产', medium: '需尽快处理', low: '不急' },
    message: '留言内容',
    request: '您希望我们如何处理？（选填）',
    send: '提交',
    thanks: {
      complaint: '谢谢，已记录您的投诉，我们将通过邮件答复您。',
      service: '谢谢，已记录您的服务请求，售后服务人员将与您联系。',
    },
    link: '留言链接',
  },
} as const;

const pages = customerLinkPages(WORDS, {
  en: 'This link has been used. Every email we send you carries a new one.',
  'zh-CN': '该链接已使用。我们发给您的每封邮件都附有新的留言链接。',
});

/** The link, its contact and its customer, or the page saying why it cannot act. */
async function openLink(id: string, token: string | undefined) {
  const { link, page } = await pages.open(id, token, getContactLink);
  if (page) return { page };
  const [customer, contact] = await Promise.all([
    getCustomer(link.customerId),
    getContact(link.customerId, link.contactId),
  ]);
  if (!customer || !contact) return { page: pages.unusable('invalid', link.language) };
  return { link, customer, contact };
}

function writePage(id: string, language: LinkLanguage, token: string): Reply {
  const words = WORDS[language];
  const options = (values: readonly string[], names: Record<string, string>, chosen: string) =>
    values
      .map(
        (value) =>
          `<option value="${value}"${value === chosen ? ' selected' : ''}>${escapeHtml(names[value] ?? value)}</option>`,
      )
      .join('');
  return linkPage(
    200,
    words.heading,
    `<h1>${words.heading}</h1><form method="post" action="/contact-messages/${id}/send">` +
      `<input type="hidden" name="t" value="${escapeHtml(token)}">` +
      `<p><label for="kind">${words.kind}</label><br><select id="kind" name="kind">${options(KINDS, words.kinds, 'complaint')}</select></p>` +
      `<p><label for="severity">${words.severity}</label><br><select id="severity" name="severity">${options(SEVERITIES, words.severities, 'medium')}</select></p>` +
      `<p><label for="message">${words.message}</label><br><textarea id="message" name="message" maxlength="4000" required></textarea></p>` +
      `<p><label for="request">${words.request}</label><br><textarea id="request" name="request" maxlength="2000"></textarea></p>` +
      `<p><button type="submit" id="send">${words.send}</button></p></form>`,
    language,
  );
}

async function showPage(id: string, token: string | undefined): Promise<Reply> {
  const opened = await openLink(id, token);
  if (opened.page) return opened.page;
  return writePage(id, opened.link.language, token!);
}

const messageForm = z.strictObject({
  t: linkTokenField,
  kind: z.enum(KINDS),
  severity: z.enum(SEVERITIES),
  message: text(4000),
  request: z.optional(z.union([z.literal(''), text(2000)])),
});

async function send(id: string, input: z.output<typeof messageForm>): Promise<Reply> {
  const opened = await openLink(id, input.t);
  if (opened.page) return opened.page;
  const { link, customer, contact } = opened;
  const actor = `contact:${contact.id}`;
  const at = nowIso();
  const used = useContactLink(link, at);
  let items;
  if (input.kind === 'complaint') {
    const { complaint, logged } = await complaintFrom(
      { subject: '', text: input.message },
      contact,
      input.severity,
      (input.request && clean(input.request, 2000)) || SEE_THE_MESSAGE,
      actor,
    );
    items = complaintWrites(undefined, complaint, actor, { events: [logged], with: [used] });
  } else {
    const description = [input.message, input.request].filter(Boolean).join('\n\n');
    const ticket = newTicketRecord(
      {
        id: newId(),
        customerId: customer.id,
        ownerId: customer.ownerId,
        contactId: contact.id,
        orderId: undefined,
        product: undefined,
        category: 'other',
        severity: input.severity,
        description: clean(description, 4000),
        source: 'customer-link',
        receiptIssueId: undefined,
      },
      ticketDeadlines(at, customer.class, input.severity, serviceSettings()),
      actor,
      at,
    );
    items = [...openTicketWrites(ticket, actor), used];
  }
  return pages.commitUse(items, link.language, () =>
    pages.done(link.language, WORDS[link.language].thanks[input.kind]),
  );
}

export const contactMessageOperations: readonly Operation[] = [
  ...linkPageRoutes({
    path: '/contact-messages/{id}',
    getOperationId: 'getContactMessagePage',
    headOperationId: 'headContactMessagePage',
    show: showPage,
  }),
  linkFormRoute({
    operationId: 'sendContactMessage',
    path: '/contact-messages/{id}/send',
    pages,
    form: messageForm,
    act: send,
  }),
];
