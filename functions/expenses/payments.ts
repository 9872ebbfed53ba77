import { causes } from '#shared/change.ts';
import { nowIso } from '#shared/clock.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { found } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { claimPaid } from './events.ts';
import { newClaimPayment } from './model.ts';
import { payClaim } from './rules.ts';
import { claimWrites, getClaimFile, payoutWrite, paymentWrite, spendWrite } from './store.ts';

/**
 * Finance pays an approved claim and records it: the payment (amount, day, reference, who)
 * is a record of its own, written once with the claim becoming paid, its reservation becoming
 * spending and the claimant's payouts counting it; `expense.claim-paid` tells the claimant.
 */
const pay = defineOperation({
  operationId: 'recordClaimPayment',
  method: 'POST',
  path: '/expenses/claims/{id}/payment',
  auth: 'jwt',
  roles: ['finance'],
  params: idParams,
  body: newClaimPayment,
  idempotent: true,
  async handle(request) {
    const { caller, params, body } = request;
    const { claim } = found(await getClaimFile(params.id), `Claim ${params.id}`);
    const paid = payClaim(claim, body, caller.id, nowIso());
    // A concurrent second payment is refused by the claim's version and the payment's own condition.
    const items = claimWrites(claim, paid.claim, caller.id, {
      with: [
        paymentWrite(paid.payment),
        ...(claim.reservedOn ?? []).map((ref) => spendWrite(ref, claim.amount)),
        payoutWrite(paid.claim),
      ],
      events: [
        causes(claimPaid, {
          claimId: claim.id,
          claimantId: claim.claimantId,
          amount: paid.payment.amount,
          currency: paid.payment.currency,
          paidOn: paid.payment.paidOn,
          reference: paid.payment.reference,
        }),
      ],
    });
    return createOnce(request, items, {
      status: 201,
      body: paid.payment,
      headers: { location: `/expenses/claims/${claim.id}` },
    });
  },
});

export const paymentOperations: readonly Operation[] = [pay];
