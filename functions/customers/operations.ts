import * as z from 'zod/mini';
import { expectedVersion, staleWrite } from '#shared/conditional.ts';
import { newId, nowIso } from '#shared/clock.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { pageOf, pageParameters } from '#shared/listing.ts';
import { mergePatch } from '#shared/merge-patch.ts';
import { conflict, validationProblem } from '#shared/problem.ts';
import { createdReply, found, resourceReply } from '#shared/replies.ts';
import {
  authProblems,
  bodyProblems,
  conditionalProblems,
  idempotencyProblems,
  notFoundProblem,
} from '#shared/responses.ts';
import { commit, TransactionCancelled } from '#shared/transaction.ts';
import { getEmployee } from '../employees/store.ts';
import {
  contact,
  contactParams,
  contactPatch,
  customer,
  customerListQuery,
  customerParams,
  customerPatch,
  type Customer,
  interaction,
  newContact,
  newCustomer,
  newInteraction,
} from './model.ts';
import {
  assertCustomerAccess,
  customerListScope,
  newCustomerResource,
  OWNER_ROLES,
  ownerOfNewCustomer,
  patchedCustomer,
} from './rules.ts';
import {
  contactWrites,
  createCustomerWrites,
  getContact,
  getCustomer,
  interactionWrites,
  listContacts,
  listCustomers,
  listInteractions,
  NAME_CLAIM_INDEX,
  nameClaimHolder,
  updateCustomerWrites,
} from './store.ts';

const tags = ['Customers'];
const MERGE_PATCH = ['application/merge-patch+json', 'application/json'];

/** A named owner must be an employee who can own customers. */
async function assertOwnerExists(ownerId: string, callerId: string): Promise<void> {
  if (ownerId === callerId) return;
  const owner = await getEmployee(ownerId);
  if (!owner || !owner.roles.some((role) => OWNER_ROLES.includes(role))) {
    throw validationProblem([
      { in: 'body', path: 'ownerId', message: 'No sales rep or manager with this id' },
    ]);
  }
}

async function duplicateName(name: string) {
  const holder = await nameClaimHolder(name);
  return conflict(`A customer named "${name}" is already on file${holder ? ` (${holder})` : ''}.`);
}

async function visibleCustomer(
  caller: Parameters<typeof assertCustomerAccess>[0],
  id: string,
): Promise<Customer> {
  const current = found(await getCustomer(id), `Customer ${id}`);
  assertCustomerAccess(caller, current);
  return current;
}

const createCustomer = defineOperation({
  operationId: 'createCustomer',
  method: 'POST',
  path: '/customers',
  summary: 'File a customer or prospect',
  description:
    'A sales rep owns what they file. The manager and sales admin may name the owner. Company names are unique after normalizing case, width and spacing.',
  tags,
  auth: 'jwt',
  body: newCustomer,
  idempotent: true,
  responses: [
    { status: 201, description: 'Filed.', schema: customer },
    ...authProblems,
    {
      status: 409,
      description: 'A customer with this name is on file, or the idempotent request is in progress.',
    },
    { status: 422, description: 'The Idempotency-Key was used for a different request.' },
    ...bodyProblems,
  ],
  async handle(request) {
    const { caller, body } = request;
    const ownerId = ownerOfNewCustomer(caller, body.ownerId);
    await assertOwnerExists(ownerId, caller.id);
    const created = newCustomerResource(body, { id: newId(), ownerId, actorId: caller.id, now: nowIso() });
    try {
      return await createOnce(
        request,
        createCustomerWrites(created),
        createdReply(`/customers/${created.id}`, created),
      );
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedCondition(NAME_CLAIM_INDEX)) {
        throw await duplicateName(created.name);
      }
      throw error;
    }
  },
});

const listCustomersOperation = defineOperation({
  operationId: 'listCustomers',
  method: 'GET',
  path: '/customers',
  summary: 'List customers',
  description:
    'A sales rep sees their own customers; the manager and sales admin see all and may filter by owner. Filters combine with AND. A page may hold fewer than `limit` items while `nextCursor` is present.',
  tags,
  auth: 'jwt',
  query: z.strictObject({ ...customerListQuery.def.shape, ...pageParameters }),
  responses: [
    { status: 200, description: 'One page of customers.', schema: pageOf(customer) },
    ...authProblems,
  ],
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
  summary: 'Read a customer',
  tags,
  auth: 'jwt',
  params: customerParams,
  responses: [
    { status: 200, description: 'The customer; ETag carries its version.', schema: customer },
    ...authProblems,
    notFoundProblem,
  ],
  async handle({ caller, params }) {
    return resourceReply(await visibleCustomer(caller, params.id));
  },
});

