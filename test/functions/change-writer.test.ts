import {
  DynamoDBClient,
  TransactionCanceledException,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import * as z from 'zod/mini';
import { beforeEach, describe, expect, it } from 'vitest';
import { lambdaContext } from '../support/events.ts';

process.env.TABLE_NAME = 'unit-table';
process.env.LOG_LEVEL = 'SILENT';
const { causes, changeWrites, commitChange, commitUnlessChanged } =
  await import('../../functions/shared/change.ts');
const { correlationId, withCorrelation } = await import('../../functions/shared/correlation.ts');
const { consumerHandler, on } = await import('../../functions/shared/consumer.ts');
const { defineEntity } = await import('../../functions/shared/entity.ts');
const { defineEvent, newEvent } = await import('../../functions/shared/events.ts');
const { HttpProblem } = await import('../../functions/shared/problem.ts');
const { TransactionCancelled, putNew } = await import('../../functions/shared/transaction.ts');

const dynamo = mockClient(DynamoDBClient);
/** A transaction item as a Put, to read what it writes. */
const put = (item: unknown) =>
  item as {
    name?: string;
    subject?: unknown;
    Put: { ConditionExpression?: string; ExpressionAttributeValues?: unknown; Item: Record<string, unknown> };
  };
beforeEach(() => dynamo.reset());

const Widgets = defineEntity({
  type: 'ServiceWidget',
  owner: 'test',
  description: 'A thing that changes.',
  key: { pk: 'WIDGET#{id}', sk: 'WIDGET' },
  indexes: { gsi1: { pk: 'OWNER#{ownerId}', sk: '{id}' } },
  audited: true,
});
const Notes = defineEntity({
  type: 'WidgetNote',
  owner: 'test',
  description: 'Not audited.',
  key: { pk: 'WIDGET#{widgetId}', sk: 'NOTE' },
});
const widgetMoved = defineEvent({
  type: 'widget.moved',
  description: 'A widget moved.',
  producer: 'test',
  payload: z.object({ to: z.string() }),
});

const before = {
  id: 'W1',
  ownerId: 'A',
  secret: 'x',
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const after = { ...before, ownerId: 'B', version: 4, updatedAt: '2026-02-01T00:00:00.000Z' };
const note = putNew(Notes.item({ widgetId: 'W1' }, { text: 'hi' }));
const moved = () =>
  changeWrites({
    entity: Widgets,
    key: after,
    before,
    after,
    actor: 'U1',
    auditAs: ({ secret: _hidden, ...shown }) => shown,
    events: [causes(widgetMoved, { to: 'B' })],
    with: [note],
  });

describe('a change', () => {
  it('is the entity’s versioned write, its other items, its events from the change and its audit record', () => {
    const items = moved();
    expect(items).toHaveLength(4);
    const [write, other, event, audit] = [put(items[0]), items[1], put(items[2]), put(items[3])];
    expect(write.name).toBe('serviceWidget');
    expect(write.subject).toEqual({ type: 'service-widget', id: 'W1' });
    expect(write.Put.ConditionExpression).toBe('version = :expected');
    expect(write.Put.ExpressionAttributeValues).toEqual({ ':expected': 3 });
    expect(write.Put.Item).toMatchObject({ pk: 'WIDGET#W1', gsi1pk: 'OWNER#B', version: 4 });
    expect(other).toBe(note);
    expect(event.Put.Item).toMatchObject({
      type: 'widget.moved',
      subject: { type: 'service-widget', id: 'W1' },
      subjectVersion: 4,
      actor: 'U1',
      at: '2026-02-01T00:00:00.000Z',
      payload: { to: 'B' },
    });
    expect(audit.Put.Item).toMatchObject({
      resourceType: 'ServiceWidget',
      resourceId: 'W1',
      action: 'updated',
      actorId: 'U1',
      changes: { ownerId: { from: 'A', to: 'B' } },
    });
    // What `auditAs` hides never reaches the audit trail.
    expect(JSON.stringify(audit.Put.Item)).not.toContain('secret');
  });

  it('writes no audit record for an entity that is not audited; a new one must not exist yet', () => {
    const items = changeWrites({
      entity: Notes,
      key: { widgetId: 'W1' },
      id: 'W1',
      before: undefined,
      after: { version: 1, updatedAt: '2026-02-01T00:00:00.000Z' },
      actor: 'U1',
    });
    expect(items).toHaveLength(1);
    expect(put(items[0]).Put.ConditionExpression).toBe('attribute_not_exists(pk)');
  });

  it('refuses a version that does not follow the one read (a bump written by hand)', () => {
    expect(() =>
      changeWrites({ entity: Widgets, key: after, before, after: { ...after, version: 5 }, actor: 'U1' }),
    ).toThrow(/version 5 does not follow 3/);
  });

  it('reports an event about another subject without that subject’s version', () => {
    const [, written] = changeWrites({
      entity: Widgets,
      key: after,
      before,
      after,
      actor: 'U1',
      events: [causes(widgetMoved, { to: 'B' }, { type: 'customer', id: 'C1' })],
    });
    const event = put(written);
    expect(event.Put.Item.subject).toEqual({ type: 'customer', id: 'C1' });
    expect(event.Put.Item).not.toHaveProperty('subjectVersion');
  });
});

const refuse = (codes: string[]) =>
  dynamo.on(TransactWriteItemsCommand).rejects(
    new TransactionCanceledException({
      message: 'cancelled',
      $metadata: {},
      CancellationReasons: codes.map((Code) => ({ Code })),
    }),
  );

describe('committing a change', () => {
  it('answers 412 naming the subject when the subject changed meanwhile, wherever its write stands', async () => {
    // The subject's write after another item: no positional convention.
    refuse(['None', 'ConditionalCheckFailed', 'None', 'None', 'None']);
    const items = [note, ...moved()];
    const refused = await commitChange(items).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HttpProblem);
    expect((refused as InstanceType<typeof HttpProblem>).status).toBe(412);
    expect((refused as Error).message).toContain('W1');
    expect(await commitUnlessChanged(items)).toBe(false);
  });

  it('rethrows, by name, a refusal of another item', async () => {
    refuse(['None', 'ConditionalCheckFailed', 'None', 'None']);
    const refused = await commitChange(moved()).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TransactionCancelled);
    expect((refused as InstanceType<typeof TransactionCancelled>).failedCondition('widgetNote')).toBe(true);
    await expect(commitUnlessChanged(moved())).rejects.toBeInstanceOf(TransactionCancelled);
  });
});

