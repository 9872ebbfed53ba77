import * as z from 'zod/mini';
import { localDate, timeZone } from '#shared/calendar.ts';
import { nowIso } from '#shared/clock.ts';
import { recordEvent } from '#shared/events.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { found } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { HttpProblem } from '#shared/problem.ts';
import { conflict } from '#shared/domain-errors.ts';
import { commit, TransactionCancelled } from '#shared/transaction.ts';
import { paymentRecorded, paymentRefunded, receivableWrittenOff } from './events.ts';
import { agingQuery, type Installment, newPayment, newRefund, newWriteOff, type Refund } from './model.ts';
import {
  allocatePayment,
  assertPlanReplaceable,
  collected,
  outstanding,
  paymentRecordedPayload,
  planInstallments,
  refundable,
  splitByLine,
  writeOffInstallments,
} from './receivable-rules.ts';
import { assertOrderAccess, ownOrder } from './rules.ts';
import { orderSettings, paymentPlan } from './settings.ts';
import {
  departmentAging,
  getOrderFile,
  installmentDelete,
  installmentWrite,
  refundWrite,
  timelineWrite,
} from './store.ts';

/**
 * Receivables: the order's installments follow a payment plan (the department's default,
 * or the one sales admin or finance sets from the contract's terms before any payment); finance
 * records payments; the aging report sums what is open by how overdue it is.
 */
const RECEIVABLE_ROLES = ['finance', 'sales_admin'] as const;

/** Installments changed by someone else meanwhile (a concurrent payment): the client retries. */
async function unlessInstallmentsChanged<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof TransactionCancelled && error.failedCondition('installment'))
      throw new HttpProblem(409, 'The order’s installments changed meanwhile; read them and retry.', {
        headers: { 'retry-after': '1' },
      });
    throw error;
  }
}

const setPlan = defineOperation({
  operationId: 'setOrderPaymentPlan',
  method: 'PUT',
  path: '/orders/{id}/payment-plan',
  auth: 'jwt',
  roles: RECEIVABLE_ROLES,
  ownership: [ownOrder],
  params: idParams,
  body: z.strictObject({ parts: paymentPlan }),
  async handle({ caller, params, body }) {
    const file = found(await getOrderFile(params.id, true), `Order ${params.id}`);
    assertOrderAccess(caller, file.order);
    assertPlanReplaceable(file.installments);
    const before = new Map(file.installments.map((item) => [item.number, item]));
    // Each installment item keeps counting its versions across plans.
    const installments: Installment[] = planInstallments(file.order, body.parts, orderSettings()).map(
      (item) => ({ ...item, version: (before.get(item.number)?.version ?? 0) + 1 }),
    );
    const at = nowIso();
    await unlessInstallmentsChanged(() =>
      commit([
        ...installments.map((item) => installmentWrite(before.get(item.number), item)),
        ...file.installments.filter((item) => item.number > installments.length).map(installmentDelete),
        timelineWrite(file.order.id, {
          at,
          what: 'payment-plan-set',
          by: caller.id,
          note: installments.map((item) => `${item.label}: ${item.amount} due ${item.dueDate}`).join('; '),
        }),
      ]),
    );
    return { status: 200, body: { items: installments } };
  },
});

const pay = defineOperation({
  operationId: 'recordPayment',
  method: 'POST',
  path: '/orders/{id}/payments',
  auth: 'jwt',
  roles: ['finance'],
  params: idParams,
  body: newPayment,
  idempotent: true,
  async handle(request) {
    const { caller, params, body } = request;
    const { order, installments } = found(await getOrderFile(params.id, true), `Order ${params.id}`);
    const changed = allocatePayment(installments, body.amount);
    const before = new Map(installments.map((item) => [item.number, item]));
    const left = outstanding(installments) - body.amount;
    const at = nowIso();
    const items = [
      // Conditional on the versions read: a concurrent payment makes one of the two a 409.
      ...changed.map((item) => installmentWrite(before.get(item.number), item)),
      timelineWrite(order.id, {
        at,
        what: 'payment-recorded',
        by: caller.id,
        note: `${body.amount} received ${body.receivedOn} (${body.reference}); ${left} outstanding`,
      }),
      recordEvent(paymentRecorded, {
        subject: { type: 'order', id: order.id },
        actor: caller.id,
        at,
        payload: paymentRecordedPayload(order, body, left),
      }),
    ];
    const now = installments.map((item) => changed.find((paid) => paid.number === item.number) ?? item);
    return unlessInstallmentsChanged(() =>
      createOnce(request, items, {
        status: 201,
        body: { orderId: order.id, ...body, outstanding: left, installments: now },
        headers: { location: `/orders/${order.id}` },
      }),
    );
  },
});

