import { nextVersion } from '#shared/clock.ts';
import { defineOwnership } from '#shared/access.ts';
import { invalid } from '#shared/domain-errors.ts';
import { checkLink as checkStoredLink } from '#shared/link-tokens.ts';
import type { Approval, StoredApproval } from './model.ts';
import type { ApprovalSettings } from './settings.ts';

/** Checked by `reviewsOf(…).asked`: whoever is asked to decide reads what they decide. */
export const askedToDecide = defineOwnership(
  'asked to decide',
  'Everyone asked to decide on a record (an approval step, also after it was escalated from them or went to their delegate) reads it, whatever their role.',
);

/** Checked by `decide`: the step's approver, by the emailed link or by their bearer token. */
export const stepApprover = defineOwnership(
  'the step’s approver',
  'Only the approver of the step decides it: with the single-use emailed link, or signed in as that approver.',
);

const DAY = 86_400_000;
export const daysAfter = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString();

export type LinkCheck = 'ok' | 'missing' | 'invalid' | 'expired' | 'decided';

/**
 * Whether a link token may decide this approval, by the link kit every emailed link uses: it must
 * be the current token (a reminder or an escalation replaces it), unexpired, and the step still
 * undecided (a decided step is a used link). A review that gave up (timed out) ends its links like
 * time does.
 */
export function checkLink(approval: StoredApproval, token: string | undefined, now: Date): LinkCheck {
  if (!token) return 'missing';
  const check = checkStoredLink(
    {
      tokenHash: approval.linkTokenHash,
      validUntil: approval.status === 'expired' ? '' : approval.linkExpiresAt,
      ...(approval.status === 'pending' || approval.status === 'expired'
        ? {}
        : { usedAt: approval.decidedAt ?? approval.status }),
    },
    token,
    now,
  );
  return check === 'used' ? 'decided' : check;
}

/**
 * The deadline rule: an undecided step gets one reminder at its due time, and escalates to the
 * approver's supervisor `escalateAfterDays` later (once). The workflow's own timeout ends it.
 */
export function deadlineAction(
  approval: Approval,
  now: Date,
  settings: ApprovalSettings,
): 'remind' | 'escalate' | undefined {
  if (approval.status !== 'pending') return undefined;
  const due = Date.parse(approval.dueAt);
  if (!approval.escalatedAt && now.getTime() >= due + settings.escalateAfterDays * DAY) return 'escalate';
  if (!approval.remindedAt && now.getTime() >= due) return 'remind';
  return undefined;
}

/**
 * A committee step's outcome from its members' decisions so far (undefined: still open): the
 * quorum of approvals decides; a rejection decides at once or, by the step's rule, once the quorum
 * can no longer be reached. Members no longer asked (expired) count as not approving.
 */
export function committeeOutcome(
  decisions: readonly ('approve' | 'reject' | 'none' | 'expired')[],
  rule: { quorum: number; rejection: 'one' | 'quorum' },
): 'approve' | 'reject' | undefined {
  const approvals = decisions.filter((decision) => decision === 'approve').length;
  const rejections = decisions.filter((decision) => decision === 'reject').length;
  const out = decisions.filter((decision) => decision === 'reject' || decision === 'expired').length;
  if (approvals >= rule.quorum) return 'approve';
  if (rule.rejection === 'one' && rejections > 0) return 'reject';
  if (decisions.length - out < rule.quorum) return 'reject';
  return undefined;
}

// An approval's transitions: decided once, or expired when its review no longer waits for it.

/** The approver's decision; only a pending step is decided (the store's condition makes it once). */
export function decideApproval<A extends Approval>(
  approval: A,
  decision: { decision: 'approve' | 'reject'; comment?: string; by: string },
  at: string,
): A {
  if (
    decision.decision === 'approve' &&
    !decision.comment &&
    approval.subject.approvalNeedsComment?.includes(approval.step)
  )
    throw invalid([{ in: 'body', path: 'comment', message: 'This approval needs its reason' }]);
  return nextVersion(
    {
      ...approval,
      status: decision.decision === 'approve' ? 'approved' : 'rejected',
      decision: decision.decision,
      ...(decision.comment ? { comment: decision.comment } : {}),
      decidedBy: decision.by,
      decidedAt: at,
    },
    at,
  );
}

