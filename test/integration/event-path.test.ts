import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { ListExecutionsCommand, SFNClient } from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { CustomerStatistics } from '../../functions/customers/entities.ts';
import { startStepFunctions } from '../../local/stepfunctions.ts';
import { StreamReader } from '../../local/streams.ts';
import { draftContract, draftQuote, seedCustomer, seedProduct } from '../support/builders.ts';
import { eventPath } from '../support/event-path.ts';
import { caller, type Person } from '../support/events.ts';
import { prepareTable } from '../support/table.ts';
import { eventually } from '../support/wait.ts';

/**
 * Every side effect that follows a committed change, with faults injected where they hurt: the AWS
 * call fails once, or the consumer dies after its effect and before recording it. DynamoDB Local and
 * the local Step Functions engine are real; SES is aws-sdk-client-mock. In every case the effect
 * happens exactly once.
 */
process.env.SENDER_ADDRESS = 'sales@test.example';
process.env.PUBLIC_API_URL = 'https://api.test';
process.env.CONTRACT_REVIEW_STATE_MACHINE_ARN =
  'arn:aws:states:local:000000000000:stateMachine:contract-review';
const ses = mockClient(SESv2Client);
ses.on(SendEmailCommand).resolves({ MessageId: 'm' });

const { handler: customersApi } = await import('../../functions/customers/handler.ts');
const { handler: salesApi } = await import('../../functions/sales/handler.ts');
const { handler: contractsApi } = await import('../../functions/contracts/handler.ts');
const { handler: approvalsApi } = await import('../../functions/approvals/handler.ts');
const { handler: classificationApi } = await import('../../functions/classification/handler.ts');
const { handler: eventsApi } = await import('../../functions/events/handler.ts');
const { handler: employeesApi } = await import('../../functions/employees/handler.ts');
const customers = caller(customersApi);
const sales = caller(salesApi);
const contracts = caller(contractsApi);
const approvals = caller(approvalsApi);
const classification = caller(classificationApi);
const events = caller(eventsApi);
const employees = caller(employeesApi);

const rep = { id: 'EVREP', roles: ['sales_rep'] as const };
const manager = { id: 'EVMGR', roles: ['sales_manager'] as const };
const admin = { id: 'EVADM', roles: ['sales_admin'] as const };
const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);

let path: Awaited<ReturnType<typeof eventPath>>;
let stepFunctions: Awaited<ReturnType<typeof startStepFunctions>>;
let customerId: string;
let contactId: string;
let productId: string;

beforeAll(async () => {
  stepFunctions = await startStepFunctions();
  process.env.AWS_ENDPOINT_URL_SFN = stepFunctions.url;
  await prepareTable([
    { id: 'EVREP', roles: ['sales_rep'] },
    { id: 'EVMGR', roles: ['sales_manager'] },
    { id: 'EVADM', roles: ['sales_admin'] },
    { id: 'EVLEGAL', roles: ['legal'] },
    { id: 'EVREP2', roles: ['sales_rep'] },
  ]);
  path = await eventPath();
  ({ customerId, contactId } = await seedCustomer(rep, 'Event Works', {
    name: 'Li Lei',
    email: 'li@event.example',
    language: 'zh-CN',
  }));
  productId = await seedProduct(admin);
  await path.settle();
});

afterAll(async () => {
  await path.stop();
  await stepFunctions.stop();
});

afterEach(() => {
  vi.restoreAllMocks();
  ses.reset();
  ses.on(SendEmailCommand).resolves({ MessageId: 'm' });
});

type Sender = { send(command: unknown, ...rest: unknown[]): Promise<unknown> };
/**
 * Makes the next `times` calls that `matches` fail, every other call going through to the real
 * client: `before` the service saw them (a throttled call), or `after` it applied them (the caller
 * dies before it hears back).
 */
function injectFault(
  Client: { prototype: Sender },
  matches: (command: { constructor: { name: string }; input: Record<string, unknown> }) => boolean,
  options: { times?: number; when: 'before' | 'after' },
) {
  const original = Client.prototype.send;
  const fault = { fired: 0 };
  vi.spyOn(Client.prototype, 'send').mockImplementation(async function (this: Sender, command, ...rest) {
    if (fault.fired < (options.times ?? 1) && matches(command as never)) {
      fault.fired++;
      if (options.when === 'after') await original.call(this, command, ...rest);
      throw Object.assign(new Error('injected fault'), { name: 'ServiceUnavailable' });
    }
    return original.call(this, command, ...rest);
  });
  return fault;
}
/** The consumer dies after its effect, before it records the effect as done. */
const beforeMarkingDone = (command: { constructor: { name: string }; input: Record<string, unknown> }) =>
  command.constructor.name === 'UpdateItemCommand' &&
  JSON.stringify(command.input.ExpressionAttributeValues ?? {}).includes('"done"');
