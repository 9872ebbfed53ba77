import { commitChange, causes } from '#shared/change.ts';
import { nowIso } from '#shared/clock.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { found } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { etagOf } from '#shared/conditional.ts';
import { prepareReview } from '../approvals/public.ts';
import { CONTRACT_REVIEW_CHAIN } from '../contracts/public.ts';
import { getCustomer } from '../customers/public.ts';
import { amendmentSubject, proposeAmendment } from './amendment-rules.ts';
import { collected } from './receivable-rules.ts';
import { conflict } from '#shared/domain-errors.ts';
import { amendmentRequested } from './events.ts';
import { newAmendment } from './model.ts';
import { assertOrderAccess, ownOrder } from './rules.ts';
import { amendmentWrite, getOrderFile, orderWrites } from './store.ts';
import { OrderAmendments } from './entities.ts';

/**
 * Amendments: the rep asks for a change to the effective contract behind an order; the
 * contract's chain (sales manager, then legal) reviews it on the review kit; approved, the order
 * changes; the history is the order's amendments and timeline.
 */
const request = defineOperation({
  operationId: 'requestOrderAmendment',
  method: 'POST',
  path: '/orders/{id}/amendments',
  auth: 'jwt',
  roles: ['sales_rep', 'sales_manager'],
  ownership: [ownOrder],
  params: idParams,
  body: newAmendment,
  async handle({ caller, params, body }) {
    const file = found(await getOrderFile(params.id, true), `Order ${params.id}`);
    const { order } = file;
    assertOrderAccess(caller, order);
    if (file.installments.some((item) => item.status === 'written-off'))
      throw conflict('The order’s receivable was written off; its contract can no longer be amended.');
    const paid = collected(file.installments);
    const at = nowIso();
    const proposed = proposeAmendment(order, body, paid, caller.id, at);
    const customer = await getCustomer(order.customerId);
    const start = await prepareReview(
      CONTRACT_REVIEW_CHAIN,
      proposed.amendment.number,
      amendmentSubject(proposed.order, proposed.amendment, customer?.name ?? order.customerId),
      { submittedBy: caller.id, amount: proposed.amendment.after.total },
      {
        key: OrderAmendments.key({ orderId: order.id, number: proposed.amendment.number }),
        fields: { status: 'under_review' },
      },
    );
    await commitChange(
      orderWrites(
        order,
        proposed.order,
        {
          at,
          what: 'amendment-requested',
          by: caller.id,
          note: `${proposed.amendment.number}: ${body.reason}`,
        },
        caller.id,
        {
          with: [amendmentWrite(undefined, proposed.amendment)],
          events: [causes(amendmentRequested, start, { type: 'order-amendment', id: order.id })],
        },
      ),
    );
    return {
      status: 202,
      body: proposed.amendment,
      headers: { etag: etagOf(proposed.amendment.version), location: `/orders/${order.id}` },
    };
  },
});

export const amendmentOperations: readonly Operation[] = [request];
