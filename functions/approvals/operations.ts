import { ANY_EMPLOYEE, self } from '#shared/access.ts';
import { defineOperation, FORM_TYPE, type Operation, type Reply } from '#shared/http.ts';
import { linkPageRoutes } from '#shared/link-pages.ts';
import { asProblem } from '#shared/problem.ts';
import { resourceReply } from '#shared/resource-replies.ts';
import { idParams, ulidId } from '#shared/schemas.ts';
import { parsePart } from '#shared/validation.ts';
import * as z from 'zod/mini';
import { decide } from './decisions.ts';
import { delegationOperations } from './delegations.ts';
import { decisionRequest } from './model.ts';
import { confirmationPage, decidedPage, errorPage, unusableLinkPage } from './page.ts';
import { approvalView, checkLink, stepApprover } from './rules.ts';
import { getApproval, pendingApprovalsOf } from './store.ts';

const mine = defineOperation({
  operationId: 'listMyApprovals',
  method: 'GET',
  path: '/approvals',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [self],
  async handle({ caller }) {
    const pending = await pendingApprovalsOf(caller.id);
    return { status: 200, body: { items: pending.map(approvalView) } };
  },
});

/** The page behind the emailed link. Reading it changes nothing. */
async function linkPage(id: string, token: string | undefined): Promise<Reply> {
  if (!z.safeParse(ulidId, id).success) return unusableLinkPage('invalid');
  const approval = await getApproval(id);
  if (!approval) return unusableLinkPage('invalid');
  const check = checkLink(approval, token, new Date());
  return check === 'ok'
    ? confirmationPage(approvalView(approval), token!)
    : unusableLinkPage(check, approvalView(approval));
}

const pages = linkPageRoutes({
  path: '/approvals/{id}',
  getOperationId: 'getApprovalPage',
  headOperationId: 'headApprovalPage',
  show: linkPage,
});

const decision = defineOperation({
  operationId: 'decideApproval',
  method: 'POST',
  path: '/approvals/{id}/decision',
  auth: 'public',
  ownership: [stepApprover],
  params: idParams,
  // Checked below, so that a person at the form gets a page, not JSON.
  body: z.record(z.string(), z.unknown()),
  bodyTypes: ['application/json', FORM_TYPE],
  async handle({ params, body, headers }) {
    const fromForm = (headers['content-type'] ?? '').startsWith(FORM_TYPE);
    try {
      const input = parsePart('body', decisionRequest, body);
      const decided = await decide(params.id, {
        decision: input.decision,
        comment: input.comment || undefined,
        linkToken: input.t,
        authorization: fromForm ? undefined : headers.authorization,
      });
      return fromForm ? decidedPage(approvalView(decided)) : resourceReply(approvalView(decided));
    } catch (error) {
      const problem = asProblem(error);
      if (fromForm && problem) {
        return errorPage(problem.status, problem.errors?.map((e) => e.message).join('; ') || problem.message);
      }
      throw error;
    }
  },
});

export const approvalOperations: readonly Operation[] = [mine, ...pages, decision, ...delegationOperations];
