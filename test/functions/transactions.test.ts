import {
  DynamoDBClient,
  TransactWriteItemsCommand,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TransactionCancelled } from '../../functions/shared/transaction.ts';

/** How a refused transaction is told: by the names of the items whose condition failed. */
process.env.TABLE_NAME = 'unit-table';
const { commit, CONFLICT_RETRIES, named, putIfVersion, putNew } =
  await import('../../functions/shared/transaction.ts');

const dynamo = mockClient(DynamoDBClient);
beforeEach(() => dynamo.reset());

const refuse = (...codes: string[]) =>
  dynamo.on(TransactWriteItemsCommand).rejects(
    new TransactionCanceledException({
      message: 'cancelled',
      $metadata: {},
      CancellationReasons: codes.map((Code) => ({ Code })),
    }),
  );

async function refusal(items: Parameters<typeof commit>[0]) {
  try {
    await commit(items);
  } catch (error) {
    return error as TransactionCancelled;
  }
  throw new Error('the transaction was not refused');
}

describe('a refused transaction', () => {
  const quote = putIfVersion({ pk: 'QUOTE#1', sk: 'QUOTE', entityType: 'Quote', version: 2 }, 1);
  const claim = putNew({ pk: 'QUOTE#1', sk: 'CONTRACT', entityType: 'QuoteContractClaim' });

  it('names each failed condition after its entity type, or the name it was given', async () => {
    refuse('None', 'ConditionalCheckFailed', 'None');
    const error = await refusal([quote, claim, named('lock', putNew({ pk: 'L', sk: 'L' }))]);
    expect(error.failedCondition('quoteContractClaim')).toBe(true);
    expect(error.failedCondition('quote')).toBe(false);
    expect(error.failedCondition('lock')).toBe(false);
    expect(error.message).toContain('quoteContractClaim ConditionalCheckFailed');
    // What it sends is DynamoDB's shape only: the names stay here.
    const sent = dynamo.commandCalls(TransactWriteItemsCommand)[0]!.args[0].input.TransactItems!;
    expect(sent.every((item) => !('name' in item))).toBe(true);
  });
  it('tells a caller that knows only some items what refused them', async () => {
    refuse('None', 'ConditionalCheckFailed');
    const error = await refusal([named('handledEvent', claim), quote]);
    const theirs = error.without('handledEvent');
    expect(theirs.failedCondition('quote')).toBe(true);
    expect(theirs.reasons).toEqual(['ConditionalCheckFailed']);
  });
  it('tries again when only another transaction was in the way, then gives up', async () => {
    refuse('TransactionConflict', 'None');
    const error = await refusal([quote, claim]);
    expect(error.conflicted).toBe(true);
    expect(dynamo.commandCalls(TransactWriteItemsCommand)).toHaveLength(CONFLICT_RETRIES + 1);
  });
  it('gets through a run of conflicts shorter than its retries', async () => {
    const conflict = new TransactionCanceledException({
      message: 'cancelled',
      $metadata: {},
      CancellationReasons: [{ Code: 'TransactionConflict' }, { Code: 'None' }],
    });
    dynamo
      .on(TransactWriteItemsCommand)
      .rejectsOnce(conflict)
      .rejectsOnce(conflict)
      .rejectsOnce(conflict)
      .rejectsOnce(conflict)
      .rejectsOnce(conflict)
      .resolves({});
    await commit([quote, claim]);
    expect(dynamo.commandCalls(TransactWriteItemsCommand)).toHaveLength(6);
  });
  it('never tries again a transaction whose condition failed, conflict or not', async () => {
    refuse('TransactionConflict', 'ConditionalCheckFailed');
    expect((await refusal([quote, claim])).failedCondition('quoteContractClaim')).toBe(true);
    expect(dynamo.commandCalls(TransactWriteItemsCommand)).toHaveLength(1);
  });
});
