import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler as careJob } from '../../functions/care/care-messages.ts';
import { handler as careApi } from '../../functions/care/handler.ts';
import { handler as planJob } from '../../functions/care/revisit-planning.ts';
import { handler as classifyJob } from '../../functions/classification/customer-classification.ts';
import { handler as classificationApi } from '../../functions/classification/handler.ts';
import { handler as customersApi } from '../../functions/customers/handler.ts';
import { JOB_TIMEOUT_SECONDS } from '../../functions/schedules.ts';
import { handler as schedulesApi } from '../../functions/schedules/handler.ts';
import { JobRuns } from '../../functions/shared/entities.ts';
import { addDays, localDate, timeZone } from '../../functions/shared/calendar.ts';
import { lambdaContext as localLambdaContext } from '../../local/lambda-context.ts';
import { eventPath } from '../support/event-path.ts';
import type { lambdaContext } from '../support/events.ts';
import { caller } from '../support/events.ts';
import { prepareTable } from '../support/table.ts';

/**
 * The scheduled jobs against DynamoDB Local, with SES replaced by aws-sdk-client-mock: what they
 * write, what they send, and that a firing delivered twice (or run again the same day) does
 * nothing new.
 */
process.env.SENDER_ADDRESS = 'sales@test.example';
process.env.PUBLIC_API_URL = 'https://api.test.example';
const ses = mockClient(SESv2Client);
let sent = 0;

const customers = caller(customersApi);
const classification = caller(classificationApi);
const care = caller(careApi);
const schedules = caller(schedulesApi);
const rep = { id: 'JOBREP', roles: ['sales_rep'] as const };
const manager = { id: 'JOBMGR', roles: ['sales_manager'] as const };
const admin = { id: 'JOBADM', roles: ['sales_admin'] as const };
type JobHandler = (
  event: unknown,
  context: typeof lambdaContext,
) => Promise<{ outcome: string; counts?: Record<string, number> }>;
/** A firing, under the deployed job timeout. */
const fire = (job: JobHandler, scheduledTime: string) =>
  job({ scheduledTime }, localLambdaContext('job', undefined, JOB_TIMEOUT_SECONDS) as typeof lambdaContext);
const sentTo = () => ses.commandCalls(SendEmailCommand).map((call) => call.args[0].input);

let loyal: string;
let dormant: string;
let events: Awaited<ReturnType<typeof eventPath>>;

beforeAll(async () => {
  await prepareTable([
    { id: 'JOBREP', roles: ['sales_rep'] },
    { id: 'JOBMGR', roles: ['sales_manager'] },
    { id: 'JOBADM', roles: ['sales_admin'] },
  ]);
  events = await eventPath();
  const file = async (name: string, influence: number) =>
    (
      await customers('POST /customers', '/customers', {
        caller: rep,
        body: { name, industry: 'energy', region: 'east', source: 'referral', influence },
      })
    ).body.id as string;
  loyal = await file('Loyal Power Co', 5);
  dormant = await file('Quiet Trading', 2);
  for (const [customer, name, birthday, language, careOptOut] of [
    [loyal, '王芳', '02-29', 'zh-CN', false],
    [loyal, 'Anna Berg', '02-28', 'en', false],
    [dormant, '赵磊', '02-28', 'zh-CN', true],
  ] as const) {
    const response = await customers('POST /customers/{id}/contacts', `/customers/${customer}/contacts`, {
      caller: rep,
      body: {
        name,
        birthday,
        language,
        careOptOut,
        email: `${name.length}${birthday}@contacts.example`.replace(/[^\w@.-]/g, 'x'),
      },
    });
    expect(response.status).toBe(201);
  }
  for (let month = 1; month <= 10; month++) {
    const response = await classification('POST /customers/{id}/purchases', `/customers/${loyal}/purchases`, {
      caller: admin,
      body: {
        product: 'CNC lathe',
        quantity: 1,
        amount: { value: 60_000_000, currency: 'CNY' },
        date: `2026-${String(month).padStart(2, '0')}-15`,
      },
    });
    expect(response.status).toBe(201);
  }
  const longAgo = await customers('POST /customers/{id}/interactions', `/customers/${dormant}/interactions`, {
    caller: rep,
    body: { channel: 'call', occurredAt: '2025-05-01T10:00:00+08:00', summary: 'Asked for a catalogue' },
  });
  expect(longAgo.status).toBe(201);
  const recent = await customers('POST /customers/{id}/interactions', `/customers/${loyal}/interactions`, {
    caller: rep,
    body: { channel: 'visit', occurredAt: '2026-11-20T10:00:00+08:00', summary: 'Plant tour' },
  });
  expect(recent.status).toBe(201);
  // The customers' statistics count purchases and contacts from their events.
  await events.settle();
});

