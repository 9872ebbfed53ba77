import { emailParts } from '#shared/html.ts';
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