/** The same, for one consumer only. */
const beforeMarking =
  (consumer: string) => (command: { constructor: { name: string }; input: Record<string, unknown> }) =>
    beforeMarkingDone(command) && JSON.stringify(command.input.Key).includes(`HANDLED#${consumer}#`);
const named = (name: string) => (command: { constructor: { name: string } }) =>
  command.constructor.name === name;

const mailsAbout = (text: string, to?: string) =>
  ses
    .commandCalls(SendEmailCommand)
    .map((call) => call.args[0].input)
    .filter(
      (input) =>
        input.Content?.Simple?.Body?.Text?.Data?.includes(text) &&
        (!to || input.Destination?.ToAddresses?.[0] === to),
    );

const newQuote = () => draftQuote(rep, customerId, [{ productId, quantity: 1 }]);
const sendQuote = (id: string) =>
  sales('POST /quotes/{id}/send', `/quotes/${id}/send`, { caller: rep, body: { contactId } });

async function submittedContract(): Promise<string> {
  const id = await draftContract(rep, { customerId, contactId }, productId, 1);
  const submitted = await contracts('POST /contracts/{id}/submit', `/contracts/${id}/submit`, {
    caller: rep,
  });
  expect(submitted.status).toBe(202);
  return id;
}
const linkOf = (mail: { Content?: { Simple?: { Body?: { Text?: { Data?: string } } } } }) => {
  const match = /\/approvals\/(\w{26})\?t=([\w-]+)/.exec(mail.Content?.Simple?.Body?.Text?.Data ?? '')!;
  return { id: match[1]!, token: match[2]! };
};
const decide = (link: { id: string; token: string }) =>
  approvals('POST /approvals/{id}/decision', `/approvals/${link.id}/decision`, {
    body: new URLSearchParams({ t: link.token, decision: 'approve' }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
const contractStatus = async (id: string) =>
  (await contracts('GET /contracts/{id}', `/contracts/${id}`, { caller: rep })).body.status as string;

describe('the quotation email', () => {
  it('is sent once when SES fails the first time', async () => {
    ses.on(SendEmailCommand).rejectsOnce(new Error('Throttling')).resolves({ MessageId: 'm' });
    const id = await newQuote();
    expect((await sendQuote(id)).status).toBe(200);
    await path.settle();
    // One refused, one sent.
    expect(mailsAbout(id.slice(-8), 'li@event.example')).toHaveLength(2);
    expect(
      path.bus.delivered.filter((delivery) => delivery.consumer === 'sales-events').at(-1)?.outcome,
    ).toBe('ok');
  });

  it('is not sent again when the consumer dies after sending and before recording it', async () => {
    const fault = injectFault(DynamoDBClient, beforeMarking('sales-events'), { when: 'before' });
    const id = await newQuote();
    await sendQuote(id);
    await path.settle();
    expect(fault.fired).toBe(1);
    expect(mailsAbout(id.slice(-8), 'li@event.example')).toHaveLength(1);
  });
});

describe('the contract review', () => {
  it('starts once when the first StartExecution fails', async () => {
    const fault = injectFault(SFNClient, named('StartExecutionCommand'), { when: 'before' });
    const id = await submittedContract();
    await path.settle();
    expect(fault.fired).toBe(1);
    await eventually(async () =>
      mailsAbout(id.slice(-8), 'evmgr@test.example').length > 0 ? true : undefined,
    );
    expect(mailsAbout(id.slice(-8), 'evmgr@test.example')).toHaveLength(1);
  });

  it('starts once when the consumer dies after StartExecution (the redelivery starts the same execution)', async () => {
    const fault = injectFault(DynamoDBClient, beforeMarking('contracts-events'), { when: 'before' });
    const id = await submittedContract();
    await path.settle();
    expect(fault.fired).toBe(1);
    const request = await eventually(async () => mailsAbout(id.slice(-8), 'evmgr@test.example')[0]);
    // A second start would be a second execution of the contract's review: there is one.
    const { executions } = await new SFNClient({}).send(
      new ListExecutionsCommand({ stateMachineArn: process.env.CONTRACT_REVIEW_STATE_MACHINE_ARN! }),
    );
    expect(executions!.filter((execution) => execution.name!.includes(id))).toHaveLength(1);
    expect(mailsAbout(id.slice(-8), 'evmgr@test.example')).toEqual([request]);
  });

  it('resumes once a decision is recorded, though SendTaskSuccess failed, or the consumer died after it', async () => {
    const id = await submittedContract();
    await path.settle();
    const managerLink = linkOf(
      await eventually(async () => mailsAbout(id.slice(-8), 'evmgr@test.example')[0]),
    );
    const failedCall = injectFault(SFNClient, named('SendTaskSuccessCommand'), { when: 'before' });
    expect((await decide(managerLink)).status).toBe(200);
    await path.settle();
    expect(failedCall.fired).toBe(1);
    const legalLink = linkOf(
      await eventually(async () => mailsAbout(id.slice(-8), 'evlegal@test.example')[0]),
    );
    vi.restoreAllMocks();
    const crash = injectFault(DynamoDBClient, beforeMarking('approvals-events'), { when: 'before' });
    expect((await decide(legalLink)).status).toBe(200);
    await path.settle();
    expect(crash.fired).toBe(1);
    await eventually(async () => ((await contractStatus(id)) === 'approved' ? true : undefined));
    // The redelivery found the task answered and left the decision standing.
    const reviews = (await contracts('GET /contracts/{id}', `/contracts/${id}`, { caller: rep })).body
      .reviews;
    expect(reviews.map((review: { status: string }) => review.status)).toEqual(['approved', 'approved']);
    await path.settle();
    expect(mailsAbout(id.slice(-8), 'evrep@test.example')).toHaveLength(1); // the outcome, once
  });

  it('tells the rep the outcome once when SES fails the first time', async () => {
    const id = await submittedContract();
    await path.settle();
    const managerLink = linkOf(
      await eventually(async () => mailsAbout(id.slice(-8), 'evmgr@test.example')[0]),
    );
    await decide(managerLink);
    await path.settle();
    const legalLink = linkOf(
      await eventually(async () => mailsAbout(id.slice(-8), 'evlegal@test.example')[0]),
    );
    ses.on(SendEmailCommand).rejectsOnce(new Error('Throttling')).resolves({ MessageId: 'm' });
    await decide(legalLink);
    await path.settle();
    await eventually(async () => ((await contractStatus(id)) === 'approved' ? true : undefined));
    await path.settle();
    expect(mailsAbout(id.slice(-8), 'evrep@test.example')).toHaveLength(1);
  });

  it('tells the rep the outcome once when the consumer dies after sending it', async () => {
    const id = await submittedContract();
    await path.settle();
    await decide(linkOf(await eventually(async () => mailsAbout(id.slice(-8), 'evmgr@test.example')[0])));
    await path.settle();
    const legalLink = linkOf(
      await eventually(async () => mailsAbout(id.slice(-8), 'evlegal@test.example')[0]),
    );
    // The contracts consumer dies after the outcome email, before it marks it sent.
    const fault = injectFault(DynamoDBClient, beforeMarking('contracts-events'), { when: 'before' });
    await decide(legalLink);
    await path.settle();
    await eventually(async () => ((await contractStatus(id)) === 'approved' ? true : undefined));
    await path.settle();
    expect(fault.fired).toBe(1);
    expect(mailsAbout(id.slice(-8), 'evrep@test.example')).toHaveLength(1);
  });
});

describe('reassigning a customer', () => {
  it('moves its open opportunities, quotes, contracts, follow-ups and revisit to the new rep; the old one no longer sees them', async () => {
    const rep2 = { id: 'EVREP2', roles: ['sales_rep'] as const };
    const moved = (
      await customers('POST /customers', '/customers', {
        caller: rep,
        body: { name: 'Moving Parts Co', industry: 'energy', region: 'east', source: 'referral' },
      })
    ).body;
    const opportunity = (
      await sales('POST /opportunities', '/opportunities', {
        caller: rep,
        body: {
          customerId: moved.id,
          title: 'Line 2',
          expectedValue: { value: 1_000_000, currency: 'CNY' },
          expectedCloseDate: inAYear,
        },
      })
    ).body;
    const terms = {
      currency: 'CNY',
      lines: [{ productId, quantity: 1 }],
      deliveryDate: inAYear,
      paymentTerms: '30/70',
      afterSalesTerms: '1 year',
      validUntil: inAYear,
    };
    const open = (
      await sales('POST /quotes', '/quotes', { caller: rep, body: { customerId: moved.id, terms } })
    ).body;
    const accepted = (
      await sales('POST /quotes', '/quotes', { caller: rep, body: { customerId: moved.id, terms } })
    ).body;
    const buyer = await customers('POST /customers/{id}/contacts', `/customers/${moved.id}/contacts`, {
      caller: rep,
      body: { name: 'Buyer', email: 'buyer@moving.example' },
    });
    await sales('POST /quotes/{id}/send', `/quotes/${accepted.id}/send`, {
      caller: rep,
      body: { contactId: buyer.body.id },
    });
    await sales('POST /quotes/{id}/accept', `/quotes/${accepted.id}/accept`, {
      caller: rep,
      body: { revision: 1 },
    });
    const contract = (
      await contracts('POST /contracts', '/contracts', {
        caller: rep,
        body: { quoteId: accepted.id, qualityStandard: 'GB/T 1', breachLiability: '0.05%/day' },
      })
    ).body;

    const planned = await customers(
      'POST /customers/{id}/interactions',
      `/customers/${moved.id}/interactions`,
      {
        caller: rep,
        body: {
          channel: 'call',
          occurredAt: new Date().toISOString(),
          summary: '报价跟进',
          nextFollowUp: inAYear,
        },
      },
    );
    expect(planned.status).toBe(201);

    // A revisit the planning job opened for the customer.
    const { openRevisitWrites, getRevisit } = await import('../../functions/care/store.ts');
    const { commit } = await import('../../functions/shared/transaction.ts');
    const { newResource } = await import('../../functions/shared/clock.ts');
    const revisit = newResource({
      customerId: moved.id,
      customerName: moved.name,
      ownerId: rep.id,
      status: 'open' as const,
      openedOn: inAYear,
      dueOn: inAYear,
      reason: 'due',
    });
    await commit(openRevisitWrites(revisit));

    const reassigned = await customers('PATCH /customers/{id}', `/customers/${moved.id}`, {
      caller: manager,
      body: { ownerId: 'EVREP2' },
      headers: { 'content-type': 'application/merge-patch+json', 'if-match': `"${moved.version}"` },
    });
    expect(reassigned.body.ownerId).toBe('EVREP2');
    await path.settle();

    for (const [route, path] of [
      ['GET /opportunities/{id}', `/opportunities/${opportunity.id}`],
      ['GET /quotes/{id}', `/quotes/${open.id}`],
    ] as const) {
      expect((await sales(route, path, { caller: rep2 })).body.ownerId).toBe('EVREP2');
      expect((await sales(route, path, { caller: rep })).status).toBe(403);
    }
    expect(
      (await contracts('GET /contracts/{id}', `/contracts/${contract.id}`, { caller: rep2 })).body.ownerId,
    ).toBe('EVREP2');
    expect(
      (await contracts('GET /contracts/{id}', `/contracts/${contract.id}`, { caller: rep })).status,
    ).toBe(403);
    const followUps = (who: Person) =>
      customers('GET /follow-ups', '/follow-ups', { caller: who, query: { status: 'open' } });
    expect((await followUps(rep2)).body.items).toEqual([
      expect.objectContaining({ id: planned.body.id, ownerId: 'EVREP2', plannedBy: rep.id, dueOn: inAYear }),
    ]);
    expect((await followUps(rep)).body.items.map((item: { id: string }) => item.id)).not.toContain(
      planned.body.id,
    );
    expect(await getRevisit(revisit.id)).toMatchObject({ ownerId: 'EVREP2', status: 'open', version: 2 });
    // The accepted quote is settled history: it stays as it was.
    expect(
      (await sales('GET /quotes/{id}', `/quotes/${accepted.id}`, { caller: manager })).body.ownerId,
    ).toBe(rep.id);
  });
});

describe('someone leaving', () => {
  it('hands every customer of theirs, with its open work, to the successor once, though the reassigning dies half-way', async () => {
    const joined = await employees('POST /employees', '/employees', {
      caller: manager,
      body: { name: '离职代表', email: 'leaver@test.example', roles: ['sales_rep'] },
    });
    expect(joined.status).toBe(201);
    const leaver: Person = { id: joined.body.id, roles: ['sales_rep'] };
    const mine: string[] = [];
    for (const name of ['Leaving Gears A', 'Leaving Gears B', 'Leaving Gears C'])
      mine.push((await seedCustomer(leaver, name)).customerId);
    const opportunity = (
      await sales('POST /opportunities', '/opportunities', {
        caller: leaver,
        body: {
          customerId: mine[0],
          title: 'Press line',
          expectedValue: { value: 2_000_000, currency: 'CNY' },
          expectedCloseDate: inAYear,
        },
      })
    ).body;
    await path.settle();

    // The second customer's reassignment commits, and the consumer dies before it hears back.
    const crash = injectFault(
      DynamoDBClient,
      (command) =>
        command.constructor.name === 'TransactWriteItemsCommand' &&
        JSON.stringify(command.input).includes(`CUSTOMER#${mine[1]}`) &&
        JSON.stringify(command.input).includes('customer.reassigned'),
      { when: 'after' },
    );
    const left = await employees('POST /employees/{id}/leave', `/employees/${leaver.id}/leave`, {
      caller: manager,
      body: { successorId: 'EVREP2', reason: '调岗' },
    });
    expect(left.status).toBe(200);
    await path.settle();
    expect(crash.fired).toBe(1);

    const rep2 = { id: 'EVREP2', roles: ['sales_rep'] as const };
    for (const id of mine) {
      const customer = await customers('GET /customers/{id}', `/customers/${id}`, { caller: manager });
      // Version 2: reassigned once, however often the consumer ran.
      expect(customer.body).toMatchObject({ ownerId: 'EVREP2', version: 2 });
    }
    // Moved with its customer, through customer.reassigned.
    expect(
      (await sales('GET /opportunities/{id}', `/opportunities/${opportunity.id}`, { caller: rep2 })).body
        .ownerId,
    ).toBe('EVREP2');
    const leaversCustomers = await customers('GET /customers', '/customers', {
      caller: manager,
      query: { owner: leaver.id },
    });
    expect(leaversCustomers.body.items).toEqual([]);
  });
});

describe('customer statistics', () => {
  it('count a purchase once, however often its event arrives', async () => {
    const from = new Date(Date.now() - 1000).toISOString();
    const recorded = await classification(
      'POST /customers/{id}/purchases',
      `/customers/${customerId}/purchases`,
      {
        caller: admin,
        body: {
          product: 'Press',
          quantity: 1,
          amount: { value: 1_000_000, currency: 'CNY' },
          date: '2026-03-01',
        },
      },
    );
    expect(recorded.status).toBe(201);
    await path.settle();
    const { getItem } = await import('../../functions/shared/db.ts');
    const getCustomerStats = (id: string) => getItem(CustomerStatistics.key({ customerId: id }), true);
    const before = await getCustomerStats(customerId);
    expect(before).toMatchObject({
      amount_2026_03: 1_000_000,
      count_2026_03: 1,
      firstPurchaseOn: '2026-03-01',
    });
    // Every event of the last moments, again, into the statistics' consumer.
    const replay = await events(
      'POST /event-consumers/{name}/replays',
      '/event-consumers/customers-events/replays',
      {
        caller: manager,
        body: { from, to: new Date().toISOString() },
      },
    );
    expect(replay.status).toBe(202);
    expect(replay.body.published).toBeGreaterThanOrEqual(1);
    await path.settle();
    expect(await getCustomerStats(customerId)).toEqual(before);
  });
});

describe('a consumer that keeps failing', () => {
  it('leaves the event in its failure list, from which an operator redelivers it once', async () => {
    ses.on(SendEmailCommand).rejects(new Error('MessageRejected'));
    const id = await newQuote();
    await sendQuote(id);
    await path.settle();
    const failures = await events(
      'GET /event-consumers/{name}/failures',
      '/event-consumers/sales-events/failures',
      {
        caller: admin,
      },
    );
    const failure = failures.body.items.find(
      (item: { event: { subject: { id: string } } }) => item.event.subject.id === id,
    );
    expect(failure).toMatchObject({
      consumer: 'sales-events',
      eventType: 'quote.sent',
      status: 'open',
      attempts: 3,
    });
    expect(failure.error).toContain('MessageRejected');
    // The operator is told once, by the failure's `delivery.failed` event; a duplicate destination
    // record finds the failure open: nothing is written, nobody is told again.
    const alerted = () =>
      path.bus.alerts.filter(
        (alert) => alert.alert === 'DeliveryFailures' && alert.subject === `sales-events/${failure.eventId}`,
      ).length;
    expect(alerted()).toBe(1);
    const { recordFailure } = await import('../../functions/events/store.ts');
    const { status: _open, ...recorded } = failure;
    await recordFailure(recorded);
    await path.settle();
    expect(alerted()).toBe(1);
    expect(
      (
        await events(
          'POST /event-consumers/{name}/failures/{eventId}/redeliver',
          `/event-consumers/sales-events/failures/${failure.eventId}/redeliver`,
          { caller: rep },
        )
      ).status,
    ).toBe(403);

    ses.reset();
    ses.on(SendEmailCommand).resolves({ MessageId: 'm' });
    const redeliver = () =>
      events(
        'POST /event-consumers/{name}/failures/{eventId}/redeliver',
        `/event-consumers/sales-events/failures/${failure.eventId}/redeliver`,
        { caller: admin },
      );
    expect((await redeliver()).status).toBe(202);
    expect((await redeliver()).status).toBe(409);
    await path.settle();
    expect(mailsAbout(id.slice(-8), 'li@event.example')).toHaveLength(1);
    const open = await events(
      'GET /event-consumers/{name}/failures',
      '/event-consumers/sales-events/failures',
      {
        caller: admin,
      },
    );
    expect(open.body.items.map((item: { eventId: string }) => item.eventId)).not.toContain(failure.eventId);
  });

  it('refuses unknown consumers, bad ranges and callers without the role', async () => {
    const replay = (name: string, body: unknown, who: Person = manager) =>
      events('POST /event-consumers/{name}/replays', `/event-consumers/${name}/replays`, {
        caller: who,
        body,
      });
    const range = { from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z' };
    expect((await replay('nobody', range)).status).toBe(404);
    expect((await replay('sales-events', { from: range.to, to: range.from })).status).toBe(400);
    expect((await replay('sales-events', { from: '2025-01-01T00:00:00Z', to: range.to })).status).toBe(400);
    expect((await replay('sales-events', range, rep)).status).toBe(403);
    expect((await replay('sales-events', range)).body).toEqual({ consumer: 'sales-events', published: 0 });
  });
});

describe('the local stream reader', () => {
  it('resumes where it stopped: what was written while it was down is delivered, nothing before again', async () => {
    const checkpointFile = join(mkdtempSync(join(tmpdir(), 'stream-')), 'positions.json');
    const seen: string[] = [];
    const reader = () =>
      new StreamReader({
        endpoint: inject('dynamoDbEndpoint'),
        tableName: process.env.TABLE_NAME!,
        checkpointFile,
        dispatch: async (records) => {
          seen.push(...records.map((record) => record.dynamodb!.NewImage!.type!.S!));
          return { batchItemFailures: [] };
        },
      });
    const first = reader();
    expect(await first.poll()).toBeGreaterThan(0);
    await first.stop();
    const before = seen.length;
    await customers('POST /customers/{id}/interactions', `/customers/${customerId}/interactions`, {
      caller: rep,
      body: { channel: 'call', occurredAt: new Date().toISOString(), summary: 'While the reader was down' },
    });
    const second = reader();
    expect(await second.poll()).toBe(1);
    await second.stop();
    expect(seen.slice(before)).toEqual(['interaction.recorded']);
  });

  it('reads a batch the dispatcher failed again, from the record that failed', async () => {
    const checkpointFile = join(mkdtempSync(join(tmpdir(), 'stream-')), 'positions.json');
    let failOnce = true;
    const attempts: string[][] = [];
    const reader = new StreamReader({
      endpoint: inject('dynamoDbEndpoint'),
      tableName: process.env.TABLE_NAME!,
      checkpointFile,
      dispatch: async (records) => {
        const numbers = records.map((record) => record.dynamodb!.SequenceNumber!);
        attempts.push(numbers);
        if (failOnce && numbers.length > 1) {
          failOnce = false;
          return { batchItemFailures: [{ itemIdentifier: numbers[1]! }] };
        }
        return { batchItemFailures: [] };
      },
    });
    await expect(reader.poll()).rejects.toThrow(/retrying/);
    await reader.poll();
    await reader.stop();
    // The first record was not delivered twice; the failed one and those after it were retried.
    expect(attempts[1]![0]).toBe(attempts[0]![1]);
  });
});