/** Nobody is asked any more: the review ended, was withdrawn, or stopped waiting for this step. */
export const expireApproval = <A extends Approval>(approval: A, at: string): A =>
  nextVersion(
    {
      ...approval,
      status: 'expired',
    },
    at,
  );

/** A link stays valid until the step could escalate; a new link replaces it then. */
export const linkExpiry = (dueAt: string, settings: ApprovalSettings) =>
  daysAfter(dueAt, settings.escalateAfterDays);

/** The approval as API clients and pages see it. */
export function approvalView(stored: StoredApproval): Approval {
  const { taskToken: _task, linkTokenHash: _hash, linkExpiresAt: _expires, ...view } = stored;
  return view;
}

/** What the routing rules need to know of a person. */
export interface Person {
  id: string;
  roles: readonly string[];
  supervisorId?: string;
  /** `left`: no longer asked to decide (still found as someone's supervisor or approver). */
  status?: string;
}

/** How a step picks among several holders of its role (the `routing` approval setting). */
export type Routing = 'team' | 'first';

/** The owner's line of management, nearest first: supervisor, their supervisor, and so on. */
function lineOf(ownerId: string, people: readonly Person[]): string[] {
  const line: string[] = [];
  let current = people.find((person) => person.id === ownerId);
  while (current?.supervisorId && !line.includes(current.supervisorId)) {
    line.push(current.supervisorId);
    current = people.find((person) => person.id === current!.supervisorId);
  }
  return line;
}

/**
 * Who decides a step (separation of duties): a holder of the step's role who is not the subject's
 * owner or submitter. Where the department has several, `team` routing takes the one responsible
 * for the owner's team (the nearest in the owner's line of supervisors) and otherwise the first;
 * `first` routing always the first. When the owner is the role's only holder (a sales manager's
 * own contract), the step goes to the next in line: the owner's supervisor. Undefined when nobody
 * may decide it (nobody holds the role).
 */
export function chooseApprover(
  role: string,
  subject: { ownerId: string; submittedBy?: string },
  people: readonly Person[],
  routing: Routing = 'team',
): Person | undefined {
  const interested = new Set([subject.ownerId, subject.submittedBy].filter(Boolean));
  const holders = people.filter((person) => person.roles.includes(role));
  const eligible = holders.filter((person) => !interested.has(person.id));
  const inLine =
    routing === 'team'
      ? lineOf(subject.ownerId, people).find((id) => eligible.some((person) => person.id === id))
      : undefined;
  const holder = eligible.find((person) => person.id === inLine) ?? eligible[0];
  if (holder) return holder;
  // Nobody holds the role at all: nobody may decide (a supervisor without it may not either).
  if (holders.length === 0) return undefined;
  const owner = people.find((person) => person.id === subject.ownerId);
  const supervisor = people.find((person) => person.id === owner?.supervisorId);
  return supervisor && !interested.has(supervisor.id) ? supervisor : undefined;
}

/**
 * Whom an overdue step escalates to, keeping its authority: the approver's supervisor if they hold
 * the step's role, else another holder of the role; never the subject's owner, never someone who may
 * not decide it. Undefined: it stays with the approver (who was reminded).
 */
export function escalationTarget(
  approval: Pick<Approval, 'approverId' | 'approverRole'> & { subject: { ownerId: string } },
  people: readonly Person[],
): Person | undefined {
  const eligible = (person: Person | undefined): person is Person =>
    !!person &&
    person.status !== 'left' &&
    person.roles.includes(approval.approverRole) &&
    person.id !== approval.approverId &&
    person.id !== approval.subject.ownerId;
  const approver = people.find((person) => person.id === approval.approverId);
  const supervisor = people.find((person) => person.id === approver?.supervisorId);
  if (eligible(supervisor)) return supervisor;
  return people.find(eligible);
}
