import { DescribeExecutionCommand, SFNClient } from '@aws-sdk/client-sfn';
import { asFunction } from '../../local/data-scope.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailsTo, startReviews } from '../support/reviews.ts';
import { seedCustomer } from '../support/builders.ts';
import { caller, type Person } from '../support/events.ts';
import { addEmployee, prepareTable } from '../support/table.ts';
import { eventually } from '../support/wait.ts';

/**
 * Service tickets over DynamoDB Local, the local event path and the local Step Functions
 * engine: recorded, routed, visited, solved into the knowledge base and rated from the emailed
 * link; the per-ticket timer reminds and escalates once per deadline, and does nothing for a
 * solved ticket. Low-severity tickets of unclassified customers get deadlines of seconds here, so
 * the real timer runs to its end within the test.
 */
process.env.SERVICE_SETTINGS = JSON.stringify({
  ticketResponseHours: {
    A: { critical: 2, high: 4, medium: 8, low: 24 },
    B: { critical: 4, high: 8, medium: 24, low: 48 },
    C: { critical: 8, high: 24, medium: 48, low: 0.001 },
  },
  ticketResolutionHours: {
    A: { critical: 24, high: 48, medium: 120, low: 240 },
    B: { critical: 48, high: 96, medium: 168, low: 336 },
    C: { critical: 72, high: 168, medium: 240, low: 0.002 },
  },
});
const { handler: serviceApi } = await import('../../functions/service/handler.ts');
const { fireTicketAlarm } = await import('../../functions/service/ticket-timer.ts');
const { query } = await import('../../functions/shared/db.ts');
const { commit } = await import('../../functions/shared/transaction.ts');
const { getRatingLink, ratingLinkWrite } = await import('../../functions/service/store.ts');
const service = caller(serviceApi);

const rep = { id: 'TKREP', roles: ['sales_rep'] as const };
const otherRep = { id: 'TKOTHER', roles: ['sales_rep'] as const };
const admin = { id: 'TKADMIN', roles: ['sales_admin'] as const };
const technician = { id: 'TKTECH', roles: ['technician'] as const };
const otherTechnician = { id: 'TKTECH2', roles: ['technician'] as const };
const production = { id: 'TKPROD', roles: ['production'] as const };
const logistics = { id: 'TKLOG', roles: ['logistics'] as const };
const auditor = { id: 'TKAUD', roles: ['auditor'] as const };

let engine: Awaited<ReturnType<typeof startReviews>>;
let customer: { customerId: string; contactId: string };
beforeAll(async () => {
  await prepareTable([]);
  await addEmployee({ id: 'TKMGR', roles: ['sales_manager'], locale: 'en' });
  await addEmployee({ id: 'TKREP', roles: ['sales_rep'], supervisorId: 'TKMGR', locale: 'en' });
  for (const person of [otherRep, admin, technician, otherTechnician, production, logistics, auditor])
    await addEmployee({ id: person.id, roles: [...person.roles], locale: 'en' });
  engine = await startReviews();
  customer = await seedCustomer(rep, 'Ticket Works', {
    name: 'Tom',
    email: 'tom@customer.example',
    language: 'en',
  });
});
afterAll(() => engine.stop());

const open = (severity: 'low' | 'medium', body: Record<string, unknown> = {}) =>
  service('POST /tickets', '/tickets', {
    caller: rep,
    body: {
      ...customer,
      product: { name: 'Hydraulic press', model: 'HP-200' },
      category: 'malfunction',
      severity,
      description: 'The press leaks oil at the main seal',
      ...body,
    },
  });
const post = (who: Person, path: string, route: string, body: Record<string, unknown>) =>
  service(route, path, { caller: who, body });

/** A ticket's events of one type (the outbox is indexed by day). */
const eventsOf = async (ticketId: string, type: string) => {
  const { items } = await query({
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :day',
    FilterExpression: '#type = :type AND #subject.id = :id',
    ExpressionAttributeNames: { '#type': 'type', '#subject': 'subject' },
    ExpressionAttributeValues: {
      ':day': `EVENTS#${new Date().toISOString().slice(0, 10)}`,
      ':type': type,
      ':id': ticketId,
    },
  });
  return items;
};
const mailsAbout = (to: string, ticketId: string) =>
  emailsTo(to).filter((mail) => mail.subject.includes(ticketId.slice(-8)));
