import { createHash } from 'node:crypto';
import { getItem, tableName } from './db.ts';
import type { OperationRequest, Reply } from './http.ts';
import { HttpProblem, validationProblem } from './problem.ts';
import { commit, TransactionCancelled, type TransactItem } from './transaction.ts';
import { IdempotencyRecords } from './entities.ts';

/** How long a key is remembered. */
const RETENTION_SECONDS = 24 * 60 * 60;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

interface StoredOutcome {
  fingerprint: string;
  reply: Reply;
  expiresAt: number;
}

const inProgress = () =>
  new HttpProblem(409, 'A request with this Idempotency-Key is in progress; retry shortly.', {
    headers: { 'retry-after': '1' },
  });

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Commits a create and answers with `reply`, honouring `Idempotency-Key`: the key's record is
 * written in the same transaction as the entity, so a repeat (even a concurrent one) finds the
 * first outcome and creates nothing. Keys are per caller; reusing a key for a different request
 * is a 422.
 */
export async function createOnce(
  request: OperationRequest<unknown, unknown, unknown>,
  items: TransactItem[],
  reply: Reply,
): Promise<Reply> {
  const key = request.headers['idempotency-key'];
  if (key === undefined) {
    await commit(items);
    return reply;
  }
  if (!KEY_PATTERN.test(key)) {
    throw validationProblem([
      { in: 'header', path: 'Idempotency-Key', message: 'Must be 1 to 255 visible ASCII characters' },
    ]);
  }
  const recordKey = IdempotencyRecords.key({ digest: sha256(`${request.caller.id}\n${key}`) });
  const fingerprint = sha256(`${request.method} ${request.path}\n${request.rawBody}`);
  const now = Math.floor(Date.now() / 1000);
  const record: TransactItem = {
    Put: {
      TableName: tableName(),
      Item: {
        ...recordKey,
        entityType: IdempotencyRecords.type,
        fingerprint,
        reply,
        expiresAt: now + RETENTION_SECONDS,
      },
      // An expired record may linger until DynamoDB's TTL sweep removes it.
      ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
      ExpressionAttributeValues: { ':now': now },
    },
  };

  try {
    await commit([...items, record]);
    return reply;
  } catch (error) {
    if (!(error instanceof TransactionCancelled)) throw error;
    if (error.failedCondition('idempotencyRecord')) return replay(recordKey, fingerprint);
    // commit() already retried: the first request with this key is still being written.
    if (error.conflicted) throw inProgress();
    throw error;
  }
}

/**
 * The answer of an earlier request with the same Idempotency-Key, for a handler whose checks would
 * refuse a repetition once the first request took effect (a run that is now evaluating): it asks
 * first, then commits with createOnce. Undefined without a key or without an earlier request.
 */
export async function earlierReply(
  request: OperationRequest<unknown, unknown, unknown>,
): Promise<Reply | undefined> {
  const key = request.headers['idempotency-key'];
  if (key === undefined || !KEY_PATTERN.test(key)) return undefined;
  const recordKey = IdempotencyRecords.key({ digest: sha256(`${request.caller.id}\n${key}`) });
  if (!(await getItem(recordKey, true))) return undefined;
  return replay(recordKey, sha256(`${request.method} ${request.path}\n${request.rawBody}`));
}

async function replay(key: { pk: string; sk: string }, fingerprint: string): Promise<Reply> {
  const stored = (await getItem(key, true)) as StoredOutcome | undefined;
  if (!stored)
    throw new HttpProblem(409, 'A request with this Idempotency-Key is in progress; retry shortly.');
  if (stored.fingerprint !== fingerprint) {
    throw new HttpProblem(422, 'This Idempotency-Key was already used for a different request.', {
      slug: 'idempotency-key-reused',
    });
  }
  return { ...stored.reply, headers: { ...stored.reply.headers, 'idempotent-replayed': 'true' } };
}
