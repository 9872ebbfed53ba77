import type { Email } from '#shared/email.ts';
import { emailParts } from '#shared/html.ts';
import { formatMoney, taxLines } from '#shared/money.ts';
import type { QuoteRevision } from './model.ts';

/** The quotation email to a customer contact (R-2.2.3), in the contact's language. */

export function quotationEmail(
  language: 'zh-CN' | 'en',
  revision: QuoteRevision,
  people: { contactName: string; repName: string; company: string },
): Omit<Email, 'to' | 'replyTo'> {
  const en = language === 'en';
  const reference = `Q-${revision.quoteId.slice(-8)}`;
  const lines = revision.lines.map(
    (line) =>
      `${line.productName} (${line.model}) × ${line.quantity} ${line.unit} @ ${formatMoney(line.unitPrice, revision.currency)}` +
      `${line.discountBasisPoints ? ` −${line.discountBasisPoints / 100}%` : ''} = ${formatMoney(line.lineTotal, revision.currency)}`,
  );
  const body = [
    en ? `Dear ${people.contactName},` : `尊敬的${people.contactName}：`,
    '',
    en
      ? `Please find our quotation ${reference} (revision ${revision.revision}):`
      : `现将报价单 ${reference}（第 ${revision.revision} 版）发送给您：`,
    '',
    ...lines,
    '',
    ...(revision.tax
      ? [
          `${en ? 'Total incl. VAT' : '合计（含税）'}: ${formatMoney(revision.total, revision.currency)}`,
          ...taxLines(revision.tax, revision.currency).map((line) => line[language]),
        ]
      : [`${en ? 'Total' : '合计'}: ${formatMoney(revision.total, revision.currency)}`]),
    `${en ? 'Delivery by' : '交货日期'}: ${revision.deliveryDate}`,
    `${en ? 'Payment terms' : '付款条件'}: ${revision.paymentTerms}`,
    `${en ? 'After-sales service' : '售后服务'}: ${revision.afterSalesTerms}`,
    `${en ? 'Valid until' : '报价有效期至'}: ${revision.validUntil}`,
  ];
  const signature = [people.repName, en ? `Sales Department, ${people.company}` : `${people.company} 销售部`];
  return {
    subject: en
      ? `Quotation ${reference}, revision ${revision.revision}`
      : `报价单 ${reference}（第 ${revision.revision} 版）`,
    ...emailParts(body, signature),
  };
}