const updateCustomer = defineOperation({
  operationId: 'updateCustomer',
  method: 'PATCH',
  path: '/customers/{id}',
  summary: 'Change a customer (JSON merge patch)',
  description:
    'Send If-Match with the ETag you read. `null` clears an optional field. Only the manager and sales admin may change `ownerId`. `class` is set by classification, not here.',
  tags,
  auth: 'jwt',
  params: customerParams,
  body: customerPatch,
  bodyTypes: MERGE_PATCH,
  conditional: true,
  responses: [
    { status: 200, description: 'The changed customer.', schema: customer },
    ...authProblems,
    notFoundProblem,
    { status: 409, description: 'Another customer already has the new name.' },
    ...conditionalProblems,
    ...bodyProblems,
  ],
  async handle({ caller, params, body, headers }) {
    const current = await visibleCustomer(caller, params.id);
    expectedVersion(headers, current.version);
    const next = patchedCustomer(current, body, caller, nowIso());
    if (next.ownerId !== current.ownerId) await assertOwnerExists(next.ownerId, caller.id);
    const writes = updateCustomerWrites(current, next, caller.id);
    try {
      await commit(writes);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedCondition(0)) throw staleWrite(current.id);
      if (error instanceof TransactionCancelled && error.failedCondition(NAME_CLAIM_INDEX)) {
        throw await duplicateName(next.name);
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
  summary: "Add a contact person to a customer's file",
  tags,
  auth: 'jwt',
  params: customerParams,
  body: newContact,
  idempotent: true,
  responses: [
    { status: 201, description: 'Added.', schema: contact },
    ...authProblems,
    notFoundProblem,
    ...idempotencyProblems,
    ...bodyProblems,
  ],
  async handle(request) {
    const { caller, params, body } = request;
    await visibleCustomer(caller, params.id);
    const now = nowIso();
    const created = {
      ...body,
      id: newId(),
      customerId: params.id,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
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
  summary: "List a customer's contacts",
  tags,
  auth: 'jwt',
  params: customerParams,
  query: z.strictObject(pageParameters),
  responses: [
    { status: 200, description: 'One page of contacts.', schema: pageOf(contact) },
    ...authProblems,
    notFoundProblem,
  ],
  async handle({ caller, params, query }) {
    await visibleCustomer(caller, params.id);
    return { status: 200, body: await listContacts(params.id, query) };
  },
});

const updateContact = defineOperation({
  operationId: 'updateContact',
  method: 'PATCH',
  path: '/customers/{id}/contacts/{contactId}',
  summary: 'Change a contact (JSON merge patch)',
  tags,
  auth: 'jwt',
  params: contactParams,
  body: contactPatch,
  bodyTypes: MERGE_PATCH,
  conditional: true,
  responses: [
    { status: 200, description: 'The changed contact.', schema: contact },
    ...authProblems,
    notFoundProblem,
    ...conditionalProblems,
    ...bodyProblems,
  ],
  async handle({ caller, params, body, headers }) {
    await visibleCustomer(caller, params.id);
    const current = found(await getContact(params.id, params.contactId), `Contact ${params.contactId}`);
    expectedVersion(headers, current.version);
    const next = { ...mergePatch(current, body), version: current.version + 1, updatedAt: nowIso() };
    try {
      await commit(contactWrites(current, next, caller.id));
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedCondition(0)) throw staleWrite(current.id);
      throw error;
    }
    return resourceReply(next);
  },
});

const createInteraction = defineOperation({
  operationId: 'createInteraction',
  method: 'POST',
  path: '/customers/{id}/interactions',
  summary: 'Record a communication with a customer (call, email, visit, meeting)',
  tags,
  auth: 'jwt',
  params: customerParams,
  body: newInteraction,
  idempotent: true,
  responses: [
    { status: 201, description: 'Recorded.', schema: interaction },
    ...authProblems,
    notFoundProblem,
    ...idempotencyProblems,
    ...bodyProblems,
  ],
  async handle(request) {
    const { caller, params, body } = request;
    await visibleCustomer(caller, params.id);
    if (body.contactId) found(await getContact(params.id, body.contactId), `Contact ${body.contactId}`);
    const now = nowIso();
    const created = {
      ...body,
      id: newId(),
      customerId: params.id,
      recordedBy: caller.id,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    return createOnce(
      request,
      interactionWrites(created),
      createdReply(`/customers/${params.id}/interactions/${created.id}`, created),
    );
  },
});

const listInteractionsOperation = defineOperation({
  operationId: 'listInteractions',
  method: 'GET',
  path: '/customers/{id}/interactions',
  summary: "List a customer's communication records, newest first",
  tags,
  auth: 'jwt',
  params: customerParams,
  query: z.strictObject(pageParameters),
  responses: [
    { status: 200, description: 'One page of communication records.', schema: pageOf(interaction) },
    ...authProblems,
    notFoundProblem,
  ],
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
];
