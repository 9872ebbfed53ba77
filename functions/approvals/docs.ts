/** OpenAPI text of the approval operations, keyed by operation id. */
import * as z from 'zod/mini';
import { approval, decisionRequest } from './model.ts';
import type { OperationDocs } from '#shared/http.ts';
import { pageOf } from '#shared/listing.ts';
import {
  authProblems,
  bodyProblems,
  idempotencyProblems,
  notFoundProblem,
} from '#shared/problem-responses.ts';
import { delegation, delegationWithSteps } from './delegation-model.ts';

const tags = ['Approvals'];
/** A subject's review history as its reads show it: each step less the subject and workflow. */
export const reviewHistoryItem = z.omit(approval, { subject: true, workflow: true });
const html = { contentType: 'text/html' };

export const approvalDocs: Record<string, OperationDocs> = {
  listMyApprovals: {
    summary: 'The steps waiting for my decision',
    tags,
    responses: [
      {
        status: 200,
        description: 'Pending approvals, by due time.',
        schema: z.object({ items: z.array(approval) }),
      },
      ...authProblems,
    ],
  },
  getApprovalPage: {
    summary: 'The confirmation page behind an emailed approval link',
    description:
      'Shows what is being decided, with Approve and Reject (a comment is required to reject) posting to the decision endpoint. Reading the page never changes anything. An invalid, replaced, expired or used link gets a page that says so (404, 410, 409).',
    tags,
    responses: [
      { status: 200, description: 'The confirmation page.', ...html },
      { status: 404, description: 'Unknown approval or a link that is not (or no longer) valid.', ...html },
      { status: 409, description: 'Already decided.', ...html },
      { status: 410, description: 'The link expired.', ...html },
    ],
  },
  headApprovalPage: {
    summary: 'Headers of the confirmation page (mail scanners); changes nothing',
    tags,
    responses: [
      { status: 200, description: 'As for GET, without a body.' },
      { status: 404, description: 'Unknown approval or a link that is not (or no longer) valid.' },
      { status: 409, description: 'Already decided.' },
      { status: 410, description: 'The link expired.' },
    ],
  },
  decideApproval: {
    summary: 'Approve or reject a step',
    description:
      'From the emailed page (a form post carrying the link token `t`; answers with a page) or from an API client with the approver’s own bearer token (JSON). The first decision wins; a second, late, expired, tampered or foreign attempt changes nothing and says why. Link tokens are 256 random bits, stored hashed, single-use, expiring and bound to one approver and one step. The waiting workflow resumes from the recorded decision shortly after; if the review ended meanwhile, the decision stays on record as expired.',
    tags,
    requestBody: decisionRequest,
    responses: [
      { status: 200, description: 'Recorded; the workflow continues.', schema: approval },
      { status: 400, description: 'Not a valid decision (a rejection without a comment, say).' },
      { status: 401, description: 'Neither a link token nor a valid bearer token.' },
      { status: 403, description: 'The bearer is not this step’s approver.' },
      notFoundProblem,
      { status: 409, description: 'Already decided.' },
      { status: 410, description: 'The link expired.' },
      ...bodyProblems,
    ],
  },
  createDelegation: {
    summary: 'Name a delegate for the days you are away',
    description:
      'The steps asked of you from `from` to `to` (the department’s calendar, at most 92 days) go to the delegate, who holds every deciding role you hold (sales manager, supervisor, legal, finance …) and is still here; a step whose subject the delegate owns, or whose authority they no longer hold, stays with you. One delegate at a time: an overlapping delegation is a 409. Steps asked before, and escalations, are not moved. Audited; honours `Idempotency-Key`.',
    tags,
    responses: [
      { status: 201, description: 'Made; `Location` is the delegation.', schema: delegation },
      ...authProblems,
      { status: 404, description: 'No employee profile for the caller.' },
      {
        status: 409,
        description: 'Another delegation of yours runs in those days, or was made at the same time.',
      },
      ...idempotencyProblems.filter((problem) => problem.status !== 409),
      ...bodyProblems,
    ],
  },
  listDelegations: {
    summary: 'Your delegations: those you made, or (`as=delegate`) those you stand in for',
    tags,
    responses: [
      { status: 200, description: 'One page, latest first day first.', schema: pageOf(delegation) },
      ...authProblems,
    ],
  },
  getDelegation: {
    summary: 'A delegation with each step its delegate was asked, and how it stands',
    description:
      'The approver, the delegate and audit. The approver also reads each subject (`asked to decide`).',
    tags,
    responses: [
      { status: 200, description: 'The delegation and its steps.', schema: delegationWithSteps },
      ...authProblems,
      notFoundProblem,
    ],
  },
  cancelDelegation: {
    summary: 'Cancel a delegation (the approver)',
    description: 'Steps asked from now on come to you again; those already with the delegate stay with them.',
    tags,
    responses: [
      { status: 200, description: 'Cancelled.', schema: delegation },
      ...authProblems,
      notFoundProblem,
      { status: 409, description: 'Cancelled already.' },
      { status: 412, description: 'Changed meanwhile: read it and try again.' },
    ],
  },
};