afterAll(() => events.stop());

beforeEach(() => {
  ses.reset();
  ses.on(SendEmailCommand).callsFake(async () => ({ MessageId: `m-${++sent}` }));
});

describe('a firing runs once', () => {
  it('skips a second delivery of the same scheduled time, also when they arrive together', async () => {
    const first = await fire(classifyJob as JobHandler, '2026-11-27T17:30:00.000Z');
    expect(first.outcome).toBe('succeeded');
    expect((await fire(classifyJob as JobHandler, '2026-11-27T17:30:00.000Z')).outcome).toBe('skipped');
    const together = await Promise.all(
      [1, 2, 3].map(() => fire(classifyJob as JobHandler, '2026-11-28T17:30:00.000Z')),
    );
    expect(together.map((result) => result.outcome).sort()).toEqual(['skipped', 'skipped', 'succeeded']);
    const runs = await schedules('GET /schedules/{name}/runs', '/schedules/customer-classification/runs', {
      caller: manager,
    });
    expect(
      runs.body.items.map((run: { scheduledTime: string; status: string; attempts: number }) => [
        run.scheduledTime,
        run.status,
        run.attempts,
      ]),
    ).toEqual([
      ['2026-11-28T17:30:00.000Z', 'succeeded', 1],
      ['2026-11-27T17:30:00.000Z', 'succeeded', 1],
    ]);
    expect(runs.body.items[1].counts).toMatchObject({ customers: 2, rescored: 2 });
    expect((await schedules('GET /schedules', '/schedules', { caller: rep })).status).toBe(403);
  });
});

describe('classification', () => {
  it('scores from the aggregates, and a manager override holds until cleared', async () => {
    const read = async () =>
      (
        await classification('GET /customers/{id}/classification', `/customers/${loyal}/classification`, {
          caller: rep,
        })
      ).body;
    const scored = await read();
    // 10 purchases of 600,000 CNY in 2026: amount capped (40), frequency 10/12 (20.8), influence 5 (20).
    expect(scored).toMatchObject({ class: 'A', computedClass: 'A', override: null });
    expect(scored.score).toBeGreaterThanOrEqual(80);
    expect(scored.reasons.map((reason: { factor: string }) => reason.factor)).toEqual([
      'amount',
      'frequency',
      'years',
      'influence',
    ]);
    const customer = await customers('GET /customers/{id}', `/customers/${loyal}`, { caller: rep });
    expect(customer.body.class).toBe('A');

    expect(
      (
        await classification(
          'PUT /customers/{id}/classification/override',
          `/customers/${loyal}/classification/override`,
          { caller: rep, body: { class: 'B', reason: 'x' } },
        )
      ).status,
    ).toBe(403);
    const overridden = await classification(
      'PUT /customers/{id}/classification/override',
      `/customers/${loyal}/classification/override`,
      {
        caller: manager,
        body: { class: 'B', reason: 'Payment delays this year' },
      },
    );
    expect(overridden.body).toMatchObject({ class: 'B', override: { class: 'B', by: 'JOBMGR' } });
    await fire(classifyJob as JobHandler, '2026-11-29T17:30:00.000Z');
    expect((await read()).class).toBe('B');
    expect(
      (
        await classification(
          'DELETE /customers/{id}/classification/override',
          `/customers/${loyal}/classification/override`,
          { caller: manager },
        )
      ).status,
    ).toBe(204);
    const after = await read();
    expect(after.class).toBe('A');
    expect(
      after.history.map((change: { cause: string; to: string }) => `${change.cause}:${change.to}`),
    ).toEqual(['override-cleared:A', 'override:B', 'classification:A']);
  });
});

