import { DeleteItemCommand, DynamoDBClient, QueryCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lambdaContext as localLambdaContext } from '../../local/lambda-context.ts';
import { startDocumentStore } from '../support/documents.ts';
import { caller, type lambdaContext, type Person } from '../support/events.ts';
import { prepareTable } from '../support/table.ts';

/**
 * The audit trail's tamper evidence on DynamoDB Local and the local S3 store: the daily job seals
 * an ended day (its entries hash-chained, the head kept in the table and in the locked bucket),
 * seals once however often it fires, and its check (the job's, and the route's) finds an entry
 * edited or removed straight in the table, and a seal rewritten to match.
 */
const store = await startDocumentStore('audit-seals');
process.env.SENDER_ADDRESS = 'sales@test.example';
const ses = mockClient(SESv2Client);
ses.on(SendEmailCommand).resolves({ MessageId: 'm' });

const { handler: auditApi } = await import('../../functions/audit/handler.ts');
const { handler: customersApi } = await import('../../functions/customers/handler.ts');
const { handler: sealJob } = await import('../../functions/audit/audit-seal.ts');
const { JOB_TIMEOUT_SECONDS } = await import('../../functions/schedules.ts');
const { today, addDays } = await import('../../functions/shared/calendar.ts');
const audit = caller(auditApi);
const customers = caller(customersApi);

const rep: Person = { id: 'ASREP', roles: ['sales_rep'] };
const auditor: Person = { id: 'ASAUDIT', roles: ['auditor'] };
const dynamo = new DynamoDBClient({});
const s3 = new S3Client({ forcePathStyle: true });
/** The entries are written as if yesterday, the day the job then seals. */
const day = addDays(today(), -1);

const fire = async (scheduledTime: string) =>
  (
    (await (
      sealJob as unknown as (
        event: unknown,
        context: typeof lambdaContext,
      ) => Promise<{ counts?: Record<string, number> }>
    )(
      { scheduledTime },
      localLambdaContext('job', undefined, JOB_TIMEOUT_SECONDS) as typeof lambdaContext,
    )) as {
      counts: Record<string, number>;
    }
  ).counts;
/** The job as it fires after `day` ended: a distinct firing each time it is called. */
let firings = 0;
const fireAfterDay = () => fire(new Date(Date.now() - 60_000 * ++firings).toISOString());
const check = (who: Person = auditor, on = day) =>
  audit('GET /audit/seals/{day}', `/audit/seals/${on}`, { caller: who });

/** Today's audit entries as stored (keys included), in write order. */
async function entriesOfDay() {
  const result = await dynamo.send(
    new QueryCommand({
      TableName: process.env.TABLE_NAME,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :day',
      ExpressionAttributeValues: { ':day': { S: `AUDITS#${day}` } },
    }),
  );
  return result.Items ?? [];
}

beforeAll(async () => {
  await prepareTable([rep, auditor].map(({ id, roles }) => ({ id, roles: [...roles] })));
  // Only the clock moves back a day (DynamoDB Local does not check a request's signing time).
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() - 86_400_000);
  for (const name of ['Seal Works', 'Chain Tools']) {
    const filed = await customers('POST /customers', '/customers', {
      caller: rep,
      body: { name, industry: 'energy', region: 'east', source: 'referral' },
    });
    await customers('PATCH /customers/{id}', `/customers/${filed.body.id}`, {
      caller: rep,
      body: { region: 'north' },
      headers: { 'content-type': 'application/merge-patch+json', 'if-match': '"1"' },
    });
  }
  vi.useRealTimers();
});

afterAll(() => store.stop());

