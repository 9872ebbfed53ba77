import type { Email } from '#shared/email.ts';
import { emailParts } from '#shared/html.ts';
import type { Approval } from './model.ts';

/** The emails of the approval mechanism, in the recipient's locale. */
type Language = 'zh-CN' | 'en';
type Kind = 'request' | 'reminder' | 'escalation';

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
  return {
    subject: `${prefix}: ${approval.subject.title}`,
    ...emailParts([
      en ? `Dear ${approverName},` : `${approverName}，您好：`,
      '',
      en
        ? `Please review (${approval.step}, round ${approval.round}):`
        : `请审批（${approval.step}，第 ${approval.round} 轮）：`,
      approval.subject.title,
      ...approval.subject.summary,
      '',
      `${en ? 'Due' : '截止时间'}: ${approval.dueAt}`,
      `${en ? 'Approve or reject here (the link is for you only and works once)' : '请点击链接审批（仅限本人使用，一次有效）'}: ${link}`,
    ]),
  };
}

export function outcomeEmail(
  language: Language,
  ownerName: string,
  title: string,
  outcome: { approved: true } | { approved: false; step: string; comment: string },
): Omit<Email, 'to'> {
  const en = language === 'en';
  if (outcome.approved) {
    return {
      subject: en ? `Approved: ${title}` : `已通过审批：${title}`,
      ...emailParts([
        en ? `Dear ${ownerName},` : `${ownerName}，您好：`,
        '',
        en ? `${title} passed every review and can be signed.` : `${title} 已通过全部审批，可以签署。`,
      ]),
    };
  }
  return {
    subject: en ? `Returned to draft: ${title}` : `已退回修改：${title}`,
    ...emailParts([
      en ? `Dear ${ownerName},` : `${ownerName}，您好：`,
      '',
      en ? `${title} was returned at ${outcome.step}:` : `${title} 在 ${outcome.step} 被退回：`,
      outcome.comment,
    ]),
  };
}
