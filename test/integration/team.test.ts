import { beforeAll, describe, expect, it } from 'vitest';
import { caller, type Person } from '../support/events.ts';
import { prepareTable } from '../support/table.ts';

/**
 * Team management (§2.1.2) on DynamoDB Local: the sales manager files a colleague, moves them to
 * another team or other roles, and records their leaving; each change is in the person's history;
 * bad requests change nothing.
 */
const { handler: employeesApi } = await import('../../functions/employees/handler.ts');
const employees = caller(employeesApi);

const manager: Person = { id: 'TMMGR', roles: ['sales_manager'] };
const admin: Person = { id: 'TMADMIN', roles: ['sales_admin'] };
const lead: Person = { id: 'TMLEAD', roles: ['supervisor', 'sales_rep'] };
const otherLead: Person = { id: 'TMLEAD2', roles: ['supervisor'] };
const rep: Person = { id: 'TMREP', roles: ['sales_rep'] };
const finance: Person = { id: 'TMFIN', roles: ['finance'] };

beforeAll(async () => {
  await prepareTable(
    [manager, admin, lead, otherLead, rep, finance].map(({ id, roles }) => ({ id, roles: [...roles] })),
  );
});

const join = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  employees('POST /employees', '/employees', { caller: manager, body, headers });
const read = (who: Person, id: string) =>
  employees('GET /employees/{id}', `/employees/${id}`, { caller: who });
const patch = (id: string, version: number, body: Record<string, unknown>, who: Person = manager) =>
  employees('PATCH /employees/{id}', `/employees/${id}`, {
    caller: who,
    body,
    headers: { 'content-type': 'application/merge-patch+json', 'if-match': `"${version}"` },
  });
const leave = (id: string, body: Record<string, unknown>, who: Person = manager) =>
  employees('POST /employees/{id}/leave', `/employees/${id}/leave`, { caller: who, body });

