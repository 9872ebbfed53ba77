import { visibleCustomer, CUSTOMER_ROLES, ownCustomer } from '../customers/public.ts';
import { idParams } from '#shared/schemas.ts';
import * as z from 'zod/mini';
import { newResource, nowIso } from '#shared/clock.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { pageParameters } from '#shared/listing.ts';
import { conflict, HttpProblem, validationProblem } from '#shared/problem.ts';
import { createdReply } from '#shared/resource-replies.ts';
import { commit, TransactionCancelled, type TransactItem } from '#shared/transaction.ts';
import { newPurchase, overrideRequest } from './model.ts';
import { effectiveClass, overrideCleared, overridden } from './rules.ts';
import { classificationSettings } from './settings.ts';
import {
  classificationWrites,
  getClassification,
  listClassChanges,
  listPurchases,
  purchaseWrites,
} from './store.ts';

const settings = classificationSettings();

/** Commits a classification change; a concurrent one (job or another manager) makes it a 409. */
async function commitClassification(items: TransactItem[]) {
  try {
    await commit(items);
  } catch (error) {
    if (error instanceof TransactionCancelled && error.failedCondition('classification')) {
      throw conflict('The classification changed meanwhile; read it again and retry.');
    }
    throw error;
  }
}

const recordPurchase = defineOperation({
  operationId: 'recordPurchase',
  method: 'POST',
  path: '/customers/{id}/purchases',
  auth: 'jwt',
  roles: ['sales_admin', 'sales_manager'],
  params: idParams,
  body: newPurchase,
  idempotent: true,
  async handle(request) {
    const { caller, params, body } = request;
    await visibleCustomer(caller, params.id);
    if (body.amount.currency !== settings.currency) {
      throw validationProblem([
        { in: 'body', path: 'amount.currency', message: `Purchases are recorded in ${settings.currency}` },
      ]);
    }
    if (body.date > nowIso().slice(0, 10)) {
      throw validationProblem([{ in: 'body', path: 'date', message: 'A purchase cannot be in the future' }]);
    }
    const purchase = newResource({ ...body, customerId: params.id, recordedBy: caller.id });
    return createOnce(
      request,
      purchaseWrites(purchase),
      createdReply(`/customers/${params.id}/purchases/${purchase.id}`, purchase),
    );
  },
});

const listPurchasesOperation = defineOperation({
  operationId: 'listPurchases',
  method: 'GET',
  path: '/customers/{id}/purchases',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  params: idParams,
  query: z.strictObject(pageParameters),
  async handle({ caller, params, query }) {
    await visibleCustomer(caller, params.id);
    return { status: 200, body: await listPurchases(params.id, query) };
  },
});

const getClassificationOperation = defineOperation({
  operationId: 'getClassification',
  method: 'GET',
  path: '/customers/{id}/classification',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  params: idParams,
  async handle({ caller, params }) {
    await visibleCustomer(caller, params.id);
    const [record, history] = await Promise.all([
      getClassification(params.id),
      listClassChanges(params.id, { limit: 50 }),
    ]);
    return {
      status: 200,
      body: {
        customerId: params.id,
        class: effectiveClass(record),
        computedClass: record?.computedClass ?? null,
        score: record?.score ?? null,
        reasons: record?.reasons ?? [],
        classifiedAt: record?.classifiedAt ?? null,
        override: record?.override ?? null,
        history: history.items,
      },
    };
  },
});

const setOverride = defineOperation({
  operationId: 'overrideClassification',
  method: 'PUT',
  path: '/customers/{id}/classification/override',
  auth: 'jwt',
  roles: ['sales_manager'],
  params: idParams,
  body: overrideRequest,
  async handle({ caller, params, body }) {
    await visibleCustomer(caller, params.id);
    const before = await getClassification(params.id);
    const { after, change } = overridden(before, params.id, {
      class: body.class,
      reason: body.reason,
      by: caller.id,
      at: nowIso(),
    });
    await commitClassification(classificationWrites(before, after, change));
    return {
      status: 200,
      body: { customerId: params.id, class: effectiveClass(after), override: after.override },
    };
  },
});

const clearOverride = defineOperation({
  operationId: 'clearClassificationOverride',
  method: 'DELETE',
  path: '/customers/{id}/classification/override',
  auth: 'jwt',
  roles: ['sales_manager'],
  params: idParams,
  async handle({ caller, params }) {
    await visibleCustomer(caller, params.id);
    const before = await getClassification(params.id);
    if (!before?.override) throw new HttpProblem(404, `Customer ${params.id} has no class override.`);
    const { after, change } = overrideCleared(before, caller.id, nowIso());
    await commitClassification(classificationWrites(before, after, change));
    return { status: 204 };
  },
});

export const classificationOperations: readonly Operation[] = [
  recordPurchase,
  listPurchasesOperation,
  getClassificationOperation,
  setOverride,
  clearOverride,
];
