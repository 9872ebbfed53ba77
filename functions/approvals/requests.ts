import { newId, nextVersion } from '#shared/clock.ts';
import { sendEmail } from '#shared/email.ts';
import { commit, TransactionCancelled } from '#shared/transaction.ts';
import type { Employee } from '../employees/public.ts';
import { everyone, getEmployee, isActive } from '../employees/public.ts';
import { localDate, timeZone } from '#shared/calendar.ts';
import { logger } from '#shared/observability.ts';
import { delegateTakes, delegationOn } from './delegation-rules.ts';
import { allDelegationsOf, delegatedStepWrite } from './delegation-store.ts';
import { approvalEmail } from './messages.ts';
import type { ApprovalRequest, StoredApproval } from './model.ts';
import { newLinkToken, tokenDigest } from '#shared/link-tokens.ts';
import { daysAfter, escalationTarget, linkExpiry } from './rules.ts';
import type { ApprovalSettings } from './settings.ts';
import { approvalForTask, createApprovalWrites, getApproval, saveApproval } from './store.ts';

/** The link in the approver's email: the API the review was started from, this approval, its token. */
export const approvalLink = (approval: { id: string; links: string }, token: string) =>
  `${approval.links}/approvals/${approval.id}?t=${token}`;

/**
 * Who decides a step: the person the chain named when the subject was submitted (see chain.ts);
 * their delegate if they named one for today who may take it; another holder of the step's
 * authority if they left since.
 */
async function approverFor(
  request: ApprovalRequest,
  now: Date,
  /** People already holding another seat of the same committee: a delegate among them does not take it. */
  taken: ReadonlySet<string> = new Set(),
): Promise<{ approver: Employee; changes: Partial<StoredApproval>; delegationId?: string }> {
  const named = await getEmployee(request.approverId);
  // The review cannot go on: its catch-all returns the subject to its owner.
  if (!named) throw new Error(`The approver of ${request.step} is no longer an employee`);
  if (!isActive(named)) {
    const target = escalationTarget(request, await everyone());
    if (!target) throw new Error(`The approver of ${request.step} left, and nobody else may decide it`);
    return {
      approver: target as Employee,
      changes: { escalatedFrom: named.id, escalatedAt: now.toISOString() },
    };
  }
  const delegation = delegationOn(await allDelegationsOf(named.id), localDate(now, timeZone()));
  if (delegation) {
    const delegate = await getEmployee(delegation.delegateId);
    if (delegate && !taken.has(delegate.id) && delegateTakes(request, delegate))
      return { approver: delegate, changes: { delegatedFrom: named.id }, delegationId: delegation.id };
    logger.info('the delegate may not take this step; it stays with the approver', {
      delegationId: delegation.id,
      step: request.step,
    });
  }
  return { approver: named, changes: {} };
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
    // A retry after the approval was opened: send fresh links (the first ones' tokens are not kept).
    const existing = await getApproval(existingId);
    const seats = existing?.committee
      ? await Promise.all(existing.committee.memberIds.map((id) => getApproval(id)))
      : [existing];
    for (const seat of seats) if (seat?.status === 'pending') await sendLink('request', seat);
    return { approvalId: existingId };
  }
  // One seat, or a committee's: each its own approval, link and email, sharing the task token.
  const committee = request.resolved?.committee;
  const seats = committee?.members ?? [
    { approverId: request.approverId, approverRole: request.approverRole },
  ];
  const ids = seats.map(() => newId());
  const at = now.toISOString();
  const dueAt = daysAfter(at, request.dueInDays);
  const taken = new Set<string>();
  const opened: { approval: StoredApproval; approver: Employee; token: string; delegationId?: string }[] = [];
  for (const [index, seat] of seats.entries()) {
    const { approver, changes, delegationId } = await approverFor(
      { ...request, ...seat } as ApprovalRequest,
      now,
      taken,
    );
    taken.add(approver.id);
    const token = newLinkToken();
    opened.push({
      approver,
      token,
      delegationId,
      approval: {
        id: ids[index]!,
        workflow: request.workflow,
        step: request.step,
        round: request.round,
        subject: request.subject,
        approverRole: seat.approverRole,
        approverId: approver.id,
        approverLocale: approver.locale,
        ...changes,
        ...(delegationId ? { delegationId } : {}),
        ...(committee
          ? { committee: { memberIds: ids, quorum: committee.quorum, rejection: committee.rejection } }
          : {}),
        links: request.links,
        status: 'pending',
        dueAt,
        version: 1,
        createdAt: at,
        updatedAt: at,
        taskToken: request.taskToken,
        linkTokenHash: tokenDigest(token),
        linkExpiresAt: linkExpiry(dueAt, settings),
      },
    });
  }
  try {
    await commit([
      ...createApprovalWrites(
        opened[0]!.approval,
        digest,
        opened.slice(1).map((seat) => seat.approval),
      ),
      ...opened.flatMap(({ approval, delegationId }) =>
        delegationId ? [delegatedStepWrite(delegationId, approval)] : [],
      ),
    ]);
  } catch (error) {
    // A concurrent retry opened it first.
    if (error instanceof TransactionCancelled && error.failedCondition('approvalTaskClaim'))
      return { approvalId: (await approvalForTask(digest))! };
    throw error;
  }
  for (const { approval, approver, token } of opened)
    await sendEmail({
      to: approver.email,
      ...approvalEmail('request', approver.locale, approval, approvalLink(approval, token), approver.name),
    });
  return { approvalId: ids[0]! };
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
