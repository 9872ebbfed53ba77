import { commitChange, causes } from '#shared/change.ts';
import { ANY_EMPLOYEE } from '#shared/access.ts';
import { type Caller } from '#shared/caller.ts';
import { newId, nowIso } from '#shared/clock.ts';
import { expectedVersion } from '#shared/conditional.ts';
import { defineOperation, MERGE_PATCH_TYPES, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { pageParameters } from '#shared/listing.ts';
import { mergePatch } from '#shared/merge-patch.ts';
import { conflict } from '#shared/problem.ts';
import { createdReply, found, resourceReply } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { TransactionCancelled } from '#shared/transaction.ts';
import * as z from 'zod/mini';
import { approvalSettings, prepareReview, reviewsOf, askedToDecide } from '../approvals/public.ts';
import {
  assertCustomerAccess,
  CUSTOMER_ROLES,
  getCustomer,
  seesAllCustomers,
  ownCustomer,
} from '../customers/public.ts';
import { getQuote, getRevision } from '../sales/public.ts';
import { creditCheckFor, creditLines, orderSettings } from '../orders/public.ts';
import { assertFileArchived, getDocument } from '../archive/public.ts';
import { contractSigned, contractSubmitted, contractWithdrawn } from './events.ts';
import { type Contract, contractPatch, newContract, signing } from './model.ts';
import {
  draftFromQuote,
  reviewChainFor,
  editContract,
  reviewSubject,
  assertSignedScan,
  signContract,
  signedPayload,
  submitContract,
  withdrawContract,
} from './rules.ts';
import { Contracts } from './entities.ts';
import { contractWrites, getContract, listContracts } from './store.ts';

async function contractFor(caller: Caller, id: string): Promise<Contract> {
  const contract = found(await getContract(id), `Contract ${id}`);
  assertCustomerAccess(caller, { id: contract.id, ownerId: contract.ownerId });
  return contract;
}

const create = defineOperation({
  operationId: 'createContract',
  method: 'POST',
  path: '/contracts',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  body: newContract,
  idempotent: true,
  async handle(request) {
    const { caller, body } = request;
    const quote = found(await getQuote(body.quoteId), `Quote ${body.quoteId}`);
    assertCustomerAccess(caller, { id: quote.id, ownerId: quote.ownerId });
    const revision = found(
      await getRevision(quote.id, quote.acceptedRevision ?? quote.currentRevision),
      `The quote's revision`,
    );
    const contract = draftFromQuote(quote, revision, body, { id: newId(), at: nowIso() });
    try {
      return await createOnce(
        request,
        contractWrites(undefined, contract, caller.id),
        createdReply(`/contracts/${contract.id}`, contract),
      );
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedCondition('quoteContractClaim')) {
        throw conflict(`Quote ${quote.id} already has a contract.`);
      }
      throw error;
    }
  },
});

const list = defineOperation({
  operationId: 'listContracts',
  method: 'GET',
  path: '/contracts',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  query: z.strictObject(pageParameters),
  async handle({ caller, query }) {
    return {
      status: 200,
      body: await listContracts(seesAllCustomers(caller) ? 'department' : { ownerId: caller.id }, query),
    };
  },
});

const read = defineOperation({
  operationId: 'getContract',
  method: 'GET',
  path: '/contracts/{id}',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [ownCustomer, askedToDecide],
  params: idParams,
  async handle({ caller, params }) {
    const contract = found(await getContract(params.id), `Contract ${params.id}`);
    const reviews = await reviewsOf('contract', contract.id, caller);
    // Everyone asked to decide on it reads it too (legal reviews contracts it does not own).
    if (!reviews.asked) assertCustomerAccess(caller, { id: contract.id, ownerId: contract.ownerId });
    return { ...resourceReply(contract), body: { ...contract, reviews: reviews.history } };
  },
});

const update = defineOperation({
  operationId: 'updateContract',
  method: 'PATCH',
  path: '/contracts/{id}',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  params: idParams,
  body: contractPatch,
  bodyTypes: MERGE_PATCH_TYPES,
  conditional: true,
  async handle({ caller, params, body, headers }) {
    const contract = await contractFor(caller, params.id);
    expectedVersion(headers, contract.version);
    const next = editContract(mergePatch(contract, body), nowIso());
    await commitChange(contractWrites(contract, next, caller.id, stopsReview(contract, 'changed')));
    return resourceReply(next);
  },
});

const submit = defineOperation({
  operationId: 'submitContract',
  method: 'POST',
  path: '/contracts/{id}/submit',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  params: idParams,
  async handle({ caller, params }) {
    const contract = await contractFor(caller, params.id);
    const [customer, credit] = await Promise.all([
      getCustomer(contract.customerId),
      creditCheckFor(contract.customerId, contract.total, contract.currency),
    ]);
    const underReview = submitContract(contract, nowIso(), credit);
    const round = underReview.reviewRound;
    const lines = credit.needsOverride
      ? { en: creditLines(credit, 'en'), 'zh-CN': creditLines(credit, 'zh-CN') }
      : undefined;
    // The chain is resolved now and stays with this round, whatever changes in the department meanwhile.
    const start = await prepareReview(
      reviewChainFor(credit, orderSettings().credit.overrideRoles, approvalSettings().contractCommittee),
      round,
      reviewSubject(underReview, customer?.name ?? contract.customerId, lines),
      { submittedBy: caller.id, amount: contract.total },
      { key: Contracts.key({ id: contract.id }), fields: { status: 'under_review', reviewRound: round } },
    );
    // The review starts from the event, committed with the change: a failed start is retried, never lost.
    const submitted = causes(contractSubmitted, start);
    await commitChange(contractWrites(contract, underReview, caller.id, [submitted]));
    return { ...resourceReply(underReview), status: 202 };
  },
});

/** The event that stops a running review, when the change takes the contract out of it. */
const stopsReview = (before: Contract, reason: 'changed' | 'withdrawn') =>
  before.status === 'under_review' ? [causes(contractWithdrawn, { round: before.reviewRound, reason })] : [];

const withdraw = defineOperation({
  operationId: 'withdrawContract',
  method: 'POST',
  path: '/contracts/{id}/withdraw',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  params: idParams,
  async handle({ caller, params }) {
    const contract = await contractFor(caller, params.id);
    const draft = withdrawContract(contract, nowIso());
    await commitChange(contractWrites(contract, draft, caller.id, stopsReview(contract, 'withdrawn')));
    return resourceReply(draft);
  },
});

const sign = defineOperation({
  operationId: 'signContract',
  method: 'POST',
  path: '/contracts/{id}/sign',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  params: idParams,
  body: signing,
  async handle({ caller, params, body }) {
    const contract = await contractFor(caller, params.id);
    const effective = signContract(contract, body, nowIso());
    const scan = await getDocument(body.signedScanId);
    assertSignedScan(contract, scan);
    // The scan's file must be in the archive as announced (409 until it is uploaded).
    await assertFileArchived(scan);
    // Its order and the won opportunity follow from the event, committed with the signature.
    const signed = causes(contractSigned, signedPayload({ ...effective, signing: body }));
    await commitChange(contractWrites(contract, effective, caller.id, [signed]));
    return resourceReply(effective);
  },
});

export const contractOperations: readonly Operation[] = [create, list, read, update, submit, withdraw, sign];
