import { commitChange, causes } from '#shared/change.ts';
import { newId, nowIso } from '#shared/clock.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { found, resourceReply } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { type TransactItem } from '#shared/transaction.ts';
import { orderReceived, receiptIssueResolved } from './events.ts';
import { recordReceipt, resolveIssue } from './fulfilment-rules.ts';
import { issueParams, issueResolution, type Order, type ReceiptIssue, receiptRecord } from './model.ts';
import { assertOrderAccess, ownOrder } from './rules.ts';
import { assertRepOrAdmin, entry, orderFor } from './steps.ts';
import { getOrderFile, issueWrite, orderWrites } from './store.ts';

/**
 * The receipt of an order: recorded by the rep (or confirmed by the customer's contact
 * from the emailed link, receipt-links.ts), with the problems it reports; each problem resolved by
 * the rep or by the service ticket that solved it, the order delivered when none is left open.
 */

/** The receipt's change of the order, its issues and its event: from the rep or the customer's link. */
export function receiptWrites(
  order: Order,
  receipt: NonNullable<Order['receipt']>,
  problems: readonly { kind: ReceiptIssue['kind']; description: string }[],
): { next: Order; items: TransactItem[] } {
  const next = recordReceipt(order, receipt, problems.length);
  const issues: ReceiptIssue[] = problems.map((problem) => ({
    id: newId(),
    orderId: order.id,
    kind: problem.kind,
    description: problem.description,
    reportedBy: receipt.by,
    reportedAt: receipt.at,
    status: 'open',
    version: 1,
  }));
  const note = problems.length > 0 ? `${problems.length} problem(s) reported` : undefined;
  return {
    next,
    items: orderWrites(order, next, entry(receipt.at, 'received', receipt.by, note), receipt.by, {
      with: [...issues.map((issue) => issueWrite(undefined, issue))],
      events: [
        causes(orderReceived, {
          orderId: order.id,
          ownerId: order.ownerId,
          customerId: order.customerId,
          via: receipt.via,
          ...(receipt.by.startsWith('contact:') ? { contactId: receipt.by.slice('contact:'.length) } : {}),
          receivedOn: receipt.receivedOn,
          problems: problems.length,
          issues: issues.map((issue) => ({
            issueId: issue.id,
            kind: issue.kind,
            description: issue.description,
          })),
        }),
      ],
    }),
  };
}

const receive = defineOperation({
  operationId: 'recordOrderReceipt',
  method: 'POST',
  path: '/orders/{id}/receipt',
  auth: 'jwt',
  roles: ['sales_rep', 'sales_admin', 'sales_manager'],
  ownership: [ownOrder],
  params: idParams,
  body: receiptRecord,
  async handle({ caller, params, body }) {
    const order = await orderFor(caller, params.id);
    assertRepOrAdmin(caller, order);
    const at = nowIso();
    const { next, items } = receiptWrites(
      order,
      { at, by: caller.id, via: 'rep', receivedOn: body.receivedOn },
      body.problems,
    );
    await commitChange(items);
    return resourceReply(next);
  },
});

/**
 * A receipt issue resolved, by its rep or by the service ticket that solved it: the issue, the
 * order (delivered when none is left open) and its event.
 */
export function issueResolutionWrites(
  order: Order,
  issue: ReceiptIssue,
  resolution: string,
  by: string,
  at: string,
): { issue: ReceiptIssue; items: TransactItem[] } {
  const resolved = resolveIssue(order, issue, { text: resolution, by }, at);
  return {
    issue: resolved.issue,
    items: orderWrites(order, resolved.order, entry(at, 'issue-resolved', by, resolution), by, {
      with: [issueWrite(issue, resolved.issue)],
      events: [
        causes(receiptIssueResolved, {
          orderId: order.id,
          ownerId: order.ownerId,
          issueId: issue.id,
          openIssues: resolved.order.openIssues,
          resolution,
        }),
      ],
    }),
  };
}

const resolve = defineOperation({
  operationId: 'resolveReceiptIssue',
  method: 'POST',
  path: '/orders/{id}/issues/{issueId}/resolution',
  auth: 'jwt',
  roles: ['sales_rep', 'sales_admin', 'sales_manager'],
  ownership: [ownOrder],
  params: issueParams,
  body: issueResolution,
  async handle({ caller, params, body }) {
    const file = found(await getOrderFile(params.id), `Order ${params.id}`);
    const { order } = file;
    assertOrderAccess(caller, order);
    assertRepOrAdmin(caller, order);
    const issue = found(
      file.issues.find((candidate) => candidate.id === params.issueId),
      `Issue ${params.issueId} of order ${params.id}`,
    );
    const { issue: resolved, items } = issueResolutionWrites(
      order,
      issue,
      body.resolution,
      caller.id,
      nowIso(),
    );
    await commitChange(items);
    return resourceReply(resolved);
  },
});

export const receiptOperations: readonly Operation[] = [receive, resolve];
