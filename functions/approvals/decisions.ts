import { callerFromBearer } from '#shared/bearer.ts';
import { conflict, forbidden, HttpProblem, notFound, unauthorized } from '#shared/problem.ts';
import { TransactionCancelled } from '#shared/transaction.ts';
import { resumeWorkflow, WorkflowNotWaiting } from '#shared/workflow.ts';
import type { StoredApproval } from './model.ts';
import { checkLink, type LinkCheck } from './rules.ts';
import { getApproval, saveApproval } from './store.ts';

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
 * Records a human decision and resumes the workflow. Either the emailed link (bound to this
 * approval, its current approver, unexpired, single-use) or the approver's own bearer token
 * authorizes it. The conditional write makes the first decision win; any later one is a 409.
 */
export async function decide(id: string, input: Decision, now = new Date()): Promise<StoredApproval> {
  const approval = await getApproval(id);
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
  const decided: StoredApproval = {
    ...approval,
    status: input.decision === 'approve' ? 'approved' : 'rejected',
    decision: input.decision,
    ...(input.comment ? { comment: input.comment } : {}),
    decidedBy: actorId,
    decidedAt: at,
    version: approval.version + 1,
    updatedAt: at,
  };
  try {
    await saveApproval(approval, decided, actorId);
  } catch (error) {
    if (error instanceof TransactionCancelled && error.failedCondition(0)) throw LINK_PROBLEMS.decided;
    throw error;
  }
  const report = {
    approvalId: approval.id,
    step: approval.step,
    decidedBy: actorId,
    comment: input.comment ?? '',
  };
  try {
    await resumeWorkflow(
      approval.taskToken,
      input.decision === 'approve'
        ? { succeeded: true, output: report }
        : { succeeded: false, error: 'Rejected', cause: report },
    );
  } catch (error) {
    if (!(error instanceof WorkflowNotWaiting)) throw error;
    // The review ended meanwhile (timed out or stopped): the decision stands on record, but no longer counts.
    await saveApproval(decided, { ...decided, status: 'expired', version: decided.version + 1 }, 'workflow', {
      undecidedOnly: false,
    });
    throw conflict('The workflow no longer waits for this decision (it timed out or was stopped).');
  }
  return decided;
}
