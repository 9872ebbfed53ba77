import { emailParts } from '#shared/html.ts';
import { formatMoney } from '#shared/money.ts';
import { claimTitle } from './rules.ts';

/** Finance refused a claim: the reason, to the claimant and management, in their language. */
export function refusalEmail(language: 'zh-CN' | 'en', name: string, claimId: string, reason: string) {
  const title = claimTitle({ id: claimId }, language);
  return language === 'en'
    ? {
        subject: `${title} refused by finance`,
        ...emailParts([`Dear ${name},`, `Finance refused ${title}: ${reason}`]),
      }
    : {
        subject: `${title}被财务拒付`,
        ...emailParts([`${name}您好：`, `财务拒付${title}，原因：${reason}`]),
      };
}

/** Finance paid a claim: how much, on which day, under which reference. */
export function paidEmail(
  language: 'zh-CN' | 'en',
  name: string,
  payment: { claimId: string; amount: number; currency: string; paidOn: string; reference: string },
) {
  const title = claimTitle({ id: payment.claimId }, language);
  const amount = formatMoney(payment.amount, payment.currency);
  return language === 'en'
    ? {
        subject: `${title} paid`,
        ...emailParts([
          `Dear ${name},`,
          `Finance paid ${title}: ${amount} on ${payment.paidOn} (reference ${payment.reference}).`,
        ]),
      }
    : {
        subject: `${title}已付款`,
        ...emailParts([
          `${name}您好：`,
          `财务已于 ${payment.paidOn} 支付${title}：${amount}（凭证号 ${payment.reference}）。`,
        ]),
      };
}
