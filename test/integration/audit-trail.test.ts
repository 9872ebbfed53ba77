import { beforeAll, describe, expect, it } from 'vitest';
import { caller, type Person } from '../support/events.ts';
import { prepareTable } from '../support/table.ts';

/**
 * The audit trail (R-6.6) on DynamoDB Local: a customer's history, its contacts' too, each change
 * with who, when, the fields and the correlation id of the request it came from; for audit and the
 * department's heads only; bad input refused.
 */
const { handler: auditApi } = await import('../../functions/audit/handler.ts');
const { handler: customersApi } = await import('../../functions/customers/handler.ts');
const { handler: salesApi } = await import('../../functions/sales/handler.ts');
const sales = caller(salesApi);
const audit = caller(auditApi);
const customers = caller(customersApi);

const rep: Person = { id: 'ATREP', roles: ['sales_rep'] };
const auditor: Person = { id: 'ATAUDIT', roles: ['auditor'] };
const manager: Person = { id: 'ATMGR', roles: ['sales_manager'] };
const otherRep: Person = { id: 'ATREP2', roles: ['sales_rep'] };

beforeAll(async () => {
  await prepareTable([rep, otherRep, auditor, manager].map(({ id, roles }) => ({ id, roles: [...roles] })));
});

const trail = (who: Person, query: Record<string, string>) =>
  audit('GET /audit', '/audit', { caller: who, query });

describe('the audit trail', () => {
  it('shows a customer’s history, its contacts’ too, with the request each change came from', async () => {
    const filed = await customers('POST /customers', '/customers', {
      caller: rep,
      body: { name: 'Trail Works', industry: 'energy', region: 'east', source: 'referral' },
      headers: { 'x-correlation-id': 'filing-trail-works' },
    });
    const id: string = filed.body.id;
    await customers('PATCH /customers/{id}', `/customers/${id}`, {
      caller: rep,
      body: { region: 'north' },
      headers: {
        'content-type': 'application/merge-patch+json',
        'if-match': '"1"',
        'x-correlation-id': 'moving-trail-works',
      },
    });
    await customers('POST /customers/{id}/contacts', `/customers/${id}/contacts`, {
      caller: rep,
      body: { name: '王工', email: 'wang@trail.example' },
    });

    const read = await trail(auditor, { type: 'customer', id });
    expect(read.status).toBe(200);
    expect(read.body.items).toHaveLength(3);
    expect(read.body.items[0]).toMatchObject({
      resourceType: 'Customer',
      resourceId: id,
      action: 'created',
      actorId: 'ATREP',
      correlationId: 'filing-trail-works',
    });
    expect(read.body.items[1]).toMatchObject({
      action: 'updated',
      changes: { region: { from: 'east', to: 'north' } },
      correlationId: 'moving-trail-works',
    });
    expect(read.body.items[2]).toMatchObject({ resourceType: 'Contact', action: 'created' });
    // In pages, oldest first.
    const first = await trail(manager, { type: 'customer', id, limit: '2' });
    expect(first.body.items).toHaveLength(2);
    const next = await trail(manager, { type: 'customer', id, limit: '2', cursor: first.body.nextCursor });
    expect(next.body.items).toEqual([read.body.items[2]]);
  });

  it('is for whoever may read the record too: a rep their customer’s and its quote’s, their own profile’s', async () => {
    const filed = await customers('POST /customers', '/customers', {
      caller: rep,
      body: { name: 'Own Trail Co', industry: 'energy', region: 'east', source: 'referral' },
    });
    const id: string = filed.body.id;
    const own = await trail(rep, { type: 'customer', id });
    expect(own.status).toBe(200);
    expect(own.body.items[0]).toMatchObject({ resourceId: id, action: 'created', actorId: 'ATREP' });
    // Another rep may not work with that customer, so not read its trail either.
    expect((await trail(otherRep, { type: 'customer', id })).status).toBe(403);
    // A record that hangs on the customer: readable by whoever may work with the customer.
    const opened = await sales('POST /opportunities', '/opportunities', {
      caller: rep,
      body: {
        customerId: id,
        title: 'Trail pumps',
        expectedValue: { value: 100_000, currency: 'CNY' },
        expectedCloseDate: '2027-03-31',
      },
    });
    expect(opened.status).toBe(201);
    expect((await trail(rep, { type: 'opportunity', id: opened.body.id })).status).toBe(200);
    expect((await trail(otherRep, { type: 'opportunity', id: opened.body.id })).status).toBe(403);
    // One's own profile; not a colleague's; plans and targets are for audit and the heads.
    expect((await trail(rep, { type: 'employee', id: 'ATREP' })).status).toBe(200);
    expect((await trail(rep, { type: 'employee', id: 'ATREP2' })).status).toBe(403);
    expect((await trail(rep, { type: 'sales-plan', id: '2026' })).status).toBe(403);
    // A record that does not exist: 404 for whoever is not audit or a head.
    expect((await trail(rep, { type: 'quote', id: '01KB0000000000000000000000' })).status).toBe(404);
  });

  it('a bad subject is a 400 and an unknown one an empty trail', async () => {
    expect((await trail(auditor, { type: 'payroll', id: '01KB0000000000000000000000' })).status).toBe(400);
    expect((await trail(auditor, { type: 'customer', id: '2026-Q3' })).body.errors[0]).toMatchObject({
      path: 'id',
    });
    expect((await trail(auditor, { type: 'expense-audit', id: '2026-Q5' })).status).toBe(400);
    expect((await trail(auditor, { type: 'customer', id: '01KB0000000000000000000000' })).body.items).toEqual(
      [],
    );
    expect(
      (await trail(auditor, { type: 'customer', id: '01KB0000000000000000000000', cursor: 'x' })).status,
    ).toBe(400);
  });
});
