import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { asFunction } from '../../local/data-scope.ts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCustomer } from '../support/builders.ts';
import { eventPath } from '../support/event-path.ts';
import { caller } from '../support/events.ts';
import { addEmployee, prepareTable } from '../support/table.ts';
import { eventually } from '../support/wait.ts';

/**
 * The complaint channel over DynamoDB Local and the local event path: logged with a deadline
 * by class and severity, answered to the contact in their language, followed up until solved, and
 * escalated to the manager once when overdue, even when the hourly job fires twice.
 */
process.env.SENDER_ADDRESS = 'sales@test.example';
// Every email to a customer's contact carries links to this API.
process.env.PUBLIC_API_URL = 'https://api.test';
const ses = mockClient(SESv2Client);
ses.on(SendEmailCommand).resolves({ MessageId: 'm' });
const { handler: serviceApi } = await import('../../functions/service/handler.ts');
const { handler: deadlinesJob } = await import('../../functions/service/complaint-deadlines.ts');
const { lambdaContext } = await import('../../local/lambda-context.ts');
const service = caller(serviceApi);

const rep = { id: 'CPREP', roles: ['sales_rep'] as const };
const other = { id: 'CPOTHER', roles: ['sales_rep'] as const };
const manager = { id: 'CPMGR', roles: ['sales_manager'] as const };
const technician = { id: 'CPTECH', roles: ['technician'] as const };

let events: Awaited<ReturnType<typeof eventPath>>;
let customer: { customerId: string; contactId: string };
beforeAll(async () => {
  await prepareTable([]);
  await addEmployee({ id: 'CPMGR', roles: ['sales_manager'] });
  await addEmployee({ id: 'CPREP', roles: ['sales_rep'], supervisorId: 'CPMGR' });
  await addEmployee({ id: 'CPOTHER', roles: ['sales_rep'] });
  await addEmployee({ id: 'CPTECH', roles: ['technician'] });
  events = await eventPath({ poll: true });
  customer = await seedCustomer(rep, 'Complaint Works', {
    name: 'Anna',
    email: 'anna@customer.example',
    language: 'en',
  });
});
afterAll(() => events.stop());

const emailsTo = (to: string) =>
  ses
    .commandCalls(SendEmailCommand)
    .map((call) => call.args[0].input)
    .filter((input) => input.Destination!.ToAddresses![0] === to)
    .map((input) => ({
      subject: input.Content!.Simple!.Subject!.Data!,
      text: input.Content!.Simple!.Body!.Text!.Data!,
    }));
const log = () =>
  service('POST /complaints', '/complaints', {
    caller: rep,
    body: {
      ...customer,
      severity: 'critical',
      content: 'The press stops every hour',
      request: 'An engineer on site',
    },
  });