/**
 * Money paid back to the customer (goods returned, a price settled lower): at most what the order
 * collected less earlier refunds. It leaves the installments as they are (what is still owed is
 * changed by an amendment or a write-off); its event claws back the commission the money earned.
 */
const refund = defineOperation({
  operationId: 'recordRefund',
  method: 'POST',
  path: '/orders/{id}/refunds',
  auth: 'jwt',
  roles: ['finance'],
  params: idParams,
  body: newRefund,
  idempotent: true,
  async handle(request) {
    const { caller, params, body } = request;
    const { order, installments, refunds } = found(await getOrderFile(params.id, true), `Order ${params.id}`);
    const left = refundable(installments, refunds);
    if (body.amount > left)
      throw conflict(
        `Order ${order.id} has ${left} left to refund (what it collected, less earlier refunds).`,
      );
    const at = nowIso();
    const recorded: Refund = {
      ...body,
      orderId: order.id,
      number: refunds.length + 1,
      recordedBy: caller.id,
      recordedAt: at,
    };
    const items = [
      refundWrite(recorded),
      timelineWrite(order.id, {
        at,
        what: 'payment-refunded',
        by: caller.id,
        note: `${body.amount} refunded ${body.refundedOn} (${body.reference}): ${body.reason}`,
      }),
      recordEvent(paymentRefunded, {
        subject: { type: 'order', id: order.id },
        actor: caller.id,
        at,
        payload: {
          orderId: order.id,
          ownerId: order.ownerId,
          customerId: order.customerId,
          currency: order.currency,
          amount: body.amount,
          number: recorded.number,
          refundedOn: body.refundedOn,
          lines: splitByLine(body.amount, order.lines),
          reason: body.reason,
        },
      }),
    ];
    try {
      return await createOnce(request, items, {
        status: 201,
        body: { ...recorded, refundable: left - body.amount },
        headers: { location: `/orders/${order.id}` },
      });
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedCondition('refund'))
        throw new HttpProblem(409, 'Another refund was recorded meanwhile; read the order and retry.', {
          headers: { 'retry-after': '1' },
        });
      throw error;
    }
  },
});

const writeOff = defineOperation({
  operationId: 'writeOffReceivable',
  method: 'POST',
  path: '/orders/{id}/write-off',
  auth: 'jwt',
  roles: ['finance'],
  params: idParams,
  body: newWriteOff,
  async handle({ caller, params, body }) {
    const { order, installments } = found(await getOrderFile(params.id, true), `Order ${params.id}`);
    const { changed, amount } = writeOffInstallments(installments);
    const before = new Map(installments.map((item) => [item.number, item]));
    const paid = collected(installments);
    const at = nowIso();
    await unlessInstallmentsChanged(() =>
      commit([
        // Conditional on the versions read: a payment meanwhile makes this a 409 to read again.
        ...changed.map((item) => installmentWrite(before.get(item.number), item)),
        timelineWrite(order.id, {
          at,
          what: 'receivable-written-off',
          by: caller.id,
          note: `${amount} written off on ${body.writtenOffOn}: ${body.reason}`,
        }),
        recordEvent(receivableWrittenOff, {
          subject: { type: 'order', id: order.id },
          actor: caller.id,
          at,
          payload: {
            orderId: order.id,
            ownerId: order.ownerId,
            customerId: order.customerId,
            currency: order.currency,
            amount,
            collected: paid,
            lines: splitByLine(paid, order.lines),
            writtenOffOn: body.writtenOffOn,
            reason: body.reason,
          },
        }),
      ]),
    );
    const now = installments.map((item) => changed.find((off) => off.number === item.number) ?? item);
    return {
      status: 200,
      body: { orderId: order.id, writtenOff: amount, collected: paid, installments: now },
    };
  },
});

const aging = defineOperation({
  operationId: 'getReceivablesAging',
  method: 'GET',
  path: '/receivables/aging',
  auth: 'jwt',
  roles: ['finance', 'sales_manager', 'sales_admin'],
  query: agingQuery,
  async handle({ query }) {
    const asOf = query.asOf ?? localDate(new Date(), timeZone());
    return { status: 200, body: await departmentAging(asOf) };
  },
});

export const receivableOperations: readonly Operation[] = [setPlan, pay, refund, writeOff, aging];
