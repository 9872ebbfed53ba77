import type { Email } from '#shared/email.ts';
import { emailParts } from '#shared/html.ts';
import type { Holiday, Language } from './holidays.ts';

/** The emails of customer care, in Chinese and English (R-3.4) and the reps' revisit digest. */

interface Signature {
  repName: string;
  company: string;
}

const GREETING_FOOTER: Record<Language, (signature: Signature) => string[]> = {
  'zh-CN': (s) => [`${s.repName}`, `${s.company} 销售部`, '如不希望再收到此类问候，请直接回复本邮件告知。'],
  en: (s) => [
    s.repName,
    `Sales Department, ${s.company}`,
    'If you would rather not receive these greetings, just reply to this email.',
  ],
};

export function birthdayGreeting(
  language: Language,
  contactName: string,
  signature: Signature,
): Omit<Email, 'to' | 'replyTo'> {
  if (language === 'en') {
    return {
      subject: `Happy birthday, ${contactName}!`,
      ...emailParts(
        [
          `Dear ${contactName},`,
          '',
          `All of us at ${signature.company} wish you a very happy birthday and a wonderful year ahead.`,
          'Thank you for your trust and partnership.',
        ],
        GREETING_FOOTER.en(signature),
      ),
    };
  }
  return {
    subject: `${contactName}，祝您生日快乐！`,
    ...emailParts(
      [
        `尊敬的${contactName}：`,
        '',
        `值此生日之际，${signature.company}全体同仁祝您生日快乐、身体健康、万事如意！`,
        '感谢您一直以来对我们的信任与支持。',
      ],
      GREETING_FOOTER['zh-CN'](signature),
    ),
  };
}

/** A cooperation anniversary: so many years since the customer's first purchase. */
export function anniversaryGreeting(
  language: Language,
  contactName: string,
  years: number,
  signature: Signature,
): Omit<Email, 'to' | 'replyTo'> {
  if (language === 'en')
    return {
      subject: `${years} year${years === 1 ? '' : 's'} together: thank you, ${contactName}!`,
      ...emailParts(
        [
          `Dear ${contactName},`,
          '',
          `Today marks ${years} year${years === 1 ? '' : 's'} since your company's first order with ${signature.company}.`,
          'Thank you for your trust; we look forward to many more years of working together.',
        ],
        GREETING_FOOTER.en(signature),
      ),
    };
  return {
    subject: `感谢${years}年的合作，${contactName}！`,
    ...emailParts(
      [
        `尊敬的${contactName}：`,
        '',
        `今天是贵公司与${signature.company}合作${years}周年的日子。`,
        '衷心感谢您多年来的信任与支持，期待今后继续携手合作！',
      ],
      GREETING_FOOTER['zh-CN'](signature),
    ),
  };
}

export function holidayGreeting(
  language: Language,
  holiday: Holiday,
  contactName: string,
  signature: Signature,
): Omit<Email, 'to' | 'replyTo'> {
  const name = holiday.names[language];
  if (language === 'en') {
    return {
      subject: `Happy ${name} from ${signature.company}`,
      ...emailParts(
        [
          `Dear ${contactName},`,
          '',
          `On the occasion of ${name}, we send you and your colleagues our warmest wishes.`,
          'Thank you for a year of good cooperation.',
        ],
        GREETING_FOOTER.en(signature),
      ),
    };
  }
  return {
    subject: `${signature.company}祝您${name}快乐`,
    ...emailParts(
      [
        `尊敬的${contactName}：`,
        '',
        `值此${name}来临之际，${signature.company}谨向您及贵公司同仁致以诚挚的问候和美好的祝愿！`,
        '感谢您一直以来的合作与支持。',
      ],
      GREETING_FOOTER['zh-CN'](signature),
    ),
  };
}

export interface DigestEntry {
  revisitId: string;
  customerName: string;
  dueOn: string;
  reason: string;
}

/** A planned follow-up as the digest shows it. */
export interface FollowUpEntry {
  customerId: string;
  customerName: string;
  dueOn: string;
  summary: string;
}

/**
 * A rep's daily digest: revisits opened today and overdue, follow-ups planned for today and missed
 * (their day passed and no contact since). Sections without entries are left out.
 */
export function revisitDigest(
  language: Language,
  repName: string,
  entries: {
    opened: DigestEntry[];
    overdue: DigestEntry[];
    followUps: FollowUpEntry[];
    missed: FollowUpEntry[];
  },
  apiUrl: string,
): Omit<Email, 'to' | 'replyTo'> {
  const zh = language !== 'en';
  const revisitLine = (entry: DigestEntry) =>
    `${entry.customerName} — ${zh ? '截止' : 'due'} ${entry.dueOn}: ${apiUrl}/revisits/${entry.revisitId}`;
  const [open, close] = zh ? ['（', '）'] : [' (', ')'];
  const followUpLine = (entry: FollowUpEntry) =>
    `${entry.customerName} — ${zh ? '计划于' : 'planned for'} ${entry.dueOn}${open}${entry.summary}${close}: ${apiUrl}/customers/${entry.customerId}`;
  const section = <E>(heading: string, items: E[], line: (entry: E) => string) =>
    items.length > 0
      ? ['', `${heading}${open}${items.length}${close}${zh ? '：' : ':'}`, ...items.map(line)]
      : [];
  const lines = [
    zh ? `${repName}，您好：` : `Hello ${repName},`,
    ...section(zh ? '新回访' : 'New revisits', entries.opened, revisitLine),
    ...section(zh ? '逾期回访' : 'Overdue revisits', entries.overdue, revisitLine),
    ...section(zh ? '今日跟进' : 'Follow-ups planned for today', entries.followUps, followUpLine),
    ...section(zh ? '错过的跟进' : 'Missed follow-ups', entries.missed, followUpLine),
  ];
  const footer = [
    zh
      ? '完成回访后请调用 POST /revisits/{id}/complete 记录结果和满意度；联系客户后请记录沟通（POST /customers/{id}/interactions），跟进即完成。'
      : 'When done, record the outcome and satisfaction with POST /revisits/{id}/complete; a communication record of the contact (POST /customers/{id}/interactions) keeps a follow-up.',
  ];
  const followUps =
    entries.followUps.length + entries.missed.length > 0
      ? zh
        ? `；今日跟进 ${entries.followUps.length} 个，错过 ${entries.missed.length} 个`
        : `; follow-ups: ${entries.followUps.length} today, ${entries.missed.length} missed`
      : '';
  return {
    subject: zh
      ? `回访提醒：新增 ${entries.opened.length} 个，逾期 ${entries.overdue.length} 个${followUps}`
      : `Revisits: ${entries.opened.length} new, ${entries.overdue.length} overdue${followUps}`,
    ...emailParts(lines, footer),
  };
}
