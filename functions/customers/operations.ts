import { commitChange } from '#shared/change.ts';
import { visibleCustomer } from './access.ts';
import { idParams } from '#shared/schemas.ts';
import * as z from 'zod/mini';
import type { Caller } from '#shared/caller.ts';
import { expectedVersion } from '#shared/conditional.ts';
import { newResource, nextVersion, nowIso } from '#shared/clock.ts';
import { defineOperation, MERGE_PATCH_TYPES, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { pageParameters } from '#shared/listing.ts';
import { mergePatch } from '#shared/merge-patch.ts';
import { conflict, validationProblem } from '#shared/problem.ts';
import { createdReply, found, resourceReply } from '#shared/resource-replies.ts';
import { TransactionCancelled } from '#shared/transaction.ts';
import { getEmployee } from '../employees/public.ts';
import {
  contactParams,
  contactPatch,
  customerListQuery,
  customerPatch,
  newContact,
  newCustomer,
  newInteraction,
} from './model.ts';
import {
  customerListScope,
  newCustomerResource,
  ownerOfNewCustomer,
  patchedCustomer,
  seesAllCustomers,
  CUSTOMER_ROLES,
  ownCustomer,
} from './rules.ts';
import {
  contactWrites,
  createCustomerWrites,
  getContact,
  getCustomer,
  listContacts,
  listCustomers,
  listInteractions,
  nameClaimHolder,
  recordInteractionWrites,
  updateCustomerWrites,
} from './store.ts';
import { assertFollowUpAhead } from './follow-up-rules.ts';
import { followUpOperations } from './follow-ups.ts';
import { timeZone } from '#shared/calendar.ts';
import { CUSTOMER_OWNER_ROLES } from '#shared/roles.ts';

/** A named owner must be an employee who can own customers. */
async function assertOwnerExists(ownerId: string, callerId: string): Promise<void> {
  if (ownerId === callerId) return;
  const owner = await getEmployee(ownerId);
  if (!owner || !owner.roles.some((role) => CUSTOMER_OWNER_ROLES.includes(role))) {
    throw validationProblem([
      { in: 'body', path: 'ownerId', message: 'No sales rep or manager with this id' },
    ]);
  }
}

/** The 409 for a name on file: it names the existing customer only to someone who may see it. */
async function duplicateName(name: string, caller: Caller) {
  const holderId = await nameClaimHolder(name);
  const holder = holderId ? await getCustomer(holderId) : undefined;
  const visible = holder && (seesAllCustomers(caller) || holder.ownerId === caller.id);
  return conflict(
    `A customer named "${name}" is already on file${visible ? ` (${holder.id})` : holder ? ', with another sales rep' : ''}.`,
  );
}

const createCustomer = defineOperation({
  operationId: 'createCustomer',
  method: 'POST',
  path: '/customers',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  body: newCustomer,
  idempotent: true,
  async handle(request) {
    const { caller, body } = request;
    const ownerId = ownerOfNewCustomer(caller, body.ownerId);
    await assertOwnerExists(ownerId, caller.id);
    const created = newCustomerResource(body, { ownerId, actorId: caller.id });
    try {
      return await createOnce(
        request,
        createCustomerWrites(created),
        createdReply(`/customers/${created.id}`, created),
      );
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedCondition('customerNameClaim')) {
        throw await duplicateName(created.name, caller);
      }
      throw error;
    }
  },
});

const listCustomersOperation = defineOperation({
  operationId: 'listCustomers',
  method: 'GET',
  path: '/customers',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  query: z.strictObject({ ...customerListQuery.def.shape, ...pageParameters }),
  async handle({ caller, query }) {
    const { limit, cursor, ...filter } = query;
    const page = await listCustomers(customerListScope(caller, filter), filter, { limit, cursor });
    return { status: 200, body: page };
  },
});