describe('the correlation id', () => {
  it('is the work’s in every event it writes, and an event’s own id where no work is under way', async () => {
    const alone = newEvent(widgetMoved, {
      subject: { type: 'w', id: 'W1' },
      actor: 'U1',
      at: 'now',
      payload: { to: 'B' },
    });
    expect(alone.correlationId).toBe(alone.id);
    const within = await withCorrelation('REQ-1', async () =>
      newEvent(widgetMoved, {
        subject: { type: 'w', id: 'W1' },
        actor: 'U1',
        at: 'now',
        payload: { to: 'B' },
      }),
    );
    expect(within.correlationId).toBe('REQ-1');
  });

  it('follows an event into its consumer, so what the consumer writes carries it on', async () => {
    dynamo.on(TransactWriteItemsCommand).resolves({});
    const seen: (string | undefined)[] = [];
    const handler = consumerHandler(
      {
        name: 'test-events',
        entry: 'test',
        description: 'A test consumer.',
        events: [widgetMoved],
        sendsEmail: false,
      },
      [
        on(widgetMoved, async () => {
          seen.push(correlationId());
          await commitChange(moved());
        }),
      ],
    );
    const event = {
      ...newEvent(widgetMoved, {
        subject: { type: 'w', id: 'W1' },
        actor: 'U1',
        at: new Date().toISOString(),
        payload: { to: 'B' },
      }),
      correlationId: 'REQ-7',
    };
    await handler(
      { id: 'bus-1', 'detail-type': event.type, source: 'sales-department', time: event.at, detail: event },
      lambdaContext,
    );
    expect(seen).toEqual(['REQ-7']);
    const written = dynamo.commandCalls(TransactWriteItemsCommand)[0]!.args[0].input.TransactItems!;
    const events = written
      .flatMap((item) => (item.Put ? [unmarshall(item.Put.Item!)] : []))
      .filter((item) => item.entityType === 'DomainEvent');
    expect(events.map((item) => item.correlationId)).toEqual(['REQ-7']);
  });
});
