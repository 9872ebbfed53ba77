import { commitChange } from '#shared/change.ts';
import { newResource, nowIso } from '#shared/clock.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { pageParameters } from '#shared/listing.ts';
import { createdReply, found, resourceReply } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import * as z from 'zod/mini';
import { CUSTOMER_ROLES, visibleCustomer, ownCustomer } from '../customers/public.ts';
import { assertOwned, scopeOf } from './access.ts';
import { newOpportunity, type Opportunity, stageChange } from './model.ts';
import { moveOpportunity } from './rules.ts';
import { getOpportunity, listOpportunities, listStageChanges, opportunityWrites } from './store.ts';

// Opportunities

const createOpportunity = defineOperation({
  operationId: 'createOpportunity',
  method: 'POST',
  path: '/opportunities',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  body: newOpportunity,
  idempotent: true,
  async handle(request) {
    const customer = await visibleCustomer(request.caller, request.body.customerId);
    const now = nowIso();
    const opportunity: Opportunity = newResource(
      { ...request.body, ownerId: customer.ownerId, stage: 'identified' as const },
      now,
    );
    return createOnce(
      request,
      opportunityWrites(
        undefined,
        opportunity,
        { from: null, to: 'identified', at: now, by: request.caller.id },
        request.caller.id,
      ),
      createdReply(`/opportunities/${opportunity.id}`, opportunity),
    );
  },
});

const listOpportunitiesOperation = defineOperation({
  operationId: 'listOpportunities',
  method: 'GET',
  path: '/opportunities',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  query: z.strictObject(pageParameters),
  async handle({ caller, query }) {
    return { status: 200, body: await listOpportunities(scopeOf(caller), query) };
  },
});

const getOpportunityOperation = defineOperation({
  operationId: 'getOpportunity',
  method: 'GET',
  path: '/opportunities/{id}',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  params: idParams,
  async handle({ caller, params }) {
    const opportunity = found(await getOpportunity(params.id), `Opportunity ${params.id}`);
    assertOwned(caller, opportunity);
    const history = await listStageChanges(params.id);
    return { ...resourceReply(opportunity), body: { ...opportunity, stageHistory: history.items } };
  },
});

const changeStage = defineOperation({
  operationId: 'changeOpportunityStage',
  method: 'POST',
  path: '/opportunities/{id}/stage',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  params: idParams,
  body: stageChange,
  async handle({ caller, params, body }) {
    const current = found(await getOpportunity(params.id), `Opportunity ${params.id}`);
    assertOwned(caller, current);
    const { next, change } = moveOpportunity(current, { ...body, by: caller.id }, nowIso());
    await commitChange(opportunityWrites(current, next, change, caller.id));
    return resourceReply(next);
  },
});

export const opportunityOperations: readonly Operation[] = [
  createOpportunity,
  listOpportunitiesOperation,
  getOpportunityOperation,
  changeStage,
];
