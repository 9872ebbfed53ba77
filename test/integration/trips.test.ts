import { beforeAll, describe, expect, it } from 'vitest';
import { seedCustomer } from '../support/builders.ts';
import { caller, type Person } from '../support/events.ts';
import { prepareTable } from '../support/table.ts';

/**
 * Business trips (§2.3.5) on DynamoDB Local: a rep requests one (sales admin for a rep too), sales
 * admin books it, its claims name it, and it shows the revisits made on it; cancelled, it takes no
 * bookings and no claims.
 */
const { handler: expensesApi } = await import('../../functions/expenses/handler.ts');
const { handler: careApi } = await import('../../functions/care/handler.ts');
const { commit } = await import('../../functions/shared/transaction.ts');
const { newResource } = await import('../../functions/shared/clock.ts');
const { openRevisitWrites } = await import('../../functions/care/store.ts');
const expenses = caller(expensesApi);
const care = caller(careApi);

const rep: Person = { id: 'TRREP', roles: ['sales_rep'] };
const otherRep: Person = { id: 'TRREP2', roles: ['sales_rep'] };
const admin: Person = { id: 'TRADM', roles: ['sales_admin'] };
const manager: Person = { id: 'TRMGR', roles: ['sales_manager'] };
const today = new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
let customerId: string;
let othersCustomer: string;

beforeAll(async () => {
  await prepareTable([
    { id: 'TRREP', roles: ['sales_rep'] },
    { id: 'TRREP2', roles: ['sales_rep'] },
    { id: 'TRADM', roles: ['sales_admin'] },
    { id: 'TRMGR', roles: ['sales_manager'] },
  ]);
  ({ customerId } = await seedCustomer(rep, 'Trip Energy'));
  ({ customerId: othersCustomer } = await seedCustomer(otherRep, 'Other Energy'));
});

const request = (who: Person, body: Record<string, unknown>) =>
  expenses('POST /trips', '/trips', { caller: who, body });
const read = (who: Person, id: string) => expenses('GET /trips/{id}', `/trips/${id}`, { caller: who });
const claim = (who: Person, tripId: string) =>
  expenses('POST /expenses/claims', '/expenses/claims', {
    caller: who,
    body: { category: 'travel', amount: 15_000, date: today, reason: '高铁票', tripId },
  });

describe('a business trip', () => {
  it('is requested, booked by sales admin, and shows the claims and revisits made on it; cancelled, it takes neither', async () => {
    const trip = {
      destination: '西安',
      startsOn: today,
      endsOn: inDays(2),
      purpose: '拜访新能源客户',
      customerIds: [customerId],
    };
    expect((await request(rep, { ...trip, travellerId: 'TRREP2' })).status).toBe(403);
    expect((await request(rep, { ...trip, endsOn: inDays(-1) })).status).toBe(400);
    expect((await request(rep, { ...trip, endsOn: inDays(40) })).status).toBe(400);
    expect((await request(rep, { ...trip, customerIds: [othersCustomer] })).status).toBe(403);
    const requested = await request(rep, trip);
    expect(requested.status).toBe(201);
    expect(requested.body).toMatchObject({
      travellerId: 'TRREP',
      status: 'requested',
      bookings: [],
      requestedBy: 'TRREP',
    });
    const id = requested.body.id as string;
    // Sales admin may request one for a rep, about the rep's customers.
    const forRep = await request(admin, { ...trip, travellerId: 'TRREP' });
    expect(forRep.body).toMatchObject({ travellerId: 'TRREP', requestedBy: 'TRADM' });
    expect((await read(otherRep, id)).status).toBe(403);

    const book = (who: Person, body: object) =>
      expenses('POST /trips/{id}/bookings', `/trips/${id}/bookings`, { caller: who, body });
    expect((await book(rep, { kind: 'hotel', details: '2 晚' })).status).toBe(403);
    const booked = await book(admin, {
      kind: 'hotel',
      details: '西安钟楼酒店 2 晚',
      reference: 'H-2291',
      cost: { value: 76_000, currency: 'CNY' },
    });
    expect(booked.body).toMatchObject({ status: 'booked', bookings: [{ kind: 'hotel', bookedBy: 'TRADM' }] });

    const filed = await claim(rep, id);
    expect(filed.status).toBe(201);
    expect(filed.body.tripId).toBe(id);
    expect((await claim(otherRep, id)).status).toBe(400);

    // A revisit of the trip's customer completed during it.
    const revisit = newResource({
      customerId,
      customerName: 'Trip Energy',
      ownerId: 'TRREP',
      status: 'open' as const,
      openedOn: today,
      dueOn: inDays(7),
      reason: 'due',
    });
    await commit(openRevisitWrites(revisit));
    const done = await care('POST /revisits/{id}/complete', `/revisits/${revisit.id}/complete`, {
      caller: rep,
      body: { outcome: '客户计划扩产', satisfaction: 5, channel: 'visit' },
    });
    expect(done.status).toBe(200);

    const seen = await read(admin, id);
    expect(seen.status).toBe(200);
    expect(seen.body.claims.map((item: { id: string }) => item.id)).toEqual([filed.body.id]);
    expect(seen.body.revisits.map((item: { id: string }) => item.id)).toEqual([revisit.id]);
    expect((await read(manager, forRep.body.id)).body).toMatchObject({
      claims: [],
      revisits: [expect.anything()],
    });

    const cancelled = await expenses('POST /trips/{id}/cancel', `/trips/${id}/cancel`, { caller: rep });
    expect(cancelled.body.status).toBe('cancelled');
    expect((await book(admin, { kind: 'train', details: 'G87' })).status).toBe(409);
    expect((await claim(rep, id)).status).toBe(409);

    const list = (who: Person, query: Record<string, string> = {}) =>
      expenses('GET /trips', '/trips', { caller: who, query });
    expect((await list(rep)).body.items.map((item: { id: string }) => item.id).sort()).toEqual(
      [id, forRep.body.id].sort(),
    );
    expect((await list(otherRep)).body.items).toEqual([]);
    expect((await list(otherRep, { traveller: 'TRREP' })).status).toBe(403);
    expect(
      (await list(admin, { traveller: 'all', status: 'cancelled' })).body.items.map(
        (item: { id: string }) => item.id,
      ),
    ).toEqual([id]);
  });
});
