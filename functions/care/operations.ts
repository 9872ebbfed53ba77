import { timeZone } from '#shared/calendar.ts';
import { type Caller } from '#shared/caller.ts';
import { newResource, nowIso } from '#shared/clock.ts';
import { completeRevisit } from './revisit-rules.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { pageParameters } from '#shared/listing.ts';
import { conflict, forbidden } from '#shared/problem.ts';
import { found, resourceReply } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { commit, TransactionCancelled } from '#shared/transaction.ts';
import * as z from 'zod/mini';
import {
  CUSTOMER_ROLES,
  getContact,
  recordInteractionWrites,
  seesAllCustomers,
  visibleCustomer,
  ownCustomer,
} from '../customers/public.ts';

import { completion, type Revisit, revisitListQuery } from './model.ts';
import { completeRevisitWrites, getRevisit, listCareMessages, listRevisits } from './store.ts';

/** Revisits follow their customers: a rep works their own, the manager and sales admin all. */
function assertRevisitAccess(caller: Caller, revisit: Revisit) {
  if (!seesAllCustomers(caller) && revisit.ownerId !== caller.id) {
    throw forbidden(`Revisit ${revisit.id} belongs to another sales rep.`);
  }
}

const list = defineOperation({
  operationId: 'listRevisits',
  method: 'GET',
  path: '/revisits',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  query: z.strictObject({ ...revisitListQuery.def.shape, ...pageParameters }),
  async handle({ caller, query }) {
    const { limit, cursor, ...filter } = query;
    // Everyone sees their own by default; the manager and sales admin may name a rep, or `all`.
    const owner = filter.owner ?? caller.id;
    if (owner !== caller.id && !seesAllCustomers(caller))
      throw forbidden('A sales rep sees only their own revisits.');
    const scope = owner === 'all' ? 'department' : { ownerId: owner };
    return { status: 200, body: await listRevisits(scope, filter, { limit, cursor }) };
  },
});

const read = defineOperation({
  operationId: 'getRevisit',
  method: 'GET',
  path: '/revisits/{id}',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  params: idParams,
  async handle({ caller, params }) {
    const revisit = found(await getRevisit(params.id), `Revisit ${params.id}`);
    assertRevisitAccess(caller, revisit);
    return resourceReply(revisit);
  },
});

const complete = defineOperation({
  operationId: 'completeRevisit',
  method: 'POST',
  path: '/revisits/{id}/complete',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  params: idParams,
  body: completion,
  async handle({ caller, params, body }) {
    const revisit = found(await getRevisit(params.id), `Revisit ${params.id}`);
    assertRevisitAccess(caller, revisit);
    if (body.contactId)
      found(await getContact(revisit.customerId, body.contactId), `Contact ${body.contactId}`);
    const now = nowIso();
    const interaction = newResource(
      {
        customerId: revisit.customerId,
        recordedBy: caller.id,
        channel: body.channel,
        occurredAt: body.occurredAt ?? now,
        summary: `Revisit: ${body.outcome}`,
        outcome: `Satisfaction ${body.satisfaction}/5`,
        ...(body.contactId ? { contactId: body.contactId } : {}),
      },
      now,
    );
    const completed = completeRevisit(
      revisit,
      {
        by: caller.id,
        outcome: body.outcome,
        satisfaction: body.satisfaction,
        interactionId: interaction.id,
      },
      now,
    );
    try {
      // The record of the revisit keeps the customer's open follow-ups, as any contact does.
      const recorded = await recordInteractionWrites(
        interaction,
        { id: revisit.customerId, name: revisit.customerName, ownerId: revisit.ownerId },
        timeZone(),
      );
      await commit(completeRevisitWrites(revisit, completed, caller.id, recorded));
    } catch (error) {
      // Someone completed it between our read and write: the first completion stands.
      if (
        error instanceof TransactionCancelled &&
        (error.failedCondition('revisit') || error.failedCondition('openRevisitClaim'))
      ) {
        throw conflict(`Revisit ${revisit.id} was completed meanwhile.`);
      }
      throw error;
    }
    return resourceReply(completed);
  },
});

const careMessages = defineOperation({
  operationId: 'listCareMessages',
  method: 'GET',
  path: '/customers/{id}/care-messages',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  params: idParams,
  query: z.strictObject(pageParameters),
  async handle({ caller, params, query }) {
    await visibleCustomer(caller, params.id);
    return { status: 200, body: await listCareMessages(params.id, query) };
  },
});

export const careOperations: readonly Operation[] = [list, read, complete, careMessages];
