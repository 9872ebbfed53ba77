import { commitChange, causes } from '#shared/change.ts';
import { ANY_EMPLOYEE } from '#shared/access.ts';
import { newResource, nowIso } from '#shared/clock.ts';
import { conflict } from '#shared/domain-errors.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { pageParameters } from '#shared/listing.ts';
import { createdReply, found, resourceReply } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { TransactionCancelled } from '#shared/transaction.ts';
import { validationProblem } from '#shared/problem.ts';
import * as z from 'zod/mini';
import { prepareReview, reviewsOf, askedToDecide } from '../approvals/public.ts';
import { getEmployee } from '../employees/public.ts';
import { claimSubmitted, claimWithdrawn } from './events.ts';
import { type Claim, claimListQuery, newClaim } from './model.ts';
import {
  assertClaimReadable,
  claimSubject,
  expenseChain,
  lineOf,
  SEE_ALL_CLAIMS,
  submitClaim,
  withdrawClaim,
  withoutRepeats,
  assertClaimant,
  claimant,
  ownClaim,
} from './rules.ts';
import { expenseSettings } from './settings.ts';
import { assertReceiptsUploaded } from './receipts.ts';
import { assertClaimableTrip } from './trip-rules.ts';
import {
  claimAudit,
  claimWrites,
  getBudgetLine,
  getClaim,
  getClaimFile,
  getTrip,
  listClaims,
  lineRef,
  releaseWrite,
  reserveWrite,
} from './store.ts';
import { Claims } from './entities.ts';

/**
 * Expense claims: filed before spending, submitted with their amount reserved on
 * the budget in the same transaction, approved tier by tier, paid or refused by finance. A
 * submitted claim's amount, category and chain cannot change.
 */
const create = defineOperation({
  operationId: 'createClaim',
  method: 'POST',
  path: '/expenses/claims',
  auth: 'jwt',
  roles: ['sales_rep', 'sales_manager', 'supervisor', 'sales_admin'],
  body: newClaim,
  idempotent: true,
  async handle(request) {
    const { caller, body } = request;
    if (body.tripId) assertClaimableTrip(await getTrip(body.tripId), caller.id);
    const { currency } = expenseSettings();
    const claim: Claim = newResource({
      ...body,
      claimantId: caller.id,
      currency,
      status: 'draft' as const,
      round: 0,
    }) as Claim;
    return createOnce(
      request,
      claimWrites(undefined, claim, caller.id),
      createdReply(`/expenses/claims/${claim.id}`, claim),
    );
  },
});

const list = defineOperation({
  operationId: 'listClaims',
  method: 'GET',
  path: '/expenses/claims',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [ownClaim],
  query: z.strictObject({ ...pageParameters, ...claimListQuery.def.shape }),
  async handle({ caller, query }) {
    const { status, ...page } = query;
    const scope = SEE_ALL_CLAIMS.some((role) => caller.roles.has(role))
      ? 'department'
      : { ownerId: caller.id };
    return { status: 200, body: await listClaims(scope, status, page) };
  },
});

async function readable(caller: Parameters<typeof assertClaimReadable>[0], id: string) {
  const { claim, receipts, payment } = found(await getClaimFile(id), `Claim ${id}`);
  const reviews = await reviewsOf('claim', claim.id, caller);
  assertClaimReadable(caller, claim, reviews.asked);
  return { claim, receipts, payment, reviews };
}

const read = defineOperation({
  operationId: 'getClaim',
  method: 'GET',
  path: '/expenses/claims/{id}',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [ownClaim, askedToDecide],
  params: idParams,
  async handle({ caller, params }) {
    const { claim, receipts, payment, reviews } = await readable(caller, params.id);
    return {
      ...resourceReply(claim),
      body: { ...claim, receipts, ...(payment ? { payment } : {}), reviews: reviews.history },
    };
  },
});

const audit = defineOperation({
  operationId: 'getClaimAudit',
  method: 'GET',
  path: '/expenses/claims/{id}/audit',
  auth: 'jwt',
  roles: ['auditor', 'finance', 'sales_manager', 'general_manager'],
  params: idParams,
  async handle({ params }) {
    found(await getClaim(params.id), `Claim ${params.id}`);
    return { status: 200, body: { items: await claimAudit(params.id) } };
  },
});

const submit = defineOperation({
  operationId: 'submitClaim',
  method: 'POST',
  path: '/expenses/claims/{id}/submit',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [claimant],
  params: idParams,
  async handle({ caller, params }) {
    const { claim, receipts } = found(await getClaimFile(params.id), `Claim ${params.id}`);
    assertClaimant(caller, claim, 'submits a claim');
    // Finance checks the vouchers that were announced: each must be in the bucket as announced.
    await assertReceiptsUploaded(receipts);
    const department = lineRef(lineOf(claim, 'department'));
    const own = lineRef(lineOf(claim, caller.id));
    const [shared, mine] = await Promise.all([getBudgetLine(department), getBudgetLine(own)]);
    // The rep's own part when the budget gives them one, else the department's.
    const line = mine ?? shared;
    if (!line)
      throw validationProblem([
        {
          in: 'body',
          path: 'date',
          message: `There is no ${claim.category} budget for ${claim.date.slice(0, 7)}.`,
        },
      ]);
    const at = nowIso();
    const settings = expenseSettings();
    const next = submitClaim(claim, receipts.length, settings, [lineRef(line)], at);
    const claimant = await getEmployee(caller.id);
    const start = await prepareReview(
      expenseChain(settings),
      next.round,
      claimSubject(next, claimant?.name ?? caller.id, { ...line, available: line.available - claim.amount }),
      { submittedBy: caller.id, amount: claim.amount },
      { key: Claims.key({ id: claim.id }), fields: { status: 'under_review', round: next.round } },
    );
    try {
      await commitChange(
        claimWrites(claim, next, caller.id, {
          with: [reserveWrite(lineRef(line), claim.amount)],
          events: [causes(claimSubmitted, { ...start, chain: withoutRepeats(start.chain) })],
        }),
      );
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedCondition('budgetLine'))
        throw conflict(
          `Over budget: ${claim.category} ${claim.date.slice(0, 7)} has less than ${claim.amount} available; nothing was reserved.`,
        );
      throw error;
    }
    return { ...resourceReply(next), status: 202 };
  },
});

const withdraw = defineOperation({
  operationId: 'withdrawClaim',
  method: 'POST',
  path: '/expenses/claims/{id}/withdraw',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [claimant],
  params: idParams,
  async handle({ caller, params }) {
    const { claim, reviews } = await readable(caller, params.id);
    assertClaimant(caller, claim, 'withdraws a claim');
    const decided = reviews.history.some(
      (step) => step.round === claim.round && (step.status === 'approved' || step.status === 'rejected'),
    );
    const at = nowIso();
    const next = withdrawClaim(claim, decided, at);
    await commitChange(
      claimWrites(claim, next, caller.id, {
        with: [...(claim.reservedOn ?? []).map((ref) => releaseWrite(ref, claim.amount))],
        events: [causes(claimWithdrawn, { claimId: claim.id, round: claim.round })],
      }),
    );
    return resourceReply(next);
  },
});

export const claimOperations: readonly Operation[] = [create, list, read, audit, submit, withdraw];
