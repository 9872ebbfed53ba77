import { escapeHtml } from '#shared/html.ts';
import type { Reply } from '#shared/http.ts';
import type { Approval } from './model.ts';
import type { LinkCheck } from './rules.ts';

/**
 * The pages behind an emailed approval link. Showing one never changes anything (mail scanners
 * fetch links); only the form's POST decides. The token never leaves in a Referer.
 */
const HEADERS = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
};

const STYLE =
  'body{font-family:sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5}button{font-size:1rem;padding:.5rem 1.5rem;margin-right:1rem}textarea{width:100%;min-height:5rem}.muted{color:#666}';

const page = (status: number, title: string, body: string): Reply => ({
  status,
  contentType: 'text/html; charset=utf-8',
  headers: HEADERS,
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`,
});

const details = (approval: Approval) =>
  `<h1>${escapeHtml(approval.subject.title)}</h1><p class="muted">${escapeHtml(approval.step)}, round ${approval.round} · due ${escapeHtml(approval.dueAt)}</p><ul>${approval.subject.summary
    .map((line) => `<li>${escapeHtml(line)}</li>`)
    .join('')}</ul>`;

export function confirmationPage(approval: Approval, token: string): Reply {
  return page(
    200,
    `Decide: ${approval.subject.title}`,
    `${details(approval)}<form method="post" action="/approvals/${approval.id}/decision">` +
      `<input type="hidden" name="t" value="${escapeHtml(token)}">` +
      `<p><label for="comment">Comment (required to reject)</label><br><textarea id="comment" name="comment" maxlength="2000"></textarea></p>` +
      `<p><button type="submit" name="decision" value="approve" id="approve">Approve</button>` +
      `<button type="submit" name="decision" value="reject" id="reject">Reject</button></p></form>`,
  );
}

const UNUSABLE: Record<Exclude<LinkCheck, 'ok'>, [number, string]> = {
  missing: [404, 'This link is incomplete. Open the link from your email again.'],
  invalid: [
    404,
    'This link is not valid (it may have been replaced by a newer one, or belongs to someone else).',
  ],
  expired: [410, 'This link has expired. A reminder or the escalation email carries a new one.'],
  decided: [409, 'This step has already been decided.'],
};

export function unusableLinkPage(reason: Exclude<LinkCheck, 'ok'>, approval?: Approval): Reply {
  const [status, message] = UNUSABLE[reason];
  const outcome =
    reason === 'decided' && approval?.decision
      ? ` It was ${approval.decision === 'approve' ? 'approved' : 'rejected'}.`
      : '';
  return page(
    status,
    'Approval link',
    `<h1>Approval link</h1><p id="result">${escapeHtml(message + outcome)}</p>`,
  );
}

export function decidedPage(approval: Approval): Reply {
  const verb = approval.decision === 'approve' ? 'Approved' : 'Rejected';
  return page(
    200,
    verb,
    `${details(approval)}<p id="result"><strong>${verb}.</strong> Thank you; the workflow continues.</p>`,
  );
}

export function errorPage(status: number, message: string): Reply {
  return page(status, 'Approval', `<h1>Approval</h1><p id="result">${escapeHtml(message)}</p>`);
}
