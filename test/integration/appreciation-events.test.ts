import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailsTo, startReviews } from '../support/reviews.ts';
import { seedCustomer } from '../support/builders.ts';
import { caller } from '../support/events.ts';
import { addEmployee, prepareTable } from '../support/table.ts';
import { eventually } from '../support/wait.ts';

/**
 * Appreciation events over DynamoDB Local and the local event path: the manager creates an
 * event, the A customers of at least N years are proposed, invitations go to each contact in their
 * language with a single-use link, and the answers make the attendance list.
 */
const { handler: serviceApi } = await import('../../functions/service/handler.ts');
const { commit } = await import('../../functions/shared/transaction.ts');
const { classWrite } = await import('../../functions/customers/public.ts');
const { CustomerStatistics } = await import('../../functions/customers/entities.ts');
const { tableName } = await import('../../functions/shared/db.ts');
const service = caller(serviceApi);

const manager = { id: 'APMGR', roles: ['sales_manager'] as const };
const rep = { id: 'APREP', roles: ['sales_rep'] as const };
const admin = { id: 'APADMIN', roles: ['sales_admin'] as const };

let engine: Awaited<ReturnType<typeof startReviews>>;
const customers: Record<string, { customerId: string; contactId: string }> = {};
const yearsAgo = (years: number) => `${new Date().getUTCFullYear() - years}-01-15`;

/** A customer of a class whose first purchase was on a day. */
async function keyCustomer(
  name: string,
  email: string,
  customerClass: 'A' | 'B',
  firstPurchaseOn: string,
  language: 'en' | 'zh-CN',
) {
  const seeded = await seedCustomer(rep, name, { name: `${name} buyer`, email, language });
  const at = new Date().toISOString();
  await commit([
    classWrite(seeded.customerId, customerClass, at),
    {
      Put: {
        TableName: tableName(),
        Item: CustomerStatistics.item(
          { customerId: seeded.customerId },
          { customerId: seeded.customerId, firstPurchaseOn },
        ),
      },
    },
  ]);
  return seeded;
}

beforeAll(async () => {
  await prepareTable([]);
  await addEmployee({ id: 'APMGR', roles: ['sales_manager'], locale: 'en' });
  await addEmployee({ id: 'APREP', roles: ['sales_rep'], supervisorId: 'APMGR' });
  await addEmployee({ id: 'APADMIN', roles: ['sales_admin'] });
  engine = await startReviews();
  customers.old = await keyCustomer('Old Friend Ltd', 'old@customer.example', 'A', yearsAgo(6), 'en');
  customers.chinese = await keyCustomer(
    '老朋友机械',
    'laopengyou@customer.example',
    'A',
    yearsAgo(4),
    'zh-CN',
  );
  customers.young = await keyCustomer('Young A Ltd', 'young@customer.example', 'A', yearsAgo(1), 'en');
  customers.classB = await keyCustomer('Old B Ltd', 'oldb@customer.example', 'B', yearsAgo(8), 'en');
});
afterAll(() => engine.stop());

const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

describe('an appreciation event', () => {
  it('proposes long-term A customers, invites them by email and keeps their answers', async () => {
    const body = {
      kind: 'customer_gathering',
      title: 'Annual customer evening',
      date: inAMonth,
      place: 'Shanghai',
    };
    expect(
      (await service('POST /appreciation-events', '/appreciation-events', { caller: rep, body })).status,
    ).toBe(403);
    expect(
      (
        await service('POST /appreciation-events', '/appreciation-events', {
          caller: manager,
          body: { ...body, date: '2020-01-01' },
        })
      ).status,
    ).toBe(400);
    const created = await service('POST /appreciation-events', '/appreciation-events', {
      caller: manager,
      body,
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;

    const proposals = await service(
      'GET /appreciation-events/{id}/proposals',
      `/appreciation-events/${id}/proposals`,
      {
        caller: admin,
      },
    );
    expect(proposals.status).toBe(200);
    expect(proposals.body.minYears).toBe(3);
    expect(proposals.body.items.map((item: { customerId: string }) => item.customerId)).toEqual([
      customers.old!.customerId,
      customers.chinese!.customerId,
    ]);
    const wider = await service(
      'GET /appreciation-events/{id}/proposals',
      `/appreciation-events/${id}/proposals`,
      {
        caller: admin,
        query: { minYears: '1' },
      },
    );
    expect(wider.body.items).toHaveLength(3);

    const invite = (customerIds: string[]) =>
      service('POST /appreciation-events/{id}/invitations', `/appreciation-events/${id}/invitations`, {
        caller: manager,
        body: { customerIds },
      });
    expect((await invite(['01KB0000000000000000000000'])).status).toBe(400);
    const invited = await invite([customers.old!.customerId, customers.chinese!.customerId]);
    expect(invited.status).toBe(200);
    expect(invited.body.invited).toHaveLength(2);
    // Again: nobody is invited twice.
    expect((await invite([customers.old!.customerId])).body).toEqual({
      invited: [],
      alreadyInvited: [customers.old!.customerId],
    });

    const linkIn = (to: string) =>
      eventually(async () => {
        const mail = emailsTo(to).find((candidate) => candidate.text.includes('/invitations/'));
        const match = mail && /\/invitations\/([\w-]+)\?t=([\w-]+)/.exec(mail.text);
        return match ? { mail, id: match[1]!, token: match[2]! } : undefined;
      });
    const english = await linkIn('old@customer.example');
    expect(english.mail.subject).toBe('Invitation: Annual customer evening');
    // The day of the event, in the guest's calendar.
    expect(english.mail.calendars).toHaveLength(1);
    expect(english.mail.calendars[0]).toContain(`UID:appreciation-${id}@sales-department`);
    expect(english.mail.calendars[0]).toMatch(/DTSTART;VALUE=DATE:\d{8}\r\n/);
    expect(english.mail.calendars[0]).toContain('SUMMARY:Annual customer evening');
    const chinese = await linkIn('laopengyou@customer.example');
    expect(chinese.mail.subject).toContain('邀请函');

    const page = await service('GET /invitations/{id}', `/invitations/${english.id}`, {
      query: { t: english.token },
    });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Annual customer evening');
    expect(
      (await service('HEAD /invitations/{id}', `/invitations/${english.id}`, { query: { t: 'x' } })).status,
    ).toBe(404);
    const answer = (link: { id: string; token: string }, choice: string) =>
      service('POST /invitations/{id}/answer', `/invitations/${link.id}/answer`, {
        body: new URLSearchParams({ t: link.token, answer: choice }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    expect((await answer(english, 'maybe')).status).toBe(400);
    expect((await answer(english, 'accept')).status).toBe(200);
    expect((await answer(english, 'decline')).status).toBe(409);
    expect((await answer(chinese, 'decline')).status).toBe(200);

    const file = await service('GET /appreciation-events/{id}', `/appreciation-events/${id}`, {
      caller: manager,
    });
    expect(file.body.attendance).toEqual({ invited: 2, accepted: 1, declined: 1 });
    expect(JSON.stringify(file.body)).not.toContain('tokenHash');
    expect(
      (await service('GET /appreciation-events/{id}', `/appreciation-events/${id}`, { caller: rep })).status,
    ).toBe(403);
  });
});
