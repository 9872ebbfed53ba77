import { DynamoDBClient, GetItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { SFNClient, StopExecutionCommand } from '@aws-sdk/client-sfn';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { caller } from '../support/events.ts';

/**
 * The AWS calls of the event path, each failing the way the service fails: what the caller is told
 * and what is left to retry.
 */
process.env.TABLE_NAME = 'unit-table';
process.env.EVENT_BUS_NAME = 'unit-bus';
process.env.LOG_LEVEL = 'SILENT';
process.env.CONTRACT_REVIEW_STATE_MACHINE_ARN = 'arn:aws:states:ap-east-1:1:stateMachine:review';
const { dispatch } = await import('../../functions/events/dispatcher.ts');
const { stopWorkflow } = await import('../../functions/shared/workflow.ts');
const { handler: eventsApi } = await import('../../functions/events/handler.ts');

const bus = mockClient(EventBridgeClient);
const sfn = mockClient(SFNClient);
const dynamo = mockClient(DynamoDBClient);
beforeEach(() => {
  bus.reset();
  sfn.reset();
  dynamo.reset();
});

const event = (n: number) => ({
  id: `01J00000000000000000000${String(n).padStart(3, '0')}`,
  type: 'quote.sent',
  subject: { type: 'quote', id: 'Q' },
  actor: 'REP',
  at: '2026-11-29T00:00:00.000Z',
  payload: { n },
});
/** A stream record: an event item, or (odd n) some other item the filter would have dropped. */
const record = (n: number, kind: 'event' | 'other' = 'event'): DynamoDBRecord => ({
  eventName: 'INSERT',
  dynamodb: {
    SequenceNumber: String(n),
    NewImage: marshall({ entityType: kind === 'event' ? 'DomainEvent' : 'Customer', ...event(n) }) as never,
  },
});

describe('the dispatcher', () => {
  it('publishes event items in order, ten a call, and skips anything else', async () => {
    bus.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [] });
    const records = Array.from({ length: 23 }, (_, n) => record(n, n === 5 ? 'other' : 'event'));
    expect(await dispatch(records)).toEqual({ batchItemFailures: [] });
    const calls = bus.commandCalls(PutEventsCommand).map((call) => call.args[0].input.Entries!);
    expect(calls.map((entries) => entries.length)).toEqual([10, 10, 2]);
    expect(calls.flat().map((entry) => JSON.parse(entry.Detail!).payload.n)).toEqual(
      Array.from({ length: 23 }, (_, n) => n).filter((n) => n !== 5),
    );
    expect(calls[0]![0]).toMatchObject({
      EventBusName: 'unit-bus',
      Source: 'sales-department',
      DetailType: 'quote.sent',
    });
  });
  it('reports the first entry the bus refused, so the stream retries from there and nothing after it is lost', async () => {
    bus
      .on(PutEventsCommand)
      .resolvesOnce({ FailedEntryCount: 0, Entries: [] })
      .resolvesOnce({
        FailedEntryCount: 2,
        Entries: [
          { EventId: 'a' },
          { EventId: 'b' },
          { ErrorCode: 'ThrottlingException' },
          { ErrorCode: 'x' },
        ],
      });
    const records = Array.from({ length: 14 }, (_, n) => record(n));
    expect(await dispatch(records)).toEqual({ batchItemFailures: [{ itemIdentifier: '12' }] });
  });
  it('reports the chunk it could not publish at all', async () => {
    bus.on(PutEventsCommand).rejects(Object.assign(new Error('down'), { name: 'InternalException' }));
    expect(await dispatch([record(7), record(8)])).toEqual({ batchItemFailures: [{ itemIdentifier: '7' }] });
  });
});

describe('stopping a review', () => {
  it('stops the execution named after the subject and round, and takes an ended or unknown one as stopped', async () => {
    sfn
      .on(StopExecutionCommand)
      .resolvesOnce({})
      .rejects(Object.assign(new Error('gone'), { name: 'ExecutionDoesNotExist' }));
    await stopWorkflow('CONTRACT_REVIEW_STATE_MACHINE_ARN', 'contract-C-round-1', 'withdrawn');
    await stopWorkflow('CONTRACT_REVIEW_STATE_MACHINE_ARN', 'contract-C-round-1', 'withdrawn');
    expect(sfn.commandCalls(StopExecutionCommand)[0]!.args[0].input.executionArn).toBe(
      'arn:aws:states:ap-east-1:1:execution:review:contract-C-round-1',
    );
  });
  it('fails (so the consumer is retried) when Step Functions does', async () => {
    sfn
      .on(StopExecutionCommand)
      .rejects(Object.assign(new Error('slow down'), { name: 'ThrottlingException' }));
    await expect(stopWorkflow('CONTRACT_REVIEW_STATE_MACHINE_ARN', 'x', 'withdrawn')).rejects.toThrow(
      'slow down',
    );
  });
});

describe('redelivering a failed event', () => {
  const admin = { id: 'ADM', roles: ['sales_admin'] as const };
  const failure = {
    pk: 'DELIVERY_FAILURE#sales-events#E',
    sk: 'FAILURE',
    consumer: 'sales-events',
    eventId: event(1).id,
    eventType: 'quote.sent',
    error: 'x',
    attempts: 3,
    failedAt: '2026-11-29T00:00:00.000Z',
    status: 'open',
    event: event(1),
  };
  const redeliver = () =>
    caller(eventsApi)(
      'POST /event-consumers/{name}/failures/{eventId}/redeliver',
      `/event-consumers/sales-events/failures/${event(1).id}/redeliver`,
      { caller: admin },
    );
  it('is a 503 that leaves the failure open when the bus refuses it', async () => {
    dynamo.on(GetItemCommand).resolves({ Item: marshall(failure) });
    bus.on(PutEventsCommand).resolves({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'InternalFailure' }] });
    const answer = await redeliver();
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toBe('5');
    expect(dynamo.commandCalls(UpdateItemCommand)).toHaveLength(0);
  });
  it('publishes it addressed to its consumer, then marks it redelivered', async () => {
    dynamo
      .on(GetItemCommand)
      .resolves({ Item: marshall(failure) })
      .on(UpdateItemCommand)
      .resolves({});
    bus.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'x' }] });
    expect((await redeliver()).status).toBe(202);
    const entry = bus.commandCalls(PutEventsCommand)[0]!.args[0].input.Entries![0]!;
    expect(entry).toMatchObject({ Source: 'sales-department.redelivery', DetailType: 'quote.sent' });
    expect(JSON.parse(entry.Detail!)).toEqual({ consumer: 'sales-events', event: event(1) });
    expect(dynamo.commandCalls(UpdateItemCommand)).toHaveLength(1);
  });
});
