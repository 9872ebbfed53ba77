import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  approvals,
  decideByLink,
  decideByToken,
  ses,
  startReviews,
  waitForLink,
} from '../support/reviews.ts';
import { draftContract as seedContract, seedCustomer, seedProduct } from '../support/builders.ts';
import { caller, type Person } from '../support/events.ts';
import { addEmployee, prepareTable } from '../support/table.ts';
import { eventually } from '../support/wait.ts';

/**
 * Credit control on DynamoDB Local and the local review engine: finance sets a customer's limit
 * (audited), everyone who may see the customer reads its credit, and a contract submitted past the
 * limit, or while overdue money stands, is reviewed with a credit override first, granted with a
 * reason; within the limit it is reviewed as before.
 */
const { handler: contractsApi } = await import('../../functions/contracts/handler.ts');
const { handler: ordersApi } = await import('../../functions/orders/handler.ts');
const { handler: auditApi } = await import('../../functions/audit/handler.ts');
const { installmentWrite } = await import('../../functions/orders/store.ts');
const { commit } = await import('../../functions/shared/transaction.ts');
const { addDays, today } = await import('../../functions/shared/calendar.ts');
const contracts = caller(contractsApi);
const orders = caller(ordersApi);
const audit = caller(auditApi);

const rep: Person = { id: 'CLREP', roles: ['sales_rep'] };
const otherRep: Person = { id: 'CLREP2', roles: ['sales_rep'] };
const admin: Person = { id: 'CLADM', roles: ['sales_admin'] };
const finance: Person = { id: 'CLFIN', roles: ['finance'] };
const legal: Person = { id: 'CLLEGAL', roles: ['legal'] };

let reviews: Awaited<ReturnType<typeof startReviews>>;
let customer: { customerId: string; contactId: string };
let productId: string;

beforeAll(async () => {
  await prepareTable([
    { id: 'CLREP', roles: ['sales_rep'] },
    { id: 'CLREP2', roles: ['sales_rep'] },
    { id: 'CLADM', roles: ['sales_admin'] },
  ]);
  await addEmployee({ id: 'CLGM', roles: ['general_manager'] });
  await addEmployee({ id: 'CLMGR', roles: ['sales_manager'], supervisorId: 'CLGM' });
  await addEmployee({ id: 'CLLEGAL', roles: ['legal'], supervisorId: 'CLGM' });
  await addEmployee({ id: 'CLFIN', name: 'Finance', roles: ['finance'], supervisorId: 'CLGM', locale: 'en' });
  reviews = await startReviews();
  customer = await seedCustomer(rep, 'Credit Works');
  productId = await seedProduct(admin);
});
afterAll(() => reviews.stop());
beforeEach(() => ses.resetHistory());

const setLimit = (
  who: Person,
  value: number,
  reason = '首年额度 first-year limit',
  id = customer.customerId,
) =>
  orders('PUT /customers/{id}/credit-limit', `/customers/${id}/credit-limit`, {
    caller: who,
    body: { limit: { value, currency: 'CNY' }, reason },
  });
const credit = (who: Person, id = customer.customerId) =>
  orders('GET /customers/{id}/credit', `/customers/${id}/credit`, { caller: who });
const submit = (id: string) =>
  contracts('POST /contracts/{id}/submit', `/contracts/${id}/submit`, {
    caller: rep,
    headers: { host: 'api.test' },
  });
const readContract = async (id: string) =>
  (await contracts('GET /contracts/{id}', `/contracts/${id}`, { caller: rep })).body;