describe('the audit trail’s seals', () => {
  it('seals an ended day once, the head in the table and in the locked bucket', async () => {
    const entries = await entriesOfDay();
    expect(entries).toHaveLength(4);

    expect(await fireAfterDay()).toMatchObject({ sealed: 1, entries: 4, checked: 1, broken: 0 });
    const seals = await audit('GET /audit/seals', '/audit/seals', { caller: auditor });
    expect(seals.status).toBe(200);
    expect(seals.body.items).toHaveLength(1);
    const seal = seals.body.items[0];
    expect(seal).toMatchObject({ day, count: 4, previous: '0'.repeat(64) });
    expect(seal.head).toMatch(/^[0-9a-f]{64}$/);

    const kept = await s3.send(
      new GetObjectCommand({ Bucket: process.env.AUDIT_SEALS_BUCKET, Key: `audit-chain/${day}.json` }),
    );
    expect(JSON.parse(await kept.Body!.transformToString())).toMatchObject({
      day,
      head: seal.head,
      count: 4,
    });

    const checked = await check();
    expect(checked.status).toBe(200);
    expect(checked.body).toMatchObject({
      day,
      intact: true,
      problems: [],
      computed: { head: seal.head, count: 4 },
    });

    // Fired again (a redelivery, the next day's run): nothing sealed twice, the day checked again.
    expect(await fireAfterDay()).toMatchObject({ sealed: 0, checked: 1, broken: 0 });
  });

  it('seals from the locked copy when the seal was not written after it (a crash between the two)', async () => {
    const { body } = await check();
    await dynamo.send(
      new DeleteItemCommand({
        TableName: process.env.TABLE_NAME,
        Key: { pk: { S: 'AUDIT_SEALS' }, sk: { S: day } },
      }),
    );
    expect(await fireAfterDay()).toMatchObject({ sealed: 1, broken: 0 });
    const again = await check();
    expect(again.body).toMatchObject({
      intact: true,
      seal: { head: body.seal.head, sealedAt: body.seal.sealedAt },
    });
  });

  it('finds an entry edited straight in the table, and tells audit', async () => {
    const [first] = await entriesOfDay();
    await dynamo.send(
      new UpdateItemCommand({
        TableName: process.env.TABLE_NAME,
        Key: { pk: first!.pk!, sk: first!.sk! },
        UpdateExpression: 'SET actorId = :someone',
        ExpressionAttributeValues: { ':someone': { S: 'SOMEONE-ELSE' } },
      }),
    );
    const checked = await check();
    expect(checked.body.intact).toBe(false);
    expect(checked.body.problems).toEqual(['the entries no longer hash to the sealed head']);

    ses.resetHistory();
    expect(await fireAfterDay()).toMatchObject({ checked: 1, broken: 1, emails: 1 });
    const mail = ses.commandCalls(SendEmailCommand)[0]!.args[0].input;
    expect(mail.Destination?.ToAddresses).toEqual(['asaudit@test.example']);
    expect(JSON.stringify(mail.Content)).toContain(day);
  });

  it('finds an entry removed, and a seal rewritten to hide it', async () => {
    const [, second] = await entriesOfDay();
    await dynamo.send(
      new DeleteItemCommand({ TableName: process.env.TABLE_NAME, Key: { pk: second!.pk!, sk: second!.sk! } }),
    );
    const checked = await check();
    expect(checked.body.problems).toContain('4 entries were sealed; 3 are there now');

    // Whoever removed it rewrites the seal to what the entries give now: the locked copy differs.
    await dynamo.send(
      new UpdateItemCommand({
        TableName: process.env.TABLE_NAME,
        Key: { pk: { S: 'AUDIT_SEALS' }, sk: { S: day } },
        UpdateExpression: 'SET head = :head, #count = :count',
        ExpressionAttributeNames: { '#count': 'count' },
        ExpressionAttributeValues: { ':head': { S: checked.body.computed.head }, ':count': { N: '3' } },
      }),
    );
    const rewritten = await check();
    expect(rewritten.body.intact).toBe(false);
    expect(rewritten.body.problems).toEqual(['the seal differs from its locked copy']);
  });

  it('is for audit and the department’s heads; a day not sealed is 404, a bad day 400', async () => {
    expect((await check(rep)).status).toBe(403);
    expect((await audit('GET /audit/seals', '/audit/seals', { caller: rep })).status).toBe(403);
    expect((await check(auditor, addDays(day, -3))).status).toBe(404);
    // A firing for a later time seals no day that has not ended yet.
    await fire(`${addDays(day, 3)}T01:00:00+08:00`);
    expect((await check(auditor, addDays(day, 1))).status).toBe(404);
    expect((await check(auditor, 'yesterday')).status).toBe(400);
    expect((await check(auditor, '2026-02-30')).status).toBe(400);
  });
});