describe('a complaint', () => {
  it('is answered to the contact in their language and followed up until solved', async () => {
    const logged = await log();
    expect(logged.status).toBe(201);
    // Unclassified: as a C customer, 24 hours for a critical one.
    expect(Date.parse(logged.body.answerDueAt) - Date.parse(logged.body.createdAt)).toBe(24 * 3_600_000);
    const id = logged.body.id as string;
    const path = (segment: string) => `/complaints/${id}/${segment}`;
    expect((await service('GET /complaints/{id}', `/complaints/${id}`, { caller: other })).status).toBe(403);
    expect((await service('GET /complaints/{id}', `/complaints/${id}`, { caller: technician })).status).toBe(
      200,
    );
    expect(
      (
        await service('POST /complaints/{id}/answer', path('answer'), {
          caller: technician,
          body: { text: 'x' },
        })
      ).status,
    ).toBe(403);
    await service('POST /complaints/{id}/notes', path('notes'), {
      caller: rep,
      body: { text: 'Log shows overheating' },
    });
    const answered = await service('POST /complaints/{id}/answer', path('answer'), {
      caller: rep,
      body: { text: 'An engineer visits on Thursday and replaces the thermostat.' },
    });
    expect(answered.body.status).toBe('answered');
    const mail = await eventually(
      async () => emailsTo('anna@customer.example')[0],
      30_000,
      'the answer email',
    );
    expect(mail.subject).toMatch(/^Your complaint .*: our answer$/);
    expect(mail.text).toContain('replaces the thermostat');
    expect(
      (
        await service('POST /complaints/{id}/follow-ups', path('follow-ups'), {
          caller: rep,
          body: { solved: true, text: 'ok' },
        })
      ).status,
    ).toBe(400);
    const solved = await service('POST /complaints/{id}/follow-ups', path('follow-ups'), {
      caller: rep,
      body: {
        solved: true,
        text: 'Customer confirms',
        rootCause: 'Thermostat batch defect',
        correctiveAction: 'Incoming inspection of thermostats',
        cause: 'product_quality',
        product: 'Chiller CW-40',
      },
    });
    expect(solved.body).toMatchObject({
      status: 'solved',
      rootCause: 'Thermostat batch defect',
      cause: 'product_quality',
      product: 'Chiller CW-40',
    });
    // It counts in its month's summary of causes, which the manager and sales admin read.
    const summary = await service('GET /complaint-causes', '/complaint-causes', {
      caller: manager,
      query: { period: solved.body.solvedAt.slice(0, 4) },
    });
    expect(summary.status).toBe(200);
    expect(summary.body.causes).toContainEqual(
      expect.objectContaining({
        cause: 'product_quality',
        product: 'Chiller CW-40',
        correctiveAction: 'Incoming inspection of thermostats',
      }),
    );
    expect(
      (
        await service('GET /complaint-causes', '/complaint-causes', {
          caller: rep,
          query: { period: '2026' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await service('GET /complaint-causes', '/complaint-causes', {
          caller: manager,
          query: { period: '2026-13' },
        })
      ).status,
    ).toBe(400);
    const file = await service('GET /complaints', '/complaints', {
      caller: rep,
      query: { customerId: customer.customerId },
    });
    expect(file.body.items.map((item: { id: string }) => item.id)).toContain(id);
    // The department's list is not a rep's: a refusal, not a malformed request.
    const departmentWide = await service('GET /complaints', '/complaints', { caller: rep });
    expect(departmentWide.status).toBe(403);
    expect(departmentWide.body.detail).toContain('customerId');
  });

  it('escalates to the manager once when it is overdue, however often the job fires', async () => {
    const logged = await log();
    const late = new Date(Date.parse(logged.body.answerDueAt) + 60_000).toISOString();
    const fire = (scheduledTime: string) =>
      asFunction('complaint-deadlines', () =>
        (deadlinesJob as (e: unknown, c: unknown) => Promise<{ counts: Record<string, number> }>)(
          { scheduledTime },
          lambdaContext('complaint-deadlines', undefined, 300),
        ),
      );
    expect(
      (await fire(new Date(Date.parse(logged.body.answerDueAt) - 60_000).toISOString())).counts.escalated,
    ).toBe(0);
    expect((await fire(late)).counts.escalated).toBeGreaterThanOrEqual(1);
    await fire(new Date(Date.parse(late) + 3_600_000).toISOString());
    const read = await service('GET /complaints/{id}', `/complaints/${logged.body.id}`, { caller: manager });
    expect(read.body.escalatedAt).toBe(late);
    expect(read.body.history.filter((step: { what: string }) => step.what === 'escalated')).toHaveLength(1);
    const aboutIt = (item: { text: string }) => item.text.includes(logged.body.id.slice(-8));
    await eventually(
      async () => emailsTo('cpmgr@test.example').find(aboutIt),
      30_000,
      'the escalation email',
    );
    // Everything the firings caused has been delivered: still one email.
    await events.settle();
    expect(emailsTo('cpmgr@test.example').filter(aboutIt)).toHaveLength(1);
    expect(emailsTo('cprep@test.example').some((item) => item.subject.includes('已超期'))).toBe(true);
  });
});