describe('credit limits', () => {
  it('are set by finance with a reason, audited, and read by whoever may see the customer', async () => {
    expect((await setLimit(rep, 100_000_00)).status).toBe(403);
    expect((await setLimit(finance, -1)).status).toBe(400);
    expect((await setLimit(finance, 100_000_00, '')).status).toBe(400);
    expect((await setLimit(finance, 1, 'x', '01KB0000000000000000000000')).status).toBe(404);
    const set = await setLimit(finance, 50_000_00, '新客户 new customer');
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({
      customerId: customer.customerId,
      limit: { value: 50_000_00 },
      setBy: 'CLFIN',
    });
    expect((await setLimit(finance, 100_000_00)).body.version).toBe(2);

    const read = await credit(rep);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      currency: 'CNY',
      openReceivables: 0,
      overdue: 0,
      limit: 100_000_00,
      available: 100_000_00,
      limitSet: { setBy: 'CLFIN', reason: '首年额度 first-year limit' },
    });
    expect((await credit(finance)).status).toBe(200);
    expect((await credit(otherRep)).status).toBe(403);
    expect((await credit(legal)).status).toBe(403);

    const trail = await audit('GET /audit', '/audit', {
      caller: finance,
      query: { type: 'credit-limit', id: customer.customerId },
    });
    expect(trail.status).toBe(200);
    expect(trail.body.items.map((entry: { action: string }) => entry.action)).toEqual(['created', 'updated']);
    expect(trail.body.items[1].changes.limit).toEqual({
      from: { value: 50_000_00, currency: 'CNY' },
      to: { value: 100_000_00, currency: 'CNY' },
    });
  });

  it('send a contract past the limit to a credit override first, granted with its reason', async () => {
    // The draft's total: 3 × CNY 50,000.00 = CNY 150,000.00, past the limit of CNY 100,000.00.
    const id = await seedContract(rep, customer, productId);
    const submitted = await submit(id);
    expect(submitted.status).toBe(202);
    expect(submitted.body.credit).toMatchObject({
      limit: 100_000_00,
      amount: 150_000_00,
      exceedsLimitBy: 50_000_00,
      needsOverride: true,
    });
    const override = await waitForLink('clfin@test.example', id);
    const page = await approvals('GET /approvals/{id}', `/approvals/${override.id}`, {
      query: { t: override.token },
    });
    expect(page.body).toContain('credit override');
    expect(page.body).toContain('Over the limit by CNY 50,000.00');
    expect(page.body).toContain('Reason (required either way)');
    const unexplained = await decideByLink(override, 'approve');
    expect(unexplained.status).toBe(400);
    expect((await decideByLink(override, 'approve', 'Paid on time for five years')).status).toBe(200);

    const manager = await waitForLink('clmgr@test.example', id);
    await decideByLink(manager, 'approve');
    const legalStep = await waitForLink('cllegal@test.example', id);
    await decideByToken(legalStep.id, legal, 'approve');
    await eventually(async () => ((await readContract(id)).status === 'approved' ? true : undefined), 30_000);
    const reviewed = await readContract(id);
    expect(
      reviewed.reviews.map((review: { step: string; decision: string; comment?: string }) => [
        review.step,
        review.decision,
      ]),
    ).toEqual([
      ['credit-override', 'approve'],
      ['sales-manager-review', 'approve'],
      ['legal-review', 'approve'],
    ]);
  });

  it('review a contract within the limit as before, and one with overdue money with an override', async () => {
    expect((await setLimit(finance, 1_000_000_00)).status).toBe(200);
    const within = await seedContract(rep, customer, productId);
    expect((await submit(within)).body.credit).toMatchObject({ needsOverride: false, overdueBlocks: false });
    await waitForLink('clmgr@test.example', within);

    // An installment of an earlier order, four months overdue: new contracts need an override until it is paid.
    await commit([
      installmentWrite(undefined, {
        orderId: '01KB0RDER00000000000000000',
        customerId: customer.customerId,
        ownerId: rep.id,
        currency: 'CNY',
        number: 1,
        label: 'deposit',
        amount: 30_000_00,
        paid: 10_000_00,
        dueDate: addDays(today(), -120),
        status: 'open',
        version: 1,
      }),
    ]);
    expect((await credit(rep)).body).toMatchObject({
      openReceivables: 20_000_00,
      overdue: 20_000_00,
      longOverdue: 20_000_00,
    });
    const blocked = await seedContract(rep, customer, productId, 1);
    expect((await submit(blocked)).body.credit).toMatchObject({ needsOverride: true, overdueBlocks: true });
    expect((await waitForLink('clfin@test.example', blocked)).id).toBeDefined();
  });
});
