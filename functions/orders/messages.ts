import { companySettings } from '#shared/company.ts';
import { emailParts } from '#shared/html.ts';
import type { PayloadOf } from '#shared/events.ts';
import type { orderShipped, productionUpdated } from './events.ts';
import { orderTitle } from './rules.ts';

/** The emails of fulfilment, in the reader's language (Chinese or English). */
type Language = 'zh-CN' | 'en';

const mail = (subject: string, lines: string[], footer: string[] = []) => ({
  subject,
  ...emailParts(lines, footer),
});

/** To the customer's contact: a shipment's carrier and tracking number; with the last one, the receipt link. */
export function shipmentEmail(
  language: Language,
  contactName: string,
  shipment: PayloadOf<typeof orderShipped>,
  receiptLink: { url: string; expiresOn: string } | undefined,
) {
  const company = companySettings().name[language];
  const title = orderTitle(shipment.orderId, language);
  const items = shipment.lines.map((line) => `${line.productName} ${line.model} × ${line.quantity}`);
  if (language === 'en')
    return mail(
      `${title} shipped: ${shipment.carrier} ${shipment.trackingNumber}`,
      [
        `Dear ${contactName},`,
        `Part of your order left us on ${shipment.shippedOn}:`,
        ...items,
        `Carrier: ${shipment.carrier}; tracking number: ${shipment.trackingNumber}`,
        ...(receiptLink
          ? [
              '',
              'This was the last shipment. Once everything has arrived, please confirm the receipt (or tell us of any problem) here:',
              receiptLink.url,
              `The link works once, until ${receiptLink.expiresOn}.`,
            ]
          : []),
      ],
      [company],
    );
  return mail(
    `${title}已发货：${shipment.carrier} ${shipment.trackingNumber}`,
    [
      `${contactName}您好：`,
      `您的订单已于 ${shipment.shippedOn} 发出以下货物：`,
      ...items,
      `承运商：${shipment.carrier}；运单号：${shipment.trackingNumber}`,
      ...(receiptLink
        ? [
            '',
            '这是最后一批货物。收到全部货物后，请通过以下链接确认收货（如有问题也请告知）：',
            receiptLink.url,
            `链接仅可使用一次，有效期至 ${receiptLink.expiresOn}。`,
          ]
        : []),
    ],
    [company],
  );
}

const PRODUCTION_WORDS = {
  en: {
    accepted: 'accepted by production',
    progress: 'production progress',
    completed: 'produced, ready to ship',
  },
  'zh-CN': { accepted: '生产已接单', progress: '生产进度', completed: '生产完成，待发货' },
} as const;

/** To the rep: each change of production. */
export function productionEmail(
  language: Language,
  name: string,
  update: PayloadOf<typeof productionUpdated>,
) {
  const title = orderTitle(update.orderId, language);
  const what = PRODUCTION_WORDS[language][update.what];
  const details = [
    update.plannedCompletion
      ? language === 'en'
        ? `Planned completion: ${update.plannedCompletion}`
        : `计划完工日期：${update.plannedCompletion}`
      : undefined,
    update.percent !== undefined
      ? language === 'en'
        ? `Progress: ${update.percent} %`
        : `进度：${update.percent}%`
      : undefined,
    update.milestone
      ? language === 'en'
        ? `Milestone: ${update.milestone}`
        : `节点：${update.milestone}`
      : undefined,
  ].filter((line): line is string => line !== undefined);
  return mail(`${title}: ${what}`, [
    language === 'en' ? `Dear ${name},` : `${name}您好：`,
    `${title}: ${what}`,
    ...details,
  ]);
}

/** To the rep (and sales admin): something the order needs from people. */
export function attentionEmail(
  language: Language,
  name: string,
  orderId: string,
  message: Record<Language, string>,
) {
  const title = orderTitle(orderId, language);
  return mail(`${title}: ${message[language]}`, [
    language === 'en' ? `Dear ${name},` : `${name}您好：`,
    `${title}: ${message[language]}`,
  ]);
}