describe('revisits', () => {
  it('opens one per overdue customer, emails one digest a day, and closes with a communication record', async () => {
    const day1 = await fire(planJob as JobHandler, '2026-11-29T23:00:00.000Z'); // 07:00 on 30 November in Shanghai
    expect(day1.counts).toMatchObject({ customers: 2, opened: 1, digests: 1 });
    const digests = sentTo();
    expect(digests).toHaveLength(1);
    expect(digests[0]!.Destination!.ToAddresses).toEqual(['jobrep@test.example']);
    expect(digests[0]!.Content!.Simple!.Body!.Text!.Data).toContain('https://api.test.example/revisits/');

    const again = await fire(planJob as JobHandler, '2026-11-30T03:00:00.000Z'); // later the same day
    expect(again.counts).toMatchObject({ opened: 0, alreadyOpen: 1, digests: 0 });
    expect(sentTo()).toHaveLength(1);

    const open = await care('GET /revisits', '/revisits', { caller: rep, query: { status: 'open' } });
    expect(open.body.items).toHaveLength(1);
    expect(open.body.items[0]).toMatchObject({
      customerId: dormant,
      openedOn: '2026-11-30',
      dueOn: '2026-12-07',
    });
    const id = open.body.items[0].id;
    const done = await care('POST /revisits/{id}/complete', `/revisits/${id}/complete`, {
      caller: rep,
      body: {
        outcome: 'Plans a new line in spring',
        satisfaction: 4,
        channel: 'visit',
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
      },
    });
    expect(done.body).toMatchObject({ status: 'completed', satisfaction: 4 });
    expect(
      (
        await care('POST /revisits/{id}/complete', `/revisits/${id}/complete`, {
          caller: rep,
          body: { outcome: 'again', satisfaction: 1 },
        })
      ).status,
    ).toBe(409);
    const timeline = await customers(
      'GET /customers/{id}/interactions',
      `/customers/${dormant}/interactions`,
      { caller: rep },
    );
    expect(timeline.body.items[0]).toMatchObject({ id: done.body.interactionId, channel: 'visit' });

    const day3 = await fire(planJob as JobHandler, '2026-12-01T23:00:00.000Z');
    expect(day3.counts).toMatchObject({ opened: 0, alreadyOpen: 0 });
  });

  it('reminds the rep of a follow-up on its day, and of a missed one until a contact keeps it', async () => {
    const today = localDate(new Date(), timeZone());
    const plan = (customerId: string, nextFollowUp: string, hoursAgo: number) =>
      customers('POST /customers/{id}/interactions', `/customers/${customerId}/interactions`, {
        caller: rep,
        body: {
          channel: 'call',
          occurredAt: new Date(Date.now() - hoursAgo * 3_600_000).toISOString(),
          summary: `回电 ${customerId.slice(-4)}`,
          ...(nextFollowUp ? { nextFollowUp } : {}),
        },
      });
    expect((await plan(dormant, addDays(today, 1), 3)).status).toBe(201);
    expect((await plan(loyal, addDays(today, 3), 3)).status).toBe(201);
    await events.settle();
    // 07:00 in Shanghai, three days on: the loyal customer's is due, the dormant one's was missed.
    const digestOn = async (day: string) => {
      ses.resetHistory();
      const run = await fire(planJob as JobHandler, `${addDays(day, -1)}T23:00:00.000Z`);
      expect(run.outcome).toBe('succeeded');
      const digest = sentTo().find((email) => email.Destination!.ToAddresses![0] === 'jobrep@test.example');
      return digest!.Content!.Simple!;
    };
    const first = await digestOn(addDays(today, 3));
    expect(first.Subject!.Data).toMatch(/今日跟进 1 个，错过 1 个|follow-ups: 1 today, 1 missed/);
    const text = first.Body!.Text!.Data!;
    expect(text).toContain(`${addDays(today, 3)}`);
    expect(text).toContain(`https://api.test.example/customers/${loyal}`);
    expect(text).toContain(`https://api.test.example/customers/${dormant}`);
    // A call to the dormant customer keeps its follow-up; the next day only the loyal one is missed.
    expect((await plan(dormant, '', 1)).status).toBe(201);
    const next = await digestOn(addDays(today, 4));
    expect(next.Subject!.Data).toMatch(/今日跟进 0 个，错过 1 个|follow-ups: 0 today, 1 missed/);
    expect(next.Body!.Text!.Data).not.toContain(`/customers/${dormant}`);
    expect(next.Body!.Text!.Data).toContain(`/customers/${loyal}`);
  });
});