const execution = (ticketId: string) =>
  new SFNClient({})
    .send(
      new DescribeExecutionCommand({
        executionArn: `arn:aws:states:local:000000000000:execution:ticket-timer:ticket-${ticketId}`,
      }),
    )
    .then(
      (found) => found,
      () => undefined,
    );

describe('a service ticket', () => {
  it('is routed, visited, solved into the knowledge base and rated once from the emailed link', async () => {
    const opened = await open('medium');
    expect(opened.status).toBe(201);
    const id = opened.body.id as string;
    expect(opened.body).toMatchObject({ department: 'after_sales', ownerId: 'TKREP', customerClass: 'C' });
    // The department is told, and the timer runs.
    await eventually(async () => (mailsAbout('tktech@test.example', id).length > 0 ? true : undefined));
    await eventually(async () => ((await execution(id))?.status === 'RUNNING' ? true : undefined));

    // Who may see it: its rep, the department it is with; not another rep, nor another department.
    const read = (who: Person) => service('GET /tickets/{id}', `/tickets/${id}`, { caller: who });
    expect((await read(otherRep)).status).toBe(403);
    expect((await read(production)).status).toBe(403);
    expect((await read(auditor)).status).toBe(403);
    expect((await read(technician)).status).toBe(200);

    const routed = await post(rep, `/tickets/${id}/routing`, 'POST /tickets/{id}/routing', {
      department: 'production',
      reason: 'Looks like a casting defect',
    });
    expect(routed.status).toBe(200);
    expect((await read(production)).status).toBe(200);
    expect((await read(logistics)).status).toBe(403);
    await eventually(async () => (mailsAbout('tkprod@test.example', id).length > 0 ? true : undefined));
    const queue = await service('GET /tickets', '/tickets', { caller: production });
    expect(queue.body.items.map((ticket: { id: string }) => ticket.id)).toContain(id);
    expect(
      (await service('GET /tickets', '/tickets', { caller: production, query: { department: 'finance' } }))
        .status,
    ).toBe(403);
    // Those who see every ticket list every queue, page by page across them.
    const everyQueue = async (who: Person) => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await service('GET /tickets', '/tickets', {
          caller: who,
          query: { limit: '1', ...(cursor ? { cursor } : {}) },
        });
        expect(page.status).toBe(200);
        expect(page.body.items.length).toBeLessThanOrEqual(1);
        seen.push(...page.body.items.map((ticket: { id: string }) => ticket.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      return seen;
    };
    expect(await everyQueue(technician)).toContain(id);
    expect(await everyQueue(admin)).toContain(id);
    expect(new Set(await everyQueue(technician)).size).toBe((await everyQueue(technician)).length);
    expect(
      (await service('GET /tickets', '/tickets', { caller: technician, query: { cursor: 'e30' } })).status,
    ).toBe(400);

    // Production sends it back to after-sales, which plans a visit.
    await post(production, `/tickets/${id}/routing`, 'POST /tickets/{id}/routing', {
      department: 'after_sales',
      reason: 'The casting is fine; the seal is worn',
    });
    expect(
      (
        await post(admin, `/tickets/${id}/visits`, 'POST /tickets/{id}/visits', {
          technicianId: 'TKREP',
          plannedFor: '2026-12-20T09:00:00+08:00',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await post(rep, `/tickets/${id}/visits`, 'POST /tickets/{id}/visits', {
          technicianId: 'TKTECH',
          plannedFor: '2026-12-20T09:00:00+08:00',
        })
      ).status,
    ).toBe(403);
    const planned = await post(admin, `/tickets/${id}/visits`, 'POST /tickets/{id}/visits', {
      technicianId: 'TKTECH',
      plannedFor: '2026-12-20T09:00:00+08:00',
    });
    expect(planned.body).toMatchObject({ status: 'in_progress', handling: 'on_site' });
    const visitMail = await eventually(async () =>
      emailsTo('tktech@test.example').find((mail) => mail.subject.startsWith('On-site visit')),
    );
    // In the technician's calendar: two hours from 09:00 in the department's zone.
    expect(visitMail.calendars).toHaveLength(1);
    expect(visitMail.calendars[0]).toContain(`UID:visit-${id}-1@sales-department`);
    expect(visitMail.calendars[0]).toContain('DTSTART;TZID=Asia/Shanghai:20261220T090000');
    expect(visitMail.calendars[0]).toContain('DTEND;TZID=Asia/Shanghai:20261220T110000');
    const report = {
      workDone: 'Replaced the main seal and refilled oil',
      partsUsed: [{ part: 'Seal 40mm', quantity: 1 }],
      outcome: 'solved',
    };
    const reportPath = `/tickets/${id}/visits/1/report`;
    expect(
      (await post(otherTechnician, reportPath, 'POST /tickets/{id}/visits/{number}/report', report)).status,
    ).toBe(403);
    expect(
      (
        await post(
          technician,
          `/tickets/${id}/visits/x/report`,
          'POST /tickets/{id}/visits/{number}/report',
          report,
        )
      ).status,
    ).toBe(400);
    expect(
      (await post(technician, reportPath, 'POST /tickets/{id}/visits/{number}/report', report)).status,
    ).toBe(200);

    const solved = await post(technician, `/tickets/${id}/solution`, 'POST /tickets/{id}/solution', {
      problem: 'Oil leak at the main seal',
      cause: 'The seal wore out after 4,000 hours',
      solution: 'Replace the seal; check it every 2,000 hours',
    });
    expect(solved.status).toBe(200);
    expect(solved.body.history.map((step: { what: string }) => step.what)).toEqual([
      'opened',
      'routed',
      'routed',
      'visit-planned',
      'visit-reported',
      'solved',
    ]);
    expect(
      (
        await post(technician, `/tickets/${id}/solution`, 'POST /tickets/{id}/solution', {
          problem: 'again',
          cause: 'again',
          solution: 'again',
        })
      ).status,
    ).toBe(409);

    // The knowledge base finds it by product and words, not by other words.
    const search = (query: Record<string, string>) =>
      service('GET /knowledge', '/knowledge', { caller: production, query });
    const found = await search({ product: 'hp-200', q: 'SEAL oil' });
    expect(found.body.items).toHaveLength(1);
    expect(found.body.items[0]).toMatchObject({
      product: 'hp-200',
      ticketId: id,
      cause: solved.body.resolution.cause,
    });
    expect((await search({ q: 'gearbox' })).body.items).toHaveLength(0);
    expect((await service('GET /knowledge', '/knowledge', { caller: auditor })).status).toBe(403);

    // The customer's contact is asked to rate it, once.
    const link = await eventually(async () => {
      const mail = emailsTo('tom@customer.example').find((candidate) =>
        candidate.text.includes(`/ratings/${id}?t=`),
      );
      return mail ? /\/ratings\/(\w+)\?t=([\w-]+)/.exec(mail.text)! : undefined;
    });
    const token = link[2]!;
    // Like every email to a contact, it ends with the contact's own write-to-us link.
    expect(
      emailsTo('tom@customer.example').find((mail) => mail.text.includes(`/ratings/${id}?t=`))!.text,
    ).toMatch(/write to us here .*\/contact-messages\/\w+\?t=[\w-]+$/);
    const page = await service('GET /ratings/{id}', `/ratings/${id}`, { query: { t: token } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Replace the seal');
    expect((await service('GET /ratings/{id}', `/ratings/${id}`, { query: { t: 'forged' } })).status).toBe(
      404,
    );
    // Its end of validity survives the round trip through the table: past it, the link is 410.
    const stored = (await getRatingLink(id))!;
    expect(Date.parse(stored.validUntil)).toBeGreaterThan(Date.now());
    await commit([ratingLinkWrite({ ...stored, validUntil: new Date(Date.now() - 1000).toISOString() })]);
    expect((await service('GET /ratings/{id}', `/ratings/${id}`, { query: { t: token } })).status).toBe(410);
    await commit([ratingLinkWrite(stored)]);
    const rate = (t: string, score: string) =>
      service('POST /ratings/{id}/answer', `/ratings/${id}/answer`, {
        body: new URLSearchParams({ t, score, comment: 'Quick and clean' }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    expect((await rate(token, '9')).status).toBe(400);
    const answers = await Promise.all([rate(token, '5'), rate(token, '4')]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const rated = await read(rep);
    expect([5, 4]).toContain(rated.body.rating.score);
    expect(await eventsOf(id, 'ticket.rated')).toHaveLength(1);
    // Solved: the timer ended at its next alarm or goes on doing nothing.
    expect(rated.body.alarms).toEqual([]);
  });

  it('refuses a customer, contact or order that does not fit, and changes nothing', async () => {
    expect(
      (
        await service('POST /tickets', '/tickets', {
          caller: otherRep,
          body: { ...customer, category: 'usage', severity: 'low', description: 'x' },
        })
      ).status,
    ).toBe(403);
    expect((await open('medium', { orderId: '01KB0000000000000000000000' })).status).toBe(400);
    expect((await open('medium', { contactId: '01KB0000000000000000000000' })).status).toBe(400);
    expect((await open('medium', { category: 'weather' })).status).toBe(400);
    const mine = await service('GET /tickets', '/tickets', {
      caller: rep,
      query: { customerId: customer.customerId },
    });
    expect(mine.status).toBe(200);
    expect((await service('GET /tickets', '/tickets', { caller: rep })).status).toBe(400);
  });
});

describe('the ticket timer', () => {
  it('sends nothing for a ticket solved before its deadlines, however often it fires', async () => {
    const id = (await open('medium')).body.id as string;
    await post(technician, `/tickets/${id}/solution`, 'POST /tickets/{id}/solution', {
      problem: 'Wrong setting',
      cause: 'Operator error',
      solution: 'Explained the setting by phone',
    });
    for (const alarm of [
      'response-reminder',
      'response-overdue',
      'resolution-reminder',
      'resolution-overdue',
    ] as const)
      expect(await fireTicketAlarm(id, alarm)).toEqual({ solved: true });
    await engine.events.settle();
    expect(await eventsOf(id, 'ticket.reminded')).toHaveLength(0);
    expect(await eventsOf(id, 'ticket.escalated')).toHaveLength(0);
    expect(mailsAbout('tkrep@test.example', id)).toHaveLength(0);
  });

  it('escalates an overdue ticket exactly once, even when the alarm fires twice at once', async () => {
    const id = (await open('medium')).body.id as string;
    const fired = await Promise.all([
      fireTicketAlarm(id, 'resolution-overdue'),
      fireTicketAlarm(id, 'resolution-overdue'),
      fireTicketAlarm(id, 'resolution-overdue'),
    ]);
    expect(fired).toEqual([{ solved: false }, { solved: false }, { solved: false }]);
    await fireTicketAlarm(id, 'resolution-overdue');
    expect(await eventsOf(id, 'ticket.escalated')).toHaveLength(1);
    await eventually(async () => (mailsAbout('tkmgr@test.example', id).length > 0 ? true : undefined));
    await engine.events.settle();
    expect(mailsAbout('tkmgr@test.example', id).map((mail) => mail.subject)).toEqual([
      `Ticket ${id.slice(-8)} is overdue`,
    ]);
  });

  it('runs on the engine: reminds the owner and escalates to the manager for each missed deadline, then ends', async () => {
    const id = (await open('low')).body.id as string;
    const done = await eventually(
      async () => {
        const found = await execution(id);
        return found?.status === 'SUCCEEDED' ? found : undefined;
      },
      60_000,
      'the timer to end',
    );
    expect(done.status).toBe('SUCCEEDED');
    // Its cost on AWS: the states it entered, from its history (a ticket's timer is at most 13).
    const { GetExecutionHistoryCommand } = await import('@aws-sdk/client-sfn');
    const history = await new SFNClient({}).send(
      new GetExecutionHistoryCommand({ executionArn: done.executionArn! }),
    );
    const entered = history.events!.filter((event) => event.type!.endsWith('StateEntered'));
    expect(entered).toHaveLength(13);
    const ticket = await service('GET /tickets/{id}', `/tickets/${id}`, { caller: rep });
    expect(ticket.body.alarms).toEqual([
      'response-reminder',
      'response-overdue',
      'resolution-reminder',
      'resolution-overdue',
    ]);
    // Each alarm's emails follow its event: wait for all of them, the owner's and the manager's.
    await eventually(async () =>
      mailsAbout('tkmgr@test.example', id).length === 2 && mailsAbout('tkrep@test.example', id).length === 4
        ? true
        : undefined,
    );
    expect(mailsAbout('tkrep@test.example', id).map((mail) => mail.subject)).toEqual([
      `Ticket ${id.slice(-8)} is due soon`,
      `Ticket ${id.slice(-8)} is overdue`,
      `Ticket ${id.slice(-8)} is due soon`,
      `Ticket ${id.slice(-8)} is overdue`,
    ]);
  });
});

describe('the monthly problem summary', () => {
  it('emails the manager the month’s most common problems by product and category', async () => {
    const { handler: summaryJob } = await import('../../functions/service/problem-summary.ts');
    const { lambdaContext } = await import('../../local/lambda-context.ts');
    // This month's tickets (those opened above, and one more of another kind), summarized on the
    // first of next month.
    await open('medium', { product: { name: 'Grinder', model: 'MK1320' }, category: 'quality' });
    const { localDate, monthOf, timeZone } = await import('../../functions/shared/calendar.ts');
    // 08:30 on the first of the department's next month (Asia/Shanghai, UTC+8).
    const next = monthOf(`${localDate(new Date(), timeZone()).slice(0, 7)}-01`, 1);
    const nextMonth = new Date(`${next}-01T08:30:00+08:00`);
    const result = await asFunction('problem-summary', () =>
      (summaryJob as (e: unknown, c: unknown) => Promise<{ counts: Record<string, number> }>)(
        { scheduledTime: nextMonth.toISOString() },
        lambdaContext('problem-summary', undefined, 300),
      ),
    );
    expect(result.counts.problems).toBe(2);
    expect(result.counts.emails).toBe(1);
    const summary = emailsTo('tkmgr@test.example').find((mail) => mail.subject.startsWith('The most common'));
    const lines = summary!.text.split('\n').filter((line) => /^\d+\. /.test(line));
    expect(lines[0]).toMatch(/^1\. hp-200 · malfunction: \d+$/);
    expect(lines[1]).toBe('2. mk1320 · quality: 1');
    // With the latest solution the knowledge base holds for each, where it holds one.
    const { searchKnowledge } = await import('../../functions/service/store.ts');
    const [known] = (await searchKnowledge('hp-200', [], { limit: 50 })).items.filter(
      (entry) => entry.category === 'malfunction',
    );
    expect(summary!.text).toContain(`Known solution: ${known!.problem} → ${known!.solution}`);
    // The same summary over any period, through the API, for the people who act on it.
    const period = localDate(new Date(), timeZone()).slice(0, 7);
    const read = (who: Person) =>
      service('GET /problem-summary', '/problem-summary', { caller: who, query: { period } });
    const answered = await read({ id: 'TKMGR', roles: ['sales_manager'] });
    expect(answered.status).toBe(200);
    expect(answered.body.problems[0]).toMatchObject({
      product: 'hp-200',
      category: 'malfunction',
      solution: { entryId: known!.id, solution: known!.solution },
    });
    expect(answered.body.problems[1]).toEqual({ product: 'mk1320', category: 'quality', count: 1 });
    expect((await read(rep)).status).toBe(403);
  });
});
