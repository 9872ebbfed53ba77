import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventPath } from '../support/event-path.ts';
import { caller, lambdaContext } from '../support/events.ts';
import { addEmployee, prepareTable } from '../support/table.ts';

/**
 * The largest input each write path accepts goes through whole: a quote takes 100 lines, so an
 * order of 100 lines completes and every consumer of `order.completed` records all of it (each
 * consumer commits within DynamoDB's 100 items a transaction), once, with no failure records.
 */
const { handler: customersApi } = await import('../../functions/customers/handler.ts');
const { handler: classificationApi } = await import('../../functions/classification/handler.ts');
const { handler: eventsApi } = await import('../../functions/events/handler.ts');
const { handler: classificationEvents } = await import('../../functions/classification/reactions.ts');
const { commit } = await import('../../functions/shared/transaction.ts');
const { recordEvent } = await import('../../functions/shared/events.ts');
const { orderCompleted } = await import('../../functions/orders/events.ts');
const { toResource } = await import('../../functions/shared/listing.ts');
const { MAX_QUOTE_LINES } = await import('../../functions/sales/model.ts');
const customers = caller(customersApi);
const classification = caller(classificationApi);
const events = caller(eventsApi);

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
  });
});