describe('care messages', () => {
  it('greets birthdays in the contact’s language, 29 February on 28 February, once a day, never the opted-out', async () => {
    // 09:00 on 28 February 2027 in Shanghai.
    const first = await fire(careJob as JobHandler, '2027-02-28T01:00:00.000Z');
    expect(first.counts).toMatchObject({ birthdayGreetings: 2, optedOut: 1, alreadySent: 0 });
    const emails = sentTo();
    expect(emails.map((email) => email.Content!.Simple!.Subject!.Data).sort()).toEqual([
      'Happy birthday, Anna Berg!',
      '王芳，祝您生日快乐！',
    ]);
    expect(emails.every((email) => email.ReplyToAddresses?.[0] === 'jobrep@test.example')).toBe(true);

    const rerun = await fire(careJob as JobHandler, '2027-02-28T02:30:00.000Z');
    expect(rerun.counts).toMatchObject({ birthdayGreetings: 0, alreadySent: 2 });
    expect(sentTo()).toHaveLength(2);
    const timeline = await care('GET /customers/{id}/care-messages', `/customers/${loyal}/care-messages`, {
      caller: rep,
    });
    expect(
      timeline.body.items.map(
        (message: { occasion: string; status: string }) => `${message.occasion}:${message.status}`,
      ),
    ).toEqual(['birthday:sent', 'birthday:sent']);
  });

  it('greets the contacts of a customer on the anniversary of its first purchase, from the first year on, once', async () => {
    // Loyal Power's first purchase was on 15 January 2026: nothing that day, a greeting a year on.
    expect((await fire(careJob as JobHandler, '2026-01-15T01:00:00.000Z')).counts).toMatchObject({
      anniversaryGreetings: 0,
    });
    const year = await fire(careJob as JobHandler, '2027-01-15T01:00:00.000Z');
    expect(year.counts).toMatchObject({ anniversaryGreetings: 2 });
    expect(
      sentTo()
        .map((email) => email.Content!.Simple!.Subject!.Data)
        .sort(),
    ).toEqual(['1 year together: thank you, Anna Berg!', '感谢1年的合作，王芳！']);
    const again = await fire(careJob as JobHandler, '2027-01-15T03:00:00.000Z');
    expect(again.counts).toMatchObject({ anniversaryGreetings: 0, alreadySent: 2 });
  });

  it('retries a failed firing and sends only what was not sent', async () => {
    ses.reset();
    let calls = 0;
    ses.on(SendEmailCommand).callsFake(async () => {
      if (++calls === 1) throw new Error('Throttling');
      return { MessageId: `m-${++sent}` };
    });
    // Spring Festival 2026, 09:00 Shanghai: both contacts of Loyal Power Co get a greeting.
    await expect(fire(careJob as JobHandler, '2026-02-17T01:00:00.000Z')).rejects.toThrow(
      /could not be sent/,
    );
    expect(calls).toBe(2);
    const retry = await fire(careJob as JobHandler, '2026-02-17T01:00:00.000Z');
    expect(retry.counts).toMatchObject({ holidayGreetings: 1, alreadySent: 1 });
    expect(calls).toBe(3);
    const runs = await schedules('GET /schedules/{name}/runs', '/schedules/care-messages/runs', {
      caller: admin,
    });
    expect(
      runs.body.items.find(
        (run: { scheduledTime: string }) => run.scheduledTime === '2026-02-17T01:00:00.000Z',
      ),
    ).toMatchObject({
      status: 'succeeded',
      attempts: 2,
    });
  });
});

