import { escapeHtml, linkPage } from '#shared/html.ts';
import { customerLinkPages, type LinkLanguage } from '#shared/link-pages.ts';
import type { Reply } from '#shared/http.ts';
import { RECEIPT_PROBLEMS, type Order, type Shipment } from './model.ts';
import { orderTitle } from './rules.ts';

/**
 * The page behind the customer's receipt link (R-2.5.4), in the contact's language. Showing it
 * changes nothing (mail scanners fetch links); only its form's POST confirms.
 */
type Language = LinkLanguage;

const WORDS = {
  en: {
    heading: 'Confirm the receipt of your order',
    shipped: 'Shipped',
    receivedOn: 'Received on',
    condition: 'Did everything arrive in order?',
    fine: 'Yes, everything arrived in order',
    problems: {
      damage: 'Something arrived damaged',
      quantity_mismatch: 'The quantity does not match',
      wrong_item: 'A wrong item arrived',
      other: 'Another problem',
    },
    description: 'What is wrong (required for a problem)',
    confirm: 'Confirm receipt',
    thanks: 'Thank you: your receipt is recorded.',
    thanksProblem:
      'Thank you: your receipt and the problem are recorded; your sales representative will contact you.',
    link: 'Receipt link',
  },
  'zh-CN': {
    heading: '确认收货',
    shipped: '已发货',
    receivedOn: '收货日期',
    condition: '货物是否完好、齐全？',
    fine: '是，全部完好无误',
    problems: {
      damage: '货物有损坏',
      quantity_mismatch: '数量不符',
      wrong_item: '发错货物',
      other: '其他问题',
    },
    description: '问题描述（有问题时必填）',
    confirm: '确认收货',
    thanks: '谢谢，已记录您的收货确认。',
    thanksProblem: '谢谢，已记录您的收货确认和问题，销售代表将与您联系。',
    link: '收货确认链接',
  },
} as const;

export function receiptPage(
  order: Order,
  shipments: readonly Shipment[],
  language: Language,
  token: string,
  today: string,
): Reply {
  const words = WORDS[language];
  const shipped = shipments
    .flatMap((shipment) =>
      shipment.lines.map(
        (line) =>
          `<li>${escapeHtml(`${line.productName} ${line.model} × ${line.quantity}`)} <span class="muted">${escapeHtml(`${words.shipped} ${shipment.shippedOn} · ${shipment.carrier} ${shipment.trackingNumber}`)}</span></li>`,
      ),
    )
    .join('');
  const options = [
    `<option value="none">${words.fine}</option>`,
    ...RECEIPT_PROBLEMS.map((kind) => `<option value="${kind}">${words.problems[kind]}</option>`),
  ].join('');
  return linkPage(
    200,
    words.heading,
    `<h1>${words.heading}</h1><p>${escapeHtml(orderTitle(order.id, language))}</p><ul>${shipped}</ul>` +
      `<form method="post" action="/receipts/${order.id}/confirmation"><input type="hidden" name="t" value="${escapeHtml(token)}">` +
      `<p><label for="receivedOn">${words.receivedOn}</label> <input type="date" id="receivedOn" name="receivedOn" value="${today}" max="${today}" required></p>` +
      `<p><label for="problem">${words.condition}</label><br><select id="problem" name="problem">${options}</select></p>` +
      `<p><label for="description">${words.description}</label><br><textarea id="description" name="description" maxlength="2000"></textarea></p>` +
      `<p><button type="submit" id="confirm">${words.confirm}</button></p></form>`,
    language,
  );
}

export const receiptConfirmedPage = (language: Language, problem: boolean): Reply =>
  receiptLinkPages.done(language, problem ? WORDS[language].thanksProblem : WORDS[language].thanks);

/** The receipt link's pages that cannot confirm. */
export const receiptLinkPages = customerLinkPages(WORDS, {
  en: 'The receipt has already been confirmed. Thank you.',
  'zh-CN': '已确认收货，谢谢。',
});
