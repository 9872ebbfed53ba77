import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventPath } from '../support/event-path.ts';
import { caller, lambdaContext } from '../support/events.ts';
import { addEmployee, prepareTable } from '../support/table.ts';

/**
 * The largest input each write path accepts goes through whole: a quote takes 100 lines, so an
 * order of 100 lines completes and every consumer of `order.completed` records all of it (each
 * consumer commits within DynamoDB's 100 items a transaction), once, with no failure records; a
 * survey asks the most people an audience holds (200), each once.
 */
process.env.SENDER_ADDRESS = 'sales@test.example';
process.env.PUBLIC_API_URL = 'https://api.test';
const ses = mockClient(SESv2Client);
ses.on(SendEmailCommand).resolves({ MessageId: 'm' });
const { handler: customersApi } = await import('../../functions/customers/handler.ts');
const { handler: classificationApi } = await import('../../functions/classification/handler.ts');
const { handler: eventsApi } = await import('../../functions/events/handler.ts');
const { handler: trainingApi } = await import('../../functions/training/handler.ts');
const { handler: classificationEvents } = await import('../../functions/classification/reactions.ts');
const { commit } = await import('../../functions/shared/transaction.ts');
const { recordEvent } = await import('../../functions/shared/events.ts');
const { orderCompleted } = await import('../../functions/orders/events.ts');
const { toResource } = await import('../../functions/shared/listing.ts');
const { MAX_QUOTE_LINES } = await import('../../functions/sales/model.ts');
const customers = caller(customersApi);
const classification = caller(classificationApi);
const events = caller(eventsApi);
const training = caller(trainingApi);

const rep = { id: 'LGREP', roles: ['sales_rep'] as const };
const admin = { id: 'LGADMIN', roles: ['sales_admin'] as const };
let path: Awaited<ReturnType<typeof eventPath>>;

beforeAll(async () => {
  await prepareTable([]);
  await addEmployee({ id: 'LGREP', roles: ['sales_rep'] });
  await addEmployee({ id: 'LGADMIN', roles: ['sales_admin'] });
  path = await eventPath();
});
afterAll(() => path.stop());

// The largest inputs are heavy by design: on a busy 2-core machine they get five minutes each.
describe('an order of the most lines a quote allows', () => {
  it('records every purchase once, through every consumer, and again on redelivery nothing more', async () => {
    expect(MAX_QUOTE_LINES).toBe(100);
    const customer = await customers('POST /customers', '/customers', {
      caller: rep,
      body: { name: '大单客户', industry: 'energy', region: '华东', source: 'referral' },
    });
    expect(customer.status).toBe(201);
    const customerId = customer.body.id as string;
    const lines = Array.from({ length: MAX_QUOTE_LINES }, (_, n) => ({
      productId: `P${n}`,
      productName: `零件 ${n}`,
      model: `M-${n}`,
      quantity: 1 + (n % 3),
      amount: 10_000 * (1 + n),
    }));
    const event = recordEvent(orderCompleted, {
      subject: { type: 'order', id: 'LGORDER1' },
      actor: 'order-fulfilment',
      at: new Date().toISOString(),
      payload: {
        orderId: 'LGORDER1',
        ownerId: rep.id,
        customerId,
        customerName: '大单客户',
        region: '华东',
        currency: 'CNY',
        total: lines.reduce((sum, line) => sum + line.amount, 0),
        receivedOn: '2026-11-20',
        completedOn: '2026-11-21',
        lines,
      },
    });
    await commit([event]);
    await path.settle();

    const purchases = async () => {
      const found: { note: string }[] = [];
      let cursor: string | undefined;
      do {
        const page = await classification(
          'GET /customers/{id}/purchases',
          `/customers/${customerId}/purchases`,
          {
            caller: admin,
            query: { limit: '100', ...(cursor ? { cursor } : {}) },
          },
        );
        expect(page.status).toBe(200);
        found.push(...page.body.items);
        cursor = page.body.nextCursor;
      } while (cursor);
      return found;
    };
    expect(await purchases()).toHaveLength(MAX_QUOTE_LINES);
    for (const consumer of [
      'classification-events',
      'reports-events',
      'performance-events',
      'customers-events',
    ]) {
      const failures = await events(
        'GET /event-consumers/{name}/failures',
        `/event-consumers/${consumer}/failures`,
        {
          caller: admin,
        },
      );
      expect(failures.status, consumer).toBe(200);
      expect(failures.body.items, consumer).toEqual([]);
    }

    // The same event delivered again (a retry of the bus) records nothing more.
    const stored = toResource((event as { Put: { Item: Record<string, unknown> } }).Put.Item);
    await classificationEvents(
      { id: 'again', 'detail-type': 'order.completed', source: 'sales-department', detail: stored } as never,
      lambdaContext as never,
    );
    await path.settle();
    expect(await purchases()).toHaveLength(MAX_QUOTE_LINES);
  }, 300_000);
});

describe('a training-needs survey of the largest audience', () => {
  it('records and emails each of its 200 people once, and a redelivery asks nobody again', async () => {
    const audience = Array.from({ length: 200 }, (_, n) => `LGP${String(n).padStart(3, '0')}`);
    for (const id of audience) await addEmployee({ id, roles: ['sales_rep'] });
    const opened = await training('POST /training/surveys', '/training/surveys', {
      caller: { id: 'LGADMIN', roles: ['sales_admin'] },
      body: {
        title: '大规模调查',
        closesOn: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
        audience,
      },
    });
    expect(opened.status).toBe(201);
    await path.settle();
    const survey = await training('GET /training/surveys/{id}', `/training/surveys/${opened.body.id}`, {
      caller: { id: 'LGADMIN', roles: ['sales_admin'] },
    });
    expect(survey.body.asked).toBe(200);
    const asked = () =>
      ses
        .commandCalls(SendEmailCommand)
        .map((call) => call.args[0].input)
        .filter((input) =>
          (input.Content?.Simple?.Body?.Text?.Data ?? '').includes(`/training-surveys/${opened.body.id}-`),
        )
        .map((input) => input.Destination!.ToAddresses![0]);
    expect(asked()).toHaveLength(200);
    expect(new Set(asked()).size).toBe(200);
    // Every event of the run replayed into the training consumer: nobody is asked again.
    const replayed = await events(
      'POST /event-consumers/{name}/replays',
      '/event-consumers/training-events/replays',
      {
        caller: admin,
        body: { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date().toISOString() },
      },
    );
    expect(replayed.status).toBe(202);
    await path.settle();
    expect(asked()).toHaveLength(200);
    const failures = await events(
      'GET /event-consumers/{name}/failures',
      '/event-consumers/training-events/failures',
      {
        caller: admin,
      },
    );
    expect(failures.body.items).toEqual([]);
  }, 300_000);
});