const getCustomerOperation = defineOperation({
  operationId: 'getCustomer',
  method: 'GET',
  path: '/customers/{id}',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  params: idParams,
  async handle({ caller, params }) {
    return resourceReply(await visibleCustomer(caller, params.id));
  },
});

const updateCustomer = defineOperation({
  operationId: 'updateCustomer',
  method: 'PATCH',
  path: '/customers/{id}',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  params: idParams,
  body: customerPatch,
  bodyTypes: MERGE_PATCH_TYPES,
  conditional: true,
  async handle({ caller, params, body, headers }) {
    const current = await visibleCustomer(caller, params.id);
    expectedVersion(headers, current.version);
    const next = patchedCustomer(current, body, caller, nowIso());
    if (next.ownerId !== current.ownerId) await assertOwnerExists(next.ownerId, caller.id);
    try {
      await commitChange(updateCustomerWrites(current, next, caller.id));
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedCondition('customerNameClaim')) {
        throw await duplicateName(next.name, caller);
      }
      throw error;
    }
    return resourceReply(next);
  },
});

const createContact = defineOperation({
  operationId: 'createContact',
  method: 'POST',
  path: '/customers/{id}/contacts',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  params: idParams,
  body: newContact,
  idempotent: true,
  async handle(request) {
    const { caller, params, body } = request;
    await visibleCustomer(caller, params.id);
    const created = newResource({ ...body, customerId: params.id });
    return createOnce(
      request,
      contactWrites(undefined, created, caller.id),
      createdReply(`/customers/${params.id}/contacts/${created.id}`, created),
    );
  },
});

const listContactsOperation = defineOperation({
  operationId: 'listContacts',
  method: 'GET',
  path: '/customers/{id}/contacts',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  params: idParams,
  query: z.strictObject(pageParameters),
  async handle({ caller, params, query }) {
    await visibleCustomer(caller, params.id);
    return { status: 200, body: await listContacts(params.id, query) };
  },
});

const updateContact = defineOperation({
  operationId: 'updateContact',
  method: 'PATCH',
  path: '/customers/{id}/contacts/{contactId}',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  params: contactParams,
  body: contactPatch,
  bodyTypes: MERGE_PATCH_TYPES,
  conditional: true,
  async handle({ caller, params, body, headers }) {
    await visibleCustomer(caller, params.id);
    const current = found(await getContact(params.id, params.contactId), `Contact ${params.contactId}`);
    expectedVersion(headers, current.version);
    const next = nextVersion(mergePatch(current, body));
    await commitChange(contactWrites(current, next, caller.id));
    return resourceReply(next);
  },
});

const createInteraction = defineOperation({
  operationId: 'createInteraction',
  method: 'POST',
  path: '/customers/{id}/interactions',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  params: idParams,
  body: newInteraction,
  idempotent: true,
  async handle(request) {
    const { caller, params, body } = request;
    const customer = await visibleCustomer(caller, params.id);
    if (body.contactId) found(await getContact(params.id, body.contactId), `Contact ${body.contactId}`);
    assertFollowUpAhead(body, timeZone());
    const created = newResource({ ...body, customerId: params.id, recordedBy: caller.id });
    return createOnce(
      request,
      await recordInteractionWrites(created, customer, timeZone()),
      createdReply(`/customers/${params.id}/interactions/${created.id}`, created),
    );
  },
});

const listInteractionsOperation = defineOperation({
  operationId: 'listInteractions',
  method: 'GET',
  path: '/customers/{id}/interactions',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  params: idParams,
  query: z.strictObject(pageParameters),
  async handle({ caller, params, query }) {
    await visibleCustomer(caller, params.id);
    return { status: 200, body: await listInteractions(params.id, query) };
  },
});

export const customerOperations: readonly Operation[] = [
  createCustomer,
  listCustomersOperation,
  getCustomerOperation,
  updateCustomer,
  createContact,
  listContactsOperation,
  updateContact,
  createInteraction,
  listInteractionsOperation,
  ...followUpOperations,
];
