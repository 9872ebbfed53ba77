import { escapeHtml, linkPage } from '#shared/html.ts';
import type { Reply } from '#shared/http.ts';
import { localTime } from '#shared/calendar.ts';
import { roundLabel, stepLabel, subjectIn } from './messages.ts';
import type { Approval } from './model.ts';
import type { LinkCheck } from './rules.ts';

/**
 * The pages behind an emailed approval link. Showing one never changes anything (mail scanners
 * fetch links); only the form's POST decides.
 */
type Language = Approval['approverLocale'];

/** The page's own words, in the approver's language. */
const WORDS = {
  en: {
    round: 'round',
    due: 'due',
    comment: 'Comment (required to reject)',
    reason: 'Reason (required either way)',
    approve: 'Approve',
    reject: 'Reject',
    approved: 'Approved.',
    rejected: 'Rejected.',
    thanks: 'Thank you; the workflow continues.',
    link: 'Approval link',
  },
  'zh-CN': {
    round: '第',
    due: '截止',
    comment: '意见（驳回时必填）',
    reason: '理由（必填）',
    approve: '同意',
    reject: '驳回',
    approved: '已同意。',
    rejected: '已驳回。',
    thanks: '谢谢，流程将继续。',
    link: '审批链接',
  },
} as const;

const page = (status: number, title: string, body: string, language: Language = 'en'): Reply =>
  linkPage(status, title, body, language);

const details = (approval: Approval, words: (typeof WORDS)[Language]) => {
  const language = approval.approverLocale;
  const { title, summary } = subjectIn(approval.subject, language);
  return `<h1>${escapeHtml(title)}</h1><p class="muted">${escapeHtml(stepLabel(approval.step, language))} · ${roundLabel(approval.round, language)} · ${words.due} ${escapeHtml(localTime(approval.dueAt))}</p><ul>${summary
    .map((line) => `<li>${escapeHtml(line)}</li>`)
    .join('')}</ul>`;
};

export function confirmationPage(approval: Approval, token: string): Reply {
  const words = WORDS[approval.approverLocale];
  const reasonRequired = approval.subject.approvalNeedsComment?.includes(approval.step) ?? false;
  return page(
    200,
    subjectIn(approval.subject, approval.approverLocale).title,
    `${details(approval, words)}<form method="post" action="/approvals/${approval.id}/decision">` +
      `<input type="hidden" name="t" value="${escapeHtml(token)}">` +
      `<p><label for="comment">${reasonRequired ? words.reason : words.comment}</label><br><textarea id="comment" name="comment" maxlength="2000"${reasonRequired ? ' required' : ''}></textarea></p>` +
      `<p><button type="submit" name="decision" value="approve" id="approve">${words.approve}</button>` +
      `<button type="submit" name="decision" value="reject" id="reject">${words.reject}</button></p></form>`,
    approval.approverLocale,
  );
}

const UNUSABLE: Record<Exclude<LinkCheck, 'ok'>, [number, Record<Language, string>]> = {
  missing: [
    404,
    {
      en: 'This link is incomplete. Open the link from your email again.',
      'zh-CN': '链接不完整，请从邮件中重新打开。',
    },
  ],
  invalid: [
    404,
    {
      en: 'This link is not valid (it may have been replaced by a newer one, or belongs to someone else).',
      'zh-CN': '该链接无效（可能已被新链接取代，或属于他人）。',
    },
  ],
  expired: [
    410,
    {
      en: 'This link has expired. A reminder or the escalation email carries a new one.',
      'zh-CN': '该链接已过期。催办或升级邮件中有新链接。',
    },
  ],
  decided: [409, { en: 'This step has already been decided.', 'zh-CN': '该审批步骤已处理。' }],
};

/**
 * A link that cannot decide. When the approval (so the approver's language) is unknown, the page
 * says it in both languages.
 */
export function unusableLinkPage(reason: Exclude<LinkCheck, 'ok'>, approval?: Approval): Reply {
  const [status, messages] = UNUSABLE[reason];
  if (!approval) return bilingual(status, messages);
  const language = approval.approverLocale;
  const words = WORDS[language];
  const outcome =
    reason === 'decided' && approval.decision
      ? ` ${approval.decision === 'approve' ? words.approved : words.rejected}`
      : '';
  return page(
    status,
    words.link,
    `<h1>${words.link}</h1><p id="result">${escapeHtml(messages[language] + outcome)}</p>`,
    language,
  );
}

const bilingual = (status: number, messages: Record<Language, string>) =>
  page(
    status,
    `${WORDS['zh-CN'].link} / ${WORDS.en.link}`,
    `<h1>${WORDS['zh-CN'].link} / ${WORDS.en.link}</h1><p id="result" lang="zh-CN">${escapeHtml(messages['zh-CN'])}</p><p lang="en">${escapeHtml(messages.en)}</p>`,
    'zh-CN',
  );

export function decidedPage(approval: Approval): Reply {
  const words = WORDS[approval.approverLocale];
  const verb = approval.decision === 'approve' ? words.approved : words.rejected;
  return page(
    200,
    verb,
    `${details(approval, words)}<p id="result"><strong>${verb}</strong> ${words.thanks}</p>`,
    approval.approverLocale,
  );
}

/** A request the page cannot act on (a malformed form, say): the reason, under words in both languages. */
export function errorPage(status: number, message: string): Reply {
  return bilingual(status, {
    'zh-CN': `无法处理该请求：${message}`,
    en: `The request could not be handled: ${message}`,
  });
}
