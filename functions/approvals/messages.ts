import type { Email } from '#shared/email.ts';
import { localTime } from '#shared/calendar.ts';
import { emailParts } from '#shared/html.ts';
import type { Approval } from './model.ts';

/** The emails of the approval mechanism, in the recipient's locale. */
type Language = 'zh-CN' | 'en';
type Kind = 'request' | 'reminder' | 'escalation';

/** What people call the steps; an unknown step shows its id. */
const STEP_LABELS: Record<string, Record<Language, string>> = {
  'sales-manager-review': { en: 'sales manager review', 'zh-CN': '销售经理审核' },
  'legal-review': { en: 'legal review', 'zh-CN': '法务审核' },
  'credit-override': { en: 'credit override', 'zh-CN': '信用额度特批' },
  'management-committee': { en: 'management committee', 'zh-CN': '管理委员会审批' },
  'technical-review': { en: 'technical review', 'zh-CN': '技术评审' },
  'order-review': { en: 'order review', 'zh-CN': '订单审核' },
  'supervisor-check': { en: 'supervisor check', 'zh-CN': '直属上级审核' },
  'sales-manager-approval': { en: 'sales manager approval', 'zh-CN': '销售经理审批' },
  'senior-approval': { en: 'senior approval', 'zh-CN': '高层审批' },
  'finance-payment': {
    en: 'finance: vouchers and payment (reject = refuse)',
    'zh-CN': '财务审核凭证并付款（驳回即拒付）',
  },
  review: { en: 'review', 'zh-CN': '审核' },
};
export const stepLabel = (step: string, language: Language) => STEP_LABELS[step]?.[language] ?? step;
export const roundLabel = (round: number, language: Language) =>
  language === 'en' ? `round ${round}` : `第 ${round} 轮`;

/** The subject's title and summary in the reader's language (as written, when not localized). */
export function subjectIn(subject: Approval['subject'], language: Language) {
  return subject.localized[language] ?? { title: subject.title, summary: subject.summary };
}

export function approvalEmail(
  kind: Kind,
  language: Language,
  approval: Approval,
  link: string,
  approverName: string,
): Omit<Email, 'to'> {
  const en = language === 'en';
  const prefix = {
    request: en ? 'Approval needed' : '待审批',
    reminder: en ? 'Reminder: approval overdue' : '催办：审批已逾期',
    escalation: en ? 'Escalated to you: approval overdue' : '升级审批：原审批人逾期未处理',
  }[kind];
  const { title, summary } = subjectIn(approval.subject, language);
  const colon = en ? ': ' : '：';
  return {
    subject: `${prefix}${colon}${title}`,
    ...emailParts([
      en ? `Dear ${approverName},` : `${approverName}，您好：`,
      '',
      en
        ? `Please review (${stepLabel(approval.step, language)}, ${roundLabel(approval.round, language)}):`
        : `请审批（${stepLabel(approval.step, language)}，${roundLabel(approval.round, language)}）：`,
      title,
      ...summary,
      '',
      `${en ? 'Due' : '截止时间'}${colon}${localTime(approval.dueAt)}`,
      `${en ? 'Approve or reject here (the link is for you only and works once)' : '请点击链接审批（仅限本人使用，一次有效）'}${colon}${link}`,
    ]),
  };
}

export function outcomeEmail(
  language: Language,
  ownerName: string,
  title: string,
  outcome: { approved: true } | { approved: false; step: string; comment: string },
  /** What the owner may do once it passed, e.g. "can be signed". */
  passed: Record<Language, string>,
): Omit<Email, 'to'> {
  const en = language === 'en';
  if (outcome.approved) {
    return {
      subject: en ? `Approved: ${title}` : `已通过审批：${title}`,
      ...emailParts([
        en ? `Dear ${ownerName},` : `${ownerName}，您好：`,
        '',
        en
          ? `${title} passed every review and ${passed.en}.`
          : `${title} 已通过全部审批，${passed['zh-CN']}。`,
      ]),
    };
  }
  return {
    subject: en ? `Returned to draft: ${title}` : `已退回修改：${title}`,
    ...emailParts([
      en ? `Dear ${ownerName},` : `${ownerName}，您好：`,
      '',
      en
        ? `${title} was returned at ${stepLabel(outcome.step, language)}:`
        : `${title} 在${stepLabel(outcome.step, language)}环节被退回：`,
      outcome.comment,
    ]),
  };
}
