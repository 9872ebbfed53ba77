import { causes } from '#shared/change.ts';
import { callerFromBearer } from '#shared/bearer.ts';
import { forbidden, HttpProblem, notFound, unauthorized } from '#shared/problem.ts';
import { TransactionCancelled } from '#shared/transaction.ts';
import { approvalDecided } from './events.ts';
import type { StoredApproval } from './model.ts';
import { checkLink, committeeOutcome, decideApproval, type LinkCheck } from './rules.ts';
import { committeeWrites, getApproval, saveApproval, subjectStillUnderReview } from './store.ts';

/** A committee seat's vote as its approval shows it. */
const voteOf = (seat: StoredApproval) =>
  seat.status === 'approved'
    ? 'approve'
    : seat.status === 'rejected'
      ? 'reject'
      : seat.status === 'expired'
        ? 'expired'
        : 'none';

/** Votes of one committee that arrive together are written one after the other: this many tries. */
const COMMITTEE_TRIES = 5;

const LINK_PROBLEMS: Record<Exclude<LinkCheck, 'ok'>, HttpProblem> = {
  missing: new HttpProblem(401, 'Send the link token (t) or a bearer token.'),
  invalid: new HttpProblem(404, 'This link is not valid for this approval.'),
  expired: new HttpProblem(410, 'This link has expired.'),
  decided: new HttpProblem(409, 'This step has already been decided.'),
};

export interface Decision {
  decision: 'approve' | 'reject';
  comment?: string;
  /** The emailed link's token; without it the bearer token must be the approver's. */
  linkToken?: string;
  authorization?: string;
}

/**
 * Records a human decision; the workflow resumes from the `approval.decided` event. Either the emailed link (bound to this
 * approval, its current approver, unexpired, single-use) or the approver's own bearer token
 * authorizes it. The conditional write makes the first decision win; any later one is a 409.
 */
export async function decide(
  id: string,
  input: Decision,
  now = new Date(),
  attempt = 1,
): Promise<StoredApproval> {
  const approval = await getApproval(id, attempt > 1);
  if (!approval) throw notFound(`Approval ${id} does not exist.`);
  let actorId: string;
  if (input.linkToken !== undefined) {
    const check = checkLink(approval, input.linkToken, now);
    if (check !== 'ok') throw LINK_PROBLEMS[check];
    actorId = approval.approverId;
  } else {
    const caller = await callerFromBearer(input.authorization);
    if (!caller) throw unauthorized('Send the emailed link token or a valid bearer token.');
    if (caller.id !== approval.approverId) throw forbidden('This step is for another approver.');
    if (approval.status !== 'pending') throw LINK_PROBLEMS.decided;
    actorId = caller.id;
  }
  const at = now.toISOString();
  const decided = decideApproval(
    approval,
    { decision: input.decision, comment: input.comment, by: actorId },
    at,
  );
  // The workflow resumes from the event committed with the decision: it cannot be stranded.
  const reported = causes(approvalDecided, {
    approvalId: approval.id,
    workflow: approval.workflow,
    step: approval.step,
    decision: input.decision,
    comment: input.comment ?? '',
    decidedBy: actorId,
  });
  const standing = approval.subject.standsWhile;
  const also = standing ? [subjectStillUnderReview(standing)] : [];
  // A committee seat: the step is decided only by the vote that reaches its outcome, which then
  // expires the seats still open; any other vote is recorded and waits for the rest.
  let decidesStep = true;
  if (approval.committee) {
    const others = (
      await Promise.all(
        approval.committee.memberIds
          .filter((seat) => seat !== approval.id)
          .map((seat) => getApproval(seat, true)),
      )
    ).filter((seat): seat is StoredApproval => seat !== undefined);
    decidesStep = committeeOutcome([...others.map(voteOf), input.decision], approval.committee) !== undefined;
    also.push(...committeeWrites(others, decidesStep, at, actorId));
  }
  try {
    await saveApproval(approval, decided, actorId, { events: decidesStep ? [reported] : [], also });
  } catch (error) {
    if (error instanceof TransactionCancelled && error.failedCondition('approval'))
      throw LINK_PROBLEMS.decided;
    if (
      approval.committee &&
      error instanceof TransactionCancelled &&
      (error.failedCondition('committeeSeat') || error.conflicted)
    ) {
      if (attempt < COMMITTEE_TRIES) return decide(id, input, now, attempt + 1);
      throw new HttpProblem(409, 'Another member decided at the same moment; try again.', {
        headers: { 'retry-after': '1' },
      });
    }
    if (error instanceof TransactionCancelled && error.failedCondition('reviewedSubject'))
      throw new HttpProblem(
        409,
        'The subject was changed or withdrawn since this step was asked; this review has ended and nothing was recorded.',
      );
    throw error;
  }
  return decided;
}
