import { newId, nextVersion } from '#shared/clock.ts';
import { sendEmail } from '#shared/email.ts';
import { commit, TransactionCancelled } from '#shared/transaction.ts';
import type { Employee } from '../employees/public.ts';
import { getEmployee } from '../employees/public.ts';
import { approvalEmail } from './messages.ts';
import type { ApprovalRequest, StoredApproval } from './model.ts';
import { newLinkToken, tokenDigest } from '#shared/link-tokens.ts';
import { daysAfter, linkExpiry } from './rules.ts';
import type { ApprovalSettings } from './settings.ts';
import { approvalForTask, createApprovalWrites, getApproval, saveApproval } from './store.ts';

/** The link in the approver's email: the API the review was started from, this approval, its token. */
export const approvalLink = (approval: { id: string; links: string }, token: string) =>
  `${approval.links}/approvals/${approval.id}?t=${token}`;

/** Who decides a step: the person the chain named when the subject was submitted (see chain.ts). */
async function approverFor(request: ApprovalRequest): Promise<Employee> {
  const named = await getEmployee(request.approverId);
  // The review cannot go on: its catch-all returns the subject to its owner.
  if (!named) throw new Error(`The approver of ${request.step} is no longer an employee`);
  return named;
}

/**
 * A workflow asks for a decision: opens the approval (once per task token, however often the Task
 * is retried), gives the approver a fresh link and emails it. The task token stays on the server.
 */
export async function requestApproval(
  request: ApprovalRequest,
  settings: ApprovalSettings,
  now = new Date(),
): Promise<{ approvalId: string }> {
  const digest = tokenDigest(request.taskToken);
  const existingId = await approvalForTask(digest);
  if (existingId) {
    // A retry after the approval was opened: send a fresh link (the first one's token is not kept).
    const existing = await getApproval(existingId);
    if (existing?.status === 'pending') await sendLink('request', existing);
    return { approvalId: existingId };
  }
  const approver = await approverFor(request);
  const at = now.toISOString();
  const token = newLinkToken();
  const dueAt = daysAfter(at, request.dueInDays);
  const approval: StoredApproval = {
    id: newId(),
    workflow: request.workflow,
    step: request.step,
    round: request.round,
    subject: request.subject,
    approverRole: request.approverRole,
    approverId: approver.id,
    approverLocale: approver.locale,
    links: request.links,
    status: 'pending',
    dueAt,
    version: 1,
    createdAt: at,
    updatedAt: at,
    taskToken: request.taskToken,
    linkTokenHash: tokenDigest(token),
    linkExpiresAt: linkExpiry(dueAt, settings),
  };
  try {
    await commit(createApprovalWrites(approval, digest));
  } catch (error) {
    // A concurrent retry opened it first.
    if (error instanceof TransactionCancelled && error.failedCondition('approvalTaskClaim'))
      return { approvalId: (await approvalForTask(digest))! };
    throw error;
  }
  await sendEmail({
    to: approver.email,
    ...approvalEmail('request', approver.locale, approval, approvalLink(approval, token), approver.name),
  });
  return { approvalId: approval.id };
}

/**
 * Gives the current approver a new link (replacing the old one) and emails it: for a retried
 * request, a reminder, or after an escalation changed the approver.
 */
export async function sendLink(
  kind: 'request' | 'reminder' | 'escalation',
  before: StoredApproval,
  changes: Partial<StoredApproval> = {},
  settings?: ApprovalSettings,
): Promise<StoredApproval> {
  const token = newLinkToken();
  const at = new Date().toISOString();
  const after: StoredApproval = nextVersion(
    {
      ...before,
      ...changes,
      linkTokenHash: tokenDigest(token),
      ...(settings ? { linkExpiresAt: linkExpiry(changes.dueAt ?? before.dueAt, settings) } : {}),
    },
    at,
  );
  await saveApproval(before, after, kind === 'request' ? 'workflow' : 'approval-deadlines');
  const approver = await getEmployee(after.approverId);
  if (approver)
    await sendEmail({
      to: approver.email,
      ...approvalEmail(kind, approver.locale, after, approvalLink(after, token), approver.name),
    });
  return after;
}
