import { beforeAll, describe, expect, it } from 'vitest';
import { handler } from '../../functions/customers/handler.ts';
import { query } from '../../functions/shared/db.ts';
import { Customers } from '../../functions/customers/entities.ts';
import { caller } from '../support/events.ts';
import { prepareTable } from '../support/table.ts';

const call = caller(handler);
const manager = { id: 'MGR', roles: ['sales_manager', 'supervisor'] as const };
const rep = { id: 'REP1', roles: ['sales_rep'] as const };
const otherRep = { id: 'REP2', roles: ['sales_rep'] as const };
const admin = { id: 'ADM', roles: ['sales_admin'] as const };
const customer = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  industry: 'electronics',
  region: '华东',
  source: 'referral',
  ...extra,
});

beforeAll(() =>
  prepareTable([
    { id: 'MGR', roles: ['sales_manager', 'supervisor'] },
    { id: 'REP1', roles: ['sales_rep'] },
    { id: 'REP2', roles: ['sales_rep'] },
    { id: 'ADM', roles: ['sales_admin'] },
    { id: 'LEG', roles: ['legal'] },
  ]),
);

describe('customer life cycle on DynamoDB Local', () => {
  it('creates, reads, patches conditionally and keeps an audit trail', async () => {
    const created = await call('POST /customers', '/customers', {
      caller: rep,
      body: customer('Life Cycle Ltd'),
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const read = await call('GET /customers/{id}', `/customers/${id}`, { caller: rep });
    expect(read.body).toEqual(created.body);

    const patched = await call('PATCH /customers/{id}', `/customers/${id}`, {
      caller: rep,
      body: { status: 'active', needs: { price: 'under budget' } },
      headers: { 'if-match': read.headers.etag! },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ status: 'active', version: 2, needs: { price: 'under budget' } });

    const stale = await call('PATCH /customers/{id}', `/customers/${id}`, {
      caller: rep,
      body: { status: 'lost' },
      headers: { 'if-match': read.headers.etag! },
    });
    expect(stale.status).toBe(412);
    expect((await call('GET /customers/{id}', `/customers/${id}`, { caller: rep })).body.status).toBe(
      'active',
    );

    // The trail: who created it, then who changed which fields from what to what; the refused
    // patch left nothing.
    const trail = await query({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
      ExpressionAttributeValues: { ':pk': Customers.key({ id }).pk, ':audit': 'AUDIT#' },
    });
    expect(trail.items).toEqual([
      expect.objectContaining({ resourceType: 'Customer', action: 'created', actorId: rep.id }),
      expect.objectContaining({
        action: 'updated',
        actorId: rep.id,
        changes: {
          status: { from: 'prospect', to: 'active' },
          needs: { from: null, to: expect.objectContaining({ price: 'under budget' }) },
        },
      }),
    ]);
  });

  it('lets exactly one of two concurrent patches of the same version win', async () => {
    const { body } = await call('POST /customers', '/customers', { caller: rep, body: customer('Race Co') });
    const attempts = await Promise.all(
      ['dormant', 'lost'].map((status) =>
        call('PATCH /customers/{id}', `/customers/${body.id}`, {
          caller: rep,
          body: { status },
          headers: { 'if-match': '"1"' },
        }),
      ),
    );
    expect(attempts.map((attempt) => attempt.status).sort()).toEqual([200, 412]);
    const winner = attempts.find((attempt) => attempt.status === 200)!;
    const final = await call('GET /customers/{id}', `/customers/${body.id}`, { caller: rep });
    expect(final.body).toMatchObject({ version: 2, status: winner.body.status });
  });

  it('keeps company names unique, also across renames', async () => {
    const first = await call('POST /customers', '/customers', {
      caller: rep,
      body: customer('Unique Name GmbH'),
    });
    const taken = await call('POST /customers', '/customers', {
      caller: otherRep,
      body: customer('unique  name gmbh'),
    });
    expect(taken.status).toBe(409);
    // Another rep learns that the name is taken, not which customer holds it.
    expect(taken.body.detail).not.toContain(first.body.id);
    expect(taken.body.detail).toContain('another sales rep');
    const own = await call('POST /customers', '/customers', {
      caller: rep,
      body: customer('UNIQUE NAME GMBH'),
    });
    expect(own.body.detail).toContain(first.body.id);
    const renamed = await call('PATCH /customers/{id}', `/customers/${first.body.id}`, {
      caller: rep,
      body: { name: 'Renamed GmbH' },
      headers: { 'if-match': '"1"' },
    });
    expect(renamed.status).toBe(200);
    // The old name is free again; the new one is taken.
    expect(
      (await call('POST /customers', '/customers', { caller: otherRep, body: customer('Unique Name GmbH') }))
        .status,
    ).toBe(201);
    expect(
      (await call('POST /customers', '/customers', { caller: otherRep, body: customer('RENAMED GMBH') }))
        .status,
    ).toBe(409);
  });

  it('files exactly one customer when the same name arrives concurrently', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        call('POST /customers', '/customers', { caller: rep, body: customer('Stampede Inc') }),
      ),
    );
    expect(results.filter((result) => result.status === 201)).toHaveLength(1);
    expect(results.filter((result) => result.status === 409)).toHaveLength(5);
  });
});

