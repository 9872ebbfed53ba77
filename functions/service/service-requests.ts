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
import { getCustomer } from '../customers/public.ts';
import { getOrder } from '../orders/public.ts';
import { SEVERITIES } from './model.ts';
import { serviceSettings } from './settings.ts';
import { newTicketRecord, ticketDeadlines } from './ticket-rules.ts';
import { openTicketWrites } from './tickets.ts';
import { getServiceLink, useServiceLink } from './store.ts';

/**
 * The customer contact's problem-report link (R-2.6.1), emailed when an order completes: the page
 * offers the order's products and asks what is wrong; posting it opens a service ticket like one
 * recorded by staff (source `customer-link`, the contact as its contact). Like every emailed link it
 * is single-use; the acknowledgement of each report carries a fresh one, so the contact's latest
 * email always holds a working link until `serviceLinkDays` after completion.
 */
const CUSTOMER_CATEGORIES = ['malfunction', 'usage', 'quality', 'other'] as const;

const WORDS = {
  en: {
    heading: 'Report a problem',
    product: 'Which product?',
    category: 'What kind of problem?',
    categories: {
      malfunction: 'It does not work properly',
      usage: 'A question about using it',
      quality: 'A quality defect',
      other: 'Something else',
    },
    severity: 'How urgent is it?',
    severities: {
      critical: 'Production has stopped',
      high: 'Production is impaired',
      medium: 'It needs fixing soon',
      low: 'It can wait',
    },
    description: 'What happened?',
    send: 'Send',
    thanks: 'Thank you: your request is recorded and our service team will contact you.',
    link: 'Problem report link',
  },
  'zh-CN': {
    heading: '报告问题',
    product: '哪一项产品？',
    category: '问题类型',
    categories: {
      malfunction: '设备运行故障',
      usage: '使用操作咨询',
      quality: '质量缺陷',
      other: '其他问题',
    },
    severity: '紧急程度',
    severities: { critical: '已停产', high: '影响生产', medium: '需尽快处理', low: '不急' },
    description: '问题描述',
    send: '提交',
    thanks: '谢谢，已记录您的服务请求，售后服务人员将与您联系。',
    link: '问题报告链接',
  },
} as const;

const pages = customerLinkPages(WORDS, {
  en: 'This link has been used. The acknowledgement of your report holds a new one.',
  'zh-CN': '该链接已使用。您的报告确认邮件中附有新的链接。',
});

async function openLink(id: string, token: string | undefined) {
  const { link, page } = await pages.open(id, token, getServiceLink);
  if (page) return { page };
  const order = await getOrder(id);
  if (!order) return { page: pages.unusable('invalid') };
  return { link, order };
}

function reportPage(
  orderId: string,
  lines: readonly { productName: string; model: string }[],
  language: LinkLanguage,
  token: string,
): Reply {
  const words = WORDS[language];
  const options = (values: readonly string[], names: Record<string, string>) =>
    values.map((value) => `<option value="${value}">${escapeHtml(names[value] ?? value)}</option>`).join('');
  const products = lines
    .map(
      (line, index) =>
        `<option value="${index + 1}">${escapeHtml(`${line.productName} ${line.model}`)}</option>`,
    )
    .join('');
  return linkPage(
    200,
    words.heading,
    `<h1>${words.heading}</h1><form method="post" action="/service-requests/${orderId}/report">` +
      `<input type="hidden" name="t" value="${escapeHtml(token)}">` +
      `<p><label for="line">${words.product}</label><br><select id="line" name="line">${products}</select></p>` +
      `<p><label for="category">${words.category}</label><br><select id="category" name="category">${options(CUSTOMER_CATEGORIES, words.categories)}</select></p>` +
      `<p><label for="severity">${words.severity}</label><br><select id="severity" name="severity">${options(SEVERITIES, words.severities)}</select></p>` +
      `<p><label for="description">${words.description}</label><br><textarea id="description" name="description" maxlength="4000" required></textarea></p>` +
      `<p><button type="submit" id="send">${words.send}</button></p></form>`,
    language,
  );
}

async function showReport(id: string, token: string | undefined): Promise<Reply> {
  const opened = await openLink(id, token);
  if (opened.page) return opened.page;
  return reportPage(id, opened.order.lines, opened.link.language, token!);
}

const reportForm = z.strictObject({
  t: linkTokenField,
  line: z.string().check(z.regex(/^\d{1,3}$/, 'Must be a line of the order')),
  category: z.enum(CUSTOMER_CATEGORIES),
  severity: z.enum(SEVERITIES),
  description: text(4000),
});

async function report(id: string, input: z.output<typeof reportForm>): Promise<Reply> {
  const opened = await openLink(id, input.t);
  if (opened.page) return opened.page;
  const { link, order } = opened;
  const line = order.lines[Number(input.line) - 1];
  if (!line) return pages.error(400, 'line: not a line of the order / 订单中没有该产品');
  const customer = await getCustomer(order.customerId);
  const at = nowIso();
  const ticket = newTicketRecord(
    {
      id: newId(),
      customerId: order.customerId,
      ownerId: customer?.ownerId ?? order.ownerId,
      contactId: link.contactId,
      orderId: order.id,
      product: { name: line.productName, model: line.model },
      category: input.category,
      severity: input.severity,
      description: input.description,
      source: 'customer-link',
      receiptIssueId: undefined,
    },
    ticketDeadlines(at, customer?.class, input.severity, serviceSettings()),
    `contact:${link.contactId}`,
    at,
  );
  return pages.commitUse(
    [...openTicketWrites(ticket, `contact:${link.contactId}`), useServiceLink(link, at)],
    link.language,
    () => {
      const words = WORDS[link.language];
      return pages.done(link.language, words.thanks);
    },
  );
}

const post = linkFormRoute({
  operationId: 'reportServiceRequest',
  path: '/service-requests/{id}/report',
  pages,
  form: reportForm,
  act: report,
});

export const serviceRequestOperations: readonly Operation[] = [
  ...linkPageRoutes({
    path: '/service-requests/{id}',
    getOperationId: 'getServiceRequestPage',
    headOperationId: 'headServiceRequestPage',
    show: showReport,
  }),
  post,
];