describe('a job over more data than one invocation holds', () => {
  const birthday = '07-07';
  const firing = '2027-07-07T01:00:00.000Z'; // 09:00 in Shanghai
  const settings = { JOB_PAGE_SIZE: '2', JOB_PAGES_PER_INVOCATION: '1' };

  beforeAll(async () => {
    for (let n = 1; n <= 5; n++) {
      const created = await customers('POST /customers/{id}/contacts', `/customers/${loyal}/contacts`, {
        caller: rep,
        body: { name: `Summer ${n}`, birthday, language: 'en', email: `summer${n}@contacts.example` },
      });
      expect(created.status).toBe(201);
    }
    Object.assign(process.env, settings);
  });
  afterAll(() => {
    for (const name of Object.keys(settings)) delete process.env[name];
  });
  const greeted = () =>
    sentTo()
      .map((mail) => mail.Destination!.ToAddresses![0]!)
      .filter((to) => to.startsWith('summer'))
      .sort();
  const runOf = async (scheduledTime: string) =>
    (
      await schedules('GET /schedules/{name}/runs', '/schedules/care-messages/runs', { caller: admin })
    ).body.items.find((run: { scheduledTime: string }) => run.scheduledTime === scheduledTime);

  it('finishes across continuations (pages of 2, one page an invocation) and greets each contact once', async () => {
    const first = await fire(careJob as JobHandler, firing);
    expect(first.outcome).toBe('continued');
    expect(greeted()).toHaveLength(2);
    // Each continuation is a `job.continued` event the bus hands back to the job.
    await events.settle();
    expect(greeted()).toEqual([1, 2, 3, 4, 5].map((n) => `summer${n}@contacts.example`));
    expect(await runOf(firing)).toMatchObject({
      status: 'succeeded',
      // Three pages of birthdays, then the (empty) page of the day's cooperation anniversaries.
      attempts: 4,
      counts: expect.objectContaining({ birthdayGreetings: 5 }),
    });
    const repeated = await fire(careJob as JobHandler, firing);
    expect(repeated.outcome).toBe('skipped');
  });

  it('picks up a run whose invocation died, from where it stopped', async () => {
    const day = '2028-07-07T01:00:00.000Z';
    const { DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
    // The invocation dies as it stops to continue (its continuation is never written).
    const original = DynamoDBClient.prototype.send;
    let died = false;
    const spy = vi.spyOn(DynamoDBClient.prototype, 'send').mockImplementation(async function (
      this: InstanceType<typeof DynamoDBClient>,
      command: { constructor: { name: string }; input: unknown },
      ...rest: unknown[]
    ) {
      if (
        !died &&
        command.constructor.name === 'TransactWriteItemsCommand' &&
        JSON.stringify(command.input).includes('continuing')
      ) {
        died = true;
        throw new Error('Task timed out after 300.00 seconds');
      }
      return (original as (...args: unknown[]) => Promise<unknown>).call(this, command, ...rest);
    } as never);
    await expect(fire(careJob as JobHandler, day)).rejects.toThrow(/timed out/);
    spy.mockRestore();
    expect(greeted()).toHaveLength(2);
    expect(await runOf(day)).toMatchObject({ status: 'running' });
    // Delivered again at once, it looks like a duplicate of a live run: nothing to do.
    expect((await fire(careJob as JobHandler, day)).outcome).toBe('skipped');
    const { updateIf } = await import('../../functions/shared/db-update.ts');
    // The heartbeat is made old instead of waiting minutes for it.
    const age = (seconds: number) =>
      updateIf(JobRuns.key({ job: 'care-messages', scheduledTime: day }), {
        expression: 'SET heartbeatAt = :old',
        values: { ':old': new Date(Date.now() - seconds * 1000).toISOString() },
      });
    // Lambda's first retry, a minute later: neither clearly alive nor clearly dead, so it fails to be tried again.
    await age(90);
    await expect(fire(careJob as JobHandler, day)).rejects.toThrow(/has not moved/);
    // The next retry, minutes later, picks the run up where it stopped.
    await age(10 * 60);
    const resumed = await fire(careJob as JobHandler, day);
    expect(resumed.outcome).toBe('continued');
    await events.settle();
    expect(greeted()).toEqual([1, 2, 3, 4, 5].map((n) => `summer${n}@contacts.example`));
    expect(await runOf(day)).toMatchObject({ status: 'succeeded' });
  });
});
