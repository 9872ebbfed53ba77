import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../local/seeded-random.ts';
import type { LocalEventPath } from '../../local/event-path.ts';
import { eventPath } from '../support/event-path.ts';
import { prepareTable } from '../support/table.ts';

const { commit, MOST_ITEMS } = await import('../../functions/shared/transaction.ts');
const { recordEvent } = await import('../../functions/shared/events.ts');
const { dynamo, getItem } = await import('../../functions/shared/db.ts');
const { customerClassified } = await import('../../functions/classification/events.ts');
const { opportunityStaged } = await import('../../functions/sales/events.ts');
const { ClassCounts, PipelineCounts } = await import('../../functions/reports/entities.ts');
const { listOpenFailures } = await import('../../functions/events/store.ts');
const { EVENT_CONSUMERS } = await import('../../functions/events.ts');

/**
 * A burst: a nightly classification that changes hundreds of classes and an import of hundreds of
 * opportunities, committed within moments of each other. Every event updates one of a few items
 * (the class mix, the pipeline's first stage), all at once: each must count once, and none may end
 * as a failure record.
 *
 * DynamoDB Local runs transactions one at a time, so it never answers `TransactionConflict` as
 * DynamoDB does when two transactions touch one item at once. The conflicts are injected instead:
 * two in five transactions on those items are refused as DynamoDB refuses them (seeded, so a
 * failure replays).
 */
const CUSTOMERS = 300;
const OPPORTUNITIES = 300;
const CONFLICT_SHARE = 0.4;
const HOT = ['CLASS_MIX', 'PIPELINE'];
let path: LocalEventPath;
let injected = 0;

beforeAll(async () => {
  await prepareTable([]);
  path = await eventPath();
  const random = seededRandom(23);
  dynamo.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as {
        TransactItems?: Record<string, { Key?: { pk?: { S?: string } }; Item?: { pk?: { S?: string } } }>[];
      };
      const pks = (input.TransactItems ?? []).map((item) => {
        const part = Object.values(item)[0]!;
        return (part.Key ?? part.Item)?.pk?.S ?? '';
      });
      if (
        context.commandName === 'TransactWriteItemsCommand' &&
        pks.some((pk) => HOT.includes(pk)) &&
        random() < CONFLICT_SHARE
      ) {
        injected++;
        throw new TransactionCanceledException({
          message:
            'Transaction cancelled, please refer cancellation reasons for specific reasons [TransactionConflict]',
          $metadata: {},
          CancellationReasons: pks.map((pk) => ({ Code: HOT.includes(pk) ? 'TransactionConflict' : 'None' })),
        });
      }
      return next(args);
    },
    { step: 'initialize', name: 'injectedConflicts' },
  );
}, 120_000);
afterAll(async () => {
  dynamo.middlewareStack.remove('injectedConflicts');
  await path.stop();
});

describe('a burst of events on the same aggregates', () => {
  it('counts each event once, and leaves no failure record', async () => {
    const at = new Date().toISOString();
    const classified = Array.from({ length: CUSTOMERS }, (_, index) =>
      recordEvent(customerClassified, {
        subject: { type: 'customer', id: `BURST${index}` },
        actor: 'customer-classification',
        at,
        payload: { customerId: `BURST${index}`, from: null, to: (['A', 'B', 'C'] as const)[index % 3]!, at },
      }),
    );
    const staged = Array.from({ length: OPPORTUNITIES }, (_, index) =>
      recordEvent(opportunityStaged, {
        subject: { type: 'opportunity', id: `BURSTOPP${index}` },
        actor: 'BURSTREP',
        at,
        payload: {
          opportunityId: `BURSTOPP${index}`,
          ownerId: 'BURSTREP',
          from: null,
          to: 'identified',
          expectedValue: { value: 1_000, currency: 'CNY' },
        },
      }),
    );
    // As fast as the table takes them: whole transactions, in parallel.
    const all = [...classified, ...staged];
    const parts = Array.from({ length: Math.ceil(all.length / MOST_ITEMS) }, (_, part) =>
      all.slice(part * MOST_ITEMS, (part + 1) * MOST_ITEMS),
    );
    await Promise.all(parts.map((part) => commit(part)));
    await path.settle();
    // The burst met conflicts, as it would on DynamoDB, and got through them.
    expect(injected).toBeGreaterThan(100);

    const delivered = path.bus.delivered.filter((delivery) => delivery.consumer === 'reports-events');
    expect(delivered.filter((delivery) => delivery.outcome === 'failed')).toEqual([]);
    expect(new Set(delivered.map((delivery) => delivery.eventId)).size).toBe(CUSTOMERS + OPPORTUNITIES);
    for (const consumer of EVENT_CONSUMERS)
      expect((await listOpenFailures(consumer.name, { limit: 10 })).items, consumer.name).toEqual([]);

    const count = async (name: string) =>
      ((await getItem(ClassCounts.key({ class: name }), true)) as { customers: number }).customers;
    expect(await count('A')).toBe(CUSTOMERS / 3);
    expect(await count('B')).toBe(CUSTOMERS / 3);
    expect(await count('C')).toBe(CUSTOMERS / 3);
    expect(await count('none')).toBe(-CUSTOMERS);
    expect(await getItem(PipelineCounts.key({ stage: 'identified', currency: 'CNY' }), true)).toMatchObject({
      opportunities: OPPORTUNITIES,
      expectedValue: OPPORTUNITIES * 1_000,
    });
  }, 300_000); // six hundred events and their retries: seconds alone, minutes beside other suites on 2 cores
});