describe('ownership', () => {
  it("keeps reps out of each other's customers; manager and admin see all", async () => {
    const { body } = await call('POST /customers', '/customers', {
      caller: otherRep,
      body: customer('Private Account'),
    });
    expect((await call('GET /customers/{id}', `/customers/${body.id}`, { caller: rep })).status).toBe(403);
    expect(
      (await call('GET /customers/{id}/contacts', `/customers/${body.id}/contacts`, { caller: rep })).status,
    ).toBe(403);
    expect((await call('GET /customers/{id}', `/customers/${body.id}`, { caller: manager })).status).toBe(
      200,
    );
    expect((await call('GET /customers/{id}', `/customers/${body.id}`, { caller: admin })).status).toBe(200);
    const legal = { id: 'LEG', roles: ['legal'] as const };
    expect((await call('GET /customers/{id}', `/customers/${body.id}`, { caller: legal })).status).toBe(403);
  });

  it('lets the manager assign an owner, who must be a sales employee', async () => {
    const assigned = await call('POST /customers', '/customers', {
      caller: manager,
      body: customer('Assigned Co', { ownerId: 'REP1' }),
    });
    expect(assigned.body.ownerId).toBe('REP1');
    const toLegal = await call('POST /customers', '/customers', {
      caller: manager,
      body: customer('Bad Owner', { ownerId: 'LEG' }),
    });
    expect(toLegal.status).toBe(400);
    expect(toLegal.body.errors[0].path).toBe('ownerId');
    const reassigned = await call('PATCH /customers/{id}', `/customers/${assigned.body.id}`, {
      caller: admin,
      body: { ownerId: 'REP2' },
      headers: { 'if-match': '"1"' },
    });
    expect(reassigned.body.ownerId).toBe('REP2');
    expect(
      (await call('GET /customers/{id}', `/customers/${assigned.body.id}`, { caller: rep })).status,
    ).toBe(403);
  });
});

describe('contacts and communication records', () => {
  it('adds and patches contacts, lists interactions newest first', async () => {
    const { body: account } = await call('POST /customers', '/customers', {
      caller: rep,
      body: customer('Contact Holder'),
    });
    const contact = await call('POST /customers/{id}/contacts', `/customers/${account.id}/contacts`, {
      caller: rep,
      body: { name: '王芳', birthday: '02-29', email: 'wang.fang@holder.example' },
    });
    expect(contact.status).toBe(201);
    expect(contact.body).toMatchObject({ language: 'zh-CN', careOptOut: false, customerId: account.id });
    const changed = await call(
      'PATCH /customers/{id}/contacts/{contactId}',
      `/customers/${account.id}/contacts/${contact.body.id}`,
      {
        caller: rep,
        body: { language: 'en', title: 'Buyer' },
        headers: { 'if-match': '"1"' },
      },
    );
    expect(changed.body).toMatchObject({ language: 'en', title: 'Buyer', version: 2 });

    for (const occurredAt of [
      '2026-03-01T09:00:00+08:00',
      '2026-05-01T09:00:00+08:00',
      '2026-04-01T09:00:00+08:00',
    ]) {
      const recorded = await call(
        'POST /customers/{id}/interactions',
        `/customers/${account.id}/interactions`,
        {
          caller: rep,
          body: { channel: 'call', occurredAt, summary: `call on ${occurredAt}`, contactId: contact.body.id },
        },
      );
      expect(recorded.status).toBe(201);
    }
    const listed = await call('GET /customers/{id}/interactions', `/customers/${account.id}/interactions`, {
      caller: rep,
    });
    expect(listed.body.items.map((item: { occurredAt: string }) => item.occurredAt)).toEqual([
      '2026-05-01T09:00:00+08:00',
      '2026-04-01T09:00:00+08:00',
      '2026-03-01T09:00:00+08:00',
    ]);
    const unknownContact = await call(
      'POST /customers/{id}/interactions',
      `/customers/${account.id}/interactions`,
      {
        caller: rep,
        body: {
          channel: 'visit',
          occurredAt: '2026-05-02T09:00:00Z',
          summary: 'x',
          contactId: '01J0000000000000000000000Z',
        },
      },
    );
    expect(unknownContact.status).toBe(404);
  });
});

