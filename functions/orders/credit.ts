import * as z from 'zod/mini';
import { today } from '#shared/calendar.ts';
import { type Caller, hasAnyRole } from '#shared/caller.ts';
import { commitChange } from '#shared/change.ts';
import { nextVersion, nowIso } from '#shared/clock.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { found, resourceReply } from '#shared/resource-replies.ts';
import { currencyCode, idParams } from '#shared/schemas.ts';
import { getCustomer, ownCustomer, visibleCustomer } from '../customers/public.ts';
import { type CreditCheck, type CreditLimit, creditLimitInput } from './credit-model.ts';
import { checkCredit, creditPosition } from './credit-rules.ts';
import { creditLimitWrites, customerOpenInstallments, getCreditLimit } from './credit-store.ts';
import { orderSettings } from './settings.ts';

/**
 * Credit control (§2.5, receivables): finance sets each customer's credit limit with its reason;
 * a contract that would take the customer past it, or is submitted while overdue money stands
 * above the setting, goes to review with a credit-override step first (see the contracts domain).
 */
const CREDIT_READERS = ['finance', 'general_manager', 'sales_manager', 'sales_admin', 'sales_rep'] as const;

/** The customer, for finance and the general manager; anyone else as the customer rule allows. */
const creditCustomer = async (caller: Caller, id: string) =>
  hasAnyRole(caller, ['finance', 'general_manager'])
    ? found(await getCustomer(id), `Customer ${id}`)
    : visibleCustomer(caller, id);

/**
 * Where a customer stands today, with its limit: in `currency`, else the limit's, else that of
 * what it owes (the department's CNY when it owes nothing and has no limit).
 */
async function customerCredit(customerId: string, currency?: string) {
  const [limit, installments] = await Promise.all([
    getCreditLimit(customerId),
    customerOpenInstallments(customerId),
  ]);
  const inCurrency = currency ?? limit?.limit.currency ?? installments[0]?.currency ?? 'CNY';
  const settings = orderSettings().credit;
  const position = creditPosition(
    customerId,
    inCurrency,
    installments,
    limit,
    today(),
    settings.overdueBlock.afterDays,
  );
  return { position, limit, settings };
}

/** What a new amount in a currency would do to the customer's credit, today. */
export async function creditCheckFor(
  customerId: string,
  amount: number,
  currency: string,
): Promise<CreditCheck> {
  const { position, settings } = await customerCredit(customerId, currency);
  return checkCredit(position, amount, settings);
}

const setLimit = defineOperation({
  operationId: 'setCreditLimit',
  method: 'PUT',
  path: '/customers/{id}/credit-limit',
  auth: 'jwt',
  roles: ['finance'],
  params: idParams,
  body: creditLimitInput,
  async handle({ caller, params, body }) {
    found(await getCustomer(params.id), `Customer ${params.id}`);
    const before = await getCreditLimit(params.id, true);
    const at = nowIso();
    const after: CreditLimit = before
      ? nextVersion({ ...before, ...body, setBy: caller.id }, at)
      : { customerId: params.id, ...body, setBy: caller.id, version: 1, createdAt: at, updatedAt: at };
    await commitChange(creditLimitWrites(before, after));
    return resourceReply(after);
  },
});

const readCredit = defineOperation({
  operationId: 'getCustomerCredit',
  method: 'GET',
  path: '/customers/{id}/credit',
  auth: 'jwt',
  roles: CREDIT_READERS,
  ownership: [ownCustomer],
  params: idParams,
  query: z.strictObject({ currency: z.optional(currencyCode) }),
  async handle({ caller, params, query }) {
    await creditCustomer(caller, params.id);
    const { position, limit } = await customerCredit(params.id, query.currency);
    return {
      status: 200,
      body: {
        ...position,
        ...(limit ? { limitSet: { reason: limit.reason, setBy: limit.setBy, at: limit.updatedAt } } : {}),
      },
    };
  },
});

export const creditOperations: readonly Operation[] = [setLimit, readCredit];
