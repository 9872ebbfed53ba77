import { ANY_EMPLOYEE } from '#shared/access.ts';
import { newId, nowIso } from '#shared/clock.ts';
import { conflict } from '#shared/domain-errors.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { found } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { assertUploadedAsAnnounced, downloadUrl, PRESIGNED_SECONDS, uploadUrl } from '#shared/storage.ts';
import { createOnce } from '#shared/idempotency.ts';
import { reviewsOf, askedToDecide } from '../approvals/public.ts';
import { MAX_RECEIPTS, newReceipt, type Receipt, receiptParams } from './model.ts';
import { assertClaimReadable, assertClaimant, claimant, ownClaim } from './rules.ts';
import { getClaimFile, receiptKey, receiptWrite } from './store.ts';

/**
 * Receipts and invoices: uploaded straight to the private documents bucket through a
 * presigned URL signed for the file's type and size, listed with the claim, downloaded through a
 * presigned URL by whoever may read the claim. Attached while the claim is a draft (or rejected);
 * a submitted claim's receipts cannot change.
 */
const attach = defineOperation({
  operationId: 'attachClaimReceipt',
  method: 'POST',
  path: '/expenses/claims/{id}/receipts',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [claimant],
  params: idParams,
  body: newReceipt,
  idempotent: true,
  async handle(request) {
    const { caller, params, body } = request;
    const { claim, receipts } = found(await getClaimFile(params.id), `Claim ${params.id}`);
    assertClaimant(caller, claim, 'attaches receipts');
    if (claim.status !== 'draft' && claim.status !== 'rejected')
      throw conflict(
        `Claim ${claim.id} is ${claim.status.replace('_', ' ')}; its receipts can no longer change.`,
      );
    if (receipts.length >= MAX_RECEIPTS) throw conflict(`A claim has at most ${MAX_RECEIPTS} receipts.`);
    const receipt: Receipt = {
      id: newId(),
      claimId: claim.id,
      ...body,
      addedBy: caller.id,
      addedAt: nowIso(),
    };
    // A replay answers the first upload URL, which may have expired: attach the file again then.
    return createOnce(request, [receiptWrite(receipt)], {
      status: 201,
      headers: { location: `/expenses/claims/${claim.id}/receipts/${receipt.id}` },
      body: {
        receipt,
        upload: {
          method: 'PUT',
          url: await uploadUrl(receiptKey(receipt), receipt.contentType, receipt.size),
          headers: { 'content-type': receipt.contentType },
          expiresInSeconds: PRESIGNED_SECONDS,
        },
      },
    });
  },
});

const EXTENSIONS: Record<Receipt['contentType'], string> = {
  'application/pdf': '.pdf',
  'image/jpeg': '.jpg',
  'image/png': '.png',
};

const download = defineOperation({
  operationId: 'downloadClaimReceipt',
  method: 'GET',
  path: '/expenses/claims/{id}/receipts/{receiptId}',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [ownClaim, askedToDecide],
  params: receiptParams,
  async handle({ caller, params }) {
    const { claim, receipts } = found(await getClaimFile(params.id), `Claim ${params.id}`);
    assertClaimReadable(caller, claim, (await reviewsOf('claim', claim.id, caller)).asked);
    const receipt = found(
      receipts.find((candidate) => candidate.id === params.receiptId),
      `Receipt ${params.receiptId}`,
    );
    await assertUploadedAsAnnounced(receiptKey(receipt), receipt, `Receipt ${receipt.fileName}`);
    return {
      status: 200,
      body: {
        url: await downloadUrl(
          receiptKey(receipt),
          `receipt-${receipt.id}${EXTENSIONS[receipt.contentType]}`,
        ),
        expiresInSeconds: PRESIGNED_SECONDS,
      },
    };
  },
});

/** Every receipt of a claim was uploaded as announced (type and size): checked before it is submitted. */
export async function assertReceiptsUploaded(receipts: readonly Receipt[]): Promise<void> {
  await Promise.all(
    receipts.map((receipt) =>
      assertUploadedAsAnnounced(receiptKey(receipt), receipt, `Receipt ${receipt.fileName}`),
    ),
  );
}

export const receiptOperations: readonly Operation[] = [attach, download];