describe('team management', () => {
  it('files a colleague once per email, in a team, and keeps their history as they move and leave', async () => {
    const newcomer = {
      name: '周敏',
      email: 'Zhou.Min@Company.example',
      roles: ['sales_rep'],
      supervisorId: 'TMLEAD',
    };
    // Only the sales manager builds the team; bad input changes nothing.
    expect((await employees('POST /employees', '/employees', { caller: admin, body: newcomer })).status).toBe(
      403,
    );
    expect((await join({ ...newcomer, roles: [] })).status).toBe(400);
    expect((await join({ ...newcomer, roles: ['sales_rep', 'sales_rep'] })).status).toBe(400);
    expect((await join({ ...newcomer, supervisorId: 'NOBODY' })).body.errors[0]).toMatchObject({
      path: 'supervisorId',
    });
    expect((await join({ ...newcomer, joinedOn: '2001-01-01' })).status).toBe(400);

    const joined = await join(newcomer, { 'idempotency-key': 'join-zhou' });
    expect(joined.status).toBe(201);
    expect(joined.headers.location).toBe(`/employees/${joined.body.id}`);
    expect(joined.body).toMatchObject({
      email: 'zhou.min@company.example',
      status: 'active',
      supervisorId: 'TMLEAD',
      locale: 'zh-CN',
      joinedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    const id: string = joined.body.id;
    // The same request again is the same answer; the same person under another key is a 409.
    expect((await join(newcomer, { 'idempotency-key': 'join-zhou' })).body.id).toBe(id);
    const twice = await join({ ...newcomer, email: 'zhou.min@company.example' });
    expect(twice.status).toBe(409);
    expect(twice.body.detail).toContain(id);
    const everyone = await employees('GET /employees', '/employees', {
      caller: admin,
      query: { limit: '100' },
    });
    expect(
      everyone.body.items.filter((person: { email: string }) => person.email === 'zhou.min@company.example'),
    ).toHaveLength(1);

    // The person, their supervisor and the directory's keepers read it; a colleague elsewhere does not.
    expect((await read(lead, id)).status).toBe(200);
    expect((await read(admin, id)).status).toBe(200);
    expect((await read(finance, id)).status).toBe(403);
    expect((await read({ id, roles: ['sales_rep'] }, id)).status).toBe(200);
    expect((await read(manager, 'NOBODY')).status).toBe(404);

    // A move to another team; a line that would go round, and a change of one's own team, are refused.
    expect((await patch(id, 1, { supervisorId: id })).status).toBe(400);
    const moved = await patch(id, 1, { supervisorId: 'TMLEAD2', title: '销售代表' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ supervisorId: 'TMLEAD2', title: '销售代表', version: 2 });
    expect((await patch('TMLEAD2', 1, { supervisorId: id })).body.errors[0]).toMatchObject({
      path: 'supervisorId',
      message: expect.stringContaining('round'),
    });
    expect((await patch(id, 1, { title: 'stale' })).status).toBe(412);
    expect((await patch('TMMGR', 1, { roles: ['sales_rep'] })).status).toBe(403);
    expect((await patch(id, 2, {})).status).toBe(400);
    // The old supervisor no longer reads the profile; the new one does.
    expect((await read(lead, id)).status).toBe(403);
    expect((await read(otherLead, id)).status).toBe(200);

    // Leaving: never one's own, with a successor who can own customers, not while supervising someone.
    expect((await leave('TMMGR', { successorId: 'TMREP' })).status).toBe(403);
    expect((await leave(id, { successorId: 'TMFIN' })).body.errors[0]).toMatchObject({ path: 'successorId' });
    expect((await leave(id, { successorId: id })).status).toBe(400);
    const supervising = await leave('TMLEAD2', { successorId: 'TMREP' });
    expect(supervising.status).toBe(409);
    expect(supervising.body.detail).toContain(id);
    const left = await leave(id, { successorId: 'TMREP', reason: '个人原因' });
    expect(left.status).toBe(200);
    expect(left.body).toMatchObject({
      status: 'left',
      successorId: 'TMREP',
      leavingReason: '个人原因',
      version: 3,
    });
    expect((await leave(id, { successorId: 'TMREP' })).status).toBe(409);
    expect((await patch(id, 3, { title: 'back' })).status).toBe(409);

    // Leavers are apart from the team as it is.
    const active = await employees('GET /employees', '/employees', {
      caller: manager,
      query: { status: 'active', limit: '100' },
    });
    expect(active.body.items.map((person: { id: string }) => person.id)).not.toContain(id);
    const gone = await employees('GET /employees', '/employees', {
      caller: manager,
      query: { status: 'left' },
    });
    expect(gone.body.items.map((person: { id: string }) => person.id)).toEqual([id]);

    // Every change is in the history, field by field, with who made it.
    const history = (await read(manager, id)).body.history;
    expect(history).toHaveLength(3);
    expect(history[0]).toMatchObject({ action: 'created', actorId: 'TMMGR' });
    expect(history[1]).toMatchObject({
      action: 'updated',
      changes: { supervisorId: { from: 'TMLEAD', to: 'TMLEAD2' }, title: { from: null, to: '销售代表' } },
    });
    expect(history[2].changes).toMatchObject({
      status: { from: 'active', to: 'left' },
      successorId: { from: null, to: 'TMREP' },
    });
  });

  it('keeps a sales manager: the last one neither gives up the role nor leaves', async () => {
    const second = await join({ name: 'Deputy', email: 'deputy@company.example', roles: ['sales_manager'] });
    expect(second.status).toBe(201);
    // Two managers: the deputy may step down to rep, and then the department has one again.
    const stepped = await patch(second.body.id, 1, { roles: ['sales_rep'] });
    expect(stepped.status).toBe(200);
    const deputy: Person = { id: second.body.id, roles: ['sales_manager'] };
    // The only manager left cannot be made a rep by anyone (the deputy's token is stale, its roles read as manager).
    expect((await patch('TMMGR', 1, { roles: ['sales_rep'] }, deputy)).status).toBe(409);
    expect((await leave('TMMGR', { successorId: 'TMREP' }, deputy)).status).toBe(409);
  });
});