describe('each function’s declared data', () => {
  it('is all it may reach: another partition, or a write where it only reads, is refused', async () => {
    const created = await call('POST /customers', '/customers', {
      caller: rep,
      body: customer('Scoped Data Works'),
    });
    expect(created.status).toBe(201);
    const key = Customers.key({ id: created.body.id });
    const { getItem } = await import('../../functions/shared/db.ts');
    const { commit } = await import('../../functions/shared/transaction.ts');
    const { asFunction } = await import('../../local/data-scope.ts');
    // The customers function reads its customer; the reports function declares no customer data.
    expect(await asFunction('customers', () => getItem(key))).toMatchObject({ name: 'Scoped Data Works' });
    await expect(asFunction('reports', () => getItem(key))).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: expect.stringContaining(key.pk),
    });
    // The employees' event consumer only reads profiles: a write of its domain's data is refused too.
    const { Employees } = await import('../../functions/employees/entities.ts');
    const profile = Employees.item({ id: 'SCOPED' }, { name: 'x' });
    await expect(
      asFunction('employees-events', () =>
        commit([{ Put: { TableName: process.env.TABLE_NAME!, Item: profile } }]),
      ),
    ).rejects.toMatchObject({ name: 'AccessDeniedException' });
    expect(await getItem(Employees.key({ id: 'SCOPED' }))).toBeUndefined();
  });
});

describe('planned follow-ups (§2.2.1)', () => {
  it('are planned by a record’s nextFollowUp, kept by a later contact, listed by rep', async () => {
    const { body: account } = await call('POST /customers', '/customers', {
      caller: rep,
      body: customer('Follow Up Works'),
    });
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const record = (occurredAt: string, extra: Record<string, unknown> = {}) =>
      call('POST /customers/{id}/interactions', `/customers/${account.id}/interactions`, {
        caller: rep,
        body: { channel: 'call', occurredAt, summary: `call at ${occurredAt}`, ...extra },
      });
    const followUps = async (who: typeof rep | typeof manager, query: Record<string, string>) => {
      const listed = await call('GET /follow-ups', '/follow-ups', { caller: who, query });
      expect(listed.status).toBe(200);
      return (listed.body.items as { id: string; customerId: string }[]).filter(
        (item) => item.customerId === account.id,
      );
    };

    // A day already past is refused, and nothing is recorded or planned.
    const past = await record(hoursAgo(3), { nextFollowUp: inDays(-2) });
    expect(past.status).toBe(400);
    expect(past.body.errors[0]).toMatchObject({ in: 'body', path: 'nextFollowUp' });
    expect(await followUps(rep, {})).toEqual([]);

    const planning = await record(hoursAgo(3), { nextFollowUp: inDays(2) });
    expect(planning.status).toBe(201);
    expect(await followUps(rep, { status: 'open' })).toEqual([
      expect.objectContaining({
        id: planning.body.id,
        customerName: 'Follow Up Works',
        ownerId: rep.id,
        plannedBy: rep.id,
        dueOn: inDays(2),
        status: 'open',
        summary: planning.body.summary,
      }),
    ]);
    // Not missed before its day; missed once a day after it is asked about.
    expect(await followUps(rep, { status: 'open', dueBefore: inDays(1) })).toEqual([]);
    expect(await followUps(rep, { status: 'open', dueBefore: inDays(3) })).toHaveLength(1);
    // A contact made before the planning one, recorded late, keeps nothing.
    expect((await record(hoursAgo(30))).status).toBe(201);
    expect(await followUps(rep, { status: 'open' })).toHaveLength(1);

    const kept = await record(hoursAgo(1), { nextFollowUp: inDays(10) });
    expect(kept.status).toBe(201);
    expect(await followUps(rep, { status: 'kept' })).toEqual([
      expect.objectContaining({ id: planning.body.id, keptBy: kept.body.id, late: false, version: 2 }),
    ]);
    expect(await followUps(rep, { status: 'open' })).toEqual([
      expect.objectContaining({ id: kept.body.id, dueOn: inDays(10) }),
    ]);

    // The manager and sales admin see a rep's or everyone's; another rep sees none of them.
    expect(await followUps(manager, { owner: rep.id, status: 'open' })).toHaveLength(1);
    expect(await followUps(admin as unknown as typeof rep, { owner: 'all', status: 'open' })).toHaveLength(1);
    const foreign = await call('GET /follow-ups', '/follow-ups', {
      caller: otherRep,
      query: { owner: rep.id },
    });
    expect(foreign.status).toBe(403);
    expect(await followUps(otherRep, {})).toEqual([]);
  });
});
