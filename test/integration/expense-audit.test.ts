import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaContext as localLambdaContext } from '../../local/lambda-context.ts';
import { eventPath } from '../support/event-path.ts';
import { caller, type lambdaContext, type Person } from '../support/events.ts';
import { prepareTable } from '../support/table.ts';

/**
 * The internal audit of expenses (R-6.6, §7.3.3) on DynamoDB Local with the event path: the job
 * opens last quarter's audit by the published rule, the auditor records findings, the claimant and
 * the sales manager answer, and the closed period's report reaches management and finance.
 */
process.env.SENDER_ADDRESS = 'sales@test.example';
const ses = mockClient(SESv2Client);
ses.on(SendEmailCommand).resolves({ MessageId: 'm' });

const { handler: expensesApi } = await import('../../functions/expenses/handler.ts');
const { handler: auditJob } = await import('../../functions/expenses/expense-audit.ts');
const { claimWrites } = await import('../../functions/expenses/store.ts');
const { commit } = await import('../../functions/shared/transaction.ts');
const { JOB_TIMEOUT_SECONDS } = await import('../../functions/schedules.ts');
const expenses = caller(expensesApi);

const auditor: Person = { id: 'AUAUDITOR', roles: ['auditor'] };
const auditor2: Person = { id: 'AUAUDITOR2', roles: ['auditor'] };
const manager: Person = { id: 'AUMGR', roles: ['sales_manager'] };
const gm: Person = { id: 'AUGM', roles: ['general_manager'] };
const finance: Person = { id: 'AUFIN', roles: ['finance'] };
const rep: Person = { id: 'AUREP', roles: ['sales_rep'] };
const otherRep: Person = { id: 'AUREP2', roles: ['sales_rep'] };

let path: Awaited<ReturnType<typeof eventPath>>;
const claimId = (n: number) => `01KAAD1T${String(n).padStart(4, '0')}`.padEnd(26, '0');

/** A claim as the approval and payment left it, filed on `filedAt`. */
async function seedClaim(
  n: number,
  fields: { amount: number; category?: string; status?: string; filedAt: string; claimantId?: string },
) {
  const claim = {
    id: claimId(n),
    claimantId: fields.claimantId ?? rep.id,
    category: (fields.category ?? 'travel') as 'travel',
    amount: fields.amount,
    currency: 'CNY',
    date: fields.filedAt.slice(0, 10),
    reason: '差旅',
    status: (fields.status ?? 'paid') as 'paid',
    round: 1,
    version: 1,
    createdAt: fields.filedAt,
    updatedAt: fields.filedAt,
  };
  await commit([claimWrites(undefined, claim, 'test')[0]!]);
}

beforeAll(async () => {
  await prepareTable(
    [auditor, auditor2, manager, gm, finance, rep, otherRep].map(({ id, roles }) => ({
      id,
      roles: [...roles],
    })),
  );
  // 2026-Q3: two large claims, an entertainment one, a small one, a draft; one from Q2.
  await seedClaim(1, { amount: 800_000, filedAt: '2026-07-10T02:00:00.000Z' });
  await seedClaim(2, {
    amount: 600_000,
    status: 'approved',
    filedAt: '2026-09-29T02:00:00.000Z',
    claimantId: 'AUAUDITOR',
  });
  await seedClaim(3, {
    amount: 30_000,
    category: 'entertainment',
    filedAt: '2026-08-01T02:00:00.000Z',
    claimantId: otherRep.id,
  });
  await seedClaim(4, { amount: 1_000, filedAt: '2026-08-02T02:00:00.000Z' });
  await seedClaim(5, { amount: 900_000, status: 'draft', filedAt: '2026-08-03T02:00:00.000Z' });
  await seedClaim(6, { amount: 900_000, filedAt: '2026-06-30T02:00:00.000Z' });
  path = await eventPath();
});

afterAll(() => path.stop());

const fire = (scheduledTime: string) =>
  (
    auditJob as unknown as (
      event: unknown,
      context: typeof lambdaContext,
    ) => Promise<{ counts?: Record<string, number> }>
  )({ scheduledTime }, localLambdaContext('job', undefined, JOB_TIMEOUT_SECONDS) as typeof lambdaContext);
const report = (who: Person, period = '2026-Q3') =>
  expenses('GET /expense-audits/{period}', `/expense-audits/${period}`, { caller: who });
const decide = (who: Person, id: string, body: Record<string, unknown>) =>
  expenses('PUT /expense-audits/{period}/findings/{claimId}', `/expense-audits/2026-Q3/findings/${id}`, {
    caller: who,
    body,
  });
const answer = (who: Person, id: string, text: string) =>
  expenses(
    'POST /expense-audits/{period}/findings/{claimId}/responses',
    `/expense-audits/2026-Q3/findings/${id}/responses`,
    {
      caller: who,
      body: { text },
    },
  );
const mailTo = (id: string) =>
  ses
    .commandCalls(SendEmailCommand)
    .map((call) => call.args[0].input)
    .filter((input) => input.Destination?.ToAddresses?.[0] === `${id.toLowerCase()}@test.example`);

describe('the internal audit of expenses', () => {
  it('publishes its rule to everyone', async () => {
    const rule = await expenses('GET /expense-audits/rule', '/expense-audits/rule', { caller: rep });
    expect(rule.body).toMatchObject({
      amountAtLeast: 500_000,
      categories: ['entertainment'],
      randomShare: 0.1,
    });
  });

  it('opens last quarter’s audit on the quarter’s first day, once, with the claims the rule names', async () => {
    // 06:30 in Shanghai on 1 October: the audit of Q3.
    const first = await fire('2026-09-30T22:30:00.000Z');
    expect(first.counts).toMatchObject({ opened: 1, population: 4 });
    // A retry of the same firing, and another firing that quarter: nothing more.
    await fire('2026-09-30T22:30:00.000Z');
    expect((await fire('2026-09-30T23:30:00.000Z')).counts).toMatchObject({ opened: 0 });
    const opened = await report(auditor);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({
      period: '2026-Q3',
      status: 'open',
      population: 4,
      openedBy: 'expense-audit',
    });
    expect(opened.body.seed).toMatch(/^[0-9a-f]{32}$/);
    const sampled = Object.fromEntries(
      opened.body.findings.map((finding: { claimId: string; reasons: string[] }) => [
        finding.claimId,
        finding.reasons,
      ]),
    );
    // The large ones and the entertainment one always; the draft and Q2's never; the small one by chance.
    expect(sampled[claimId(1)]).toEqual(['amount']);
    expect(sampled[claimId(2)]).toEqual(['amount']);
    expect(sampled[claimId(3)]).toEqual(['category']);
    expect(sampled[claimId(5)]).toBeUndefined();
    expect(sampled[claimId(6)]).toBeUndefined();
    expect(opened.body.summary).toMatchObject({ population: 4, pending: opened.body.sampled, compliant: 0 });
    await path.settle();
    expect(mailTo(auditor.id)[0]!.Content!.Simple!.Subject!.Data).toContain('2026-Q3');
    // Management reads it; a rep does not; an auditor may open another ended period, not one under way.
    expect((await report(gm)).status).toBe(200);
    expect((await report(rep)).status).toBe(403);
    expect((await report(auditor, '2026-Q1')).status).toBe(404);
    const open = (period: string, who = auditor) =>
      expenses('POST /expense-audits', '/expense-audits', { caller: who, body: { period } });
    expect((await open('2026-Q3')).status).toBe(409);
    expect((await open('2026-Q4')).status).toBe(409);
    expect((await open('2026-Q2', manager)).status).toBe(403);
    expect((await open('2026-13')).status).toBe(400);
    const q2 = await open('2026-Q2');
    expect(q2.status).toBe(201);
    expect(q2.body).toMatchObject({ population: 1, sampled: 1 });
    const listed = await expenses('GET /expense-audits', '/expense-audits', { caller: finance });
    expect(listed.body.items.map((audit: { period: string }) => audit.period)).toEqual([
      '2026-Q3',
      '2026-Q2',
    ]);
  });

  it('takes a finding on each sampled claim, answers from the claimant and the manager, and closes with a report', async () => {
    const big = claimId(1);
    // Nobody audits their own claim; the claimant's answer waits for a finding.
    expect((await decide(auditor, claimId(2), { outcome: 'compliant' })).status).toBe(403);
    expect((await decide(auditor2, claimId(2), { outcome: 'compliant' })).status).toBe(200);
    expect((await decide(auditor, big, { outcome: 'finding', severity: 'high' })).status).toBe(400);
    expect((await decide(manager, big, { outcome: 'compliant' })).status).toBe(403);
    expect((await decide(auditor, claimId(5), { outcome: 'compliant' })).status).toBe(404);
    expect((await answer(rep, claimId(2), 'x')).status).toBe(403);

    const found = await decide(auditor, big, {
      outcome: 'finding',
      severity: 'high',
      observation: '住宿发票金额与行程天数不符',
      requestedAction: '补交酒店水单并说明差额',
    });
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ outcome: 'finding', severity: 'high', auditorId: auditor.id });
    await path.settle();
    expect(mailTo(rep.id).at(-1)!.Content!.Simple!.Body!.Text!.Data).toContain('补交酒店水单并说明差额');
    expect(mailTo(manager.id).at(-1)!.Content!.Simple!.Subject!.Data).toContain('审计发现问题（高）');

    // The claimant reads and answers it; another rep neither; the manager answers for the department.
    const read = (who: Person) =>
      expenses('GET /expense-audits/{period}/findings/{claimId}', `/expense-audits/2026-Q3/findings/${big}`, {
        caller: who,
      });
    expect((await read(rep)).status).toBe(200);
    expect((await read(otherRep)).status).toBe(403);
    expect((await answer(otherRep, big, '不是我的')).status).toBe(403);
    expect((await answer(rep, big, '已补交水单，差额为同行同事住宿')).status).toBe(200);
    expect((await answer(rep, big, 'again')).status).toBe(409);
    const both = await answer(manager, big, '已提醒全员按天数报销住宿');
    expect(both.body).toMatchObject({
      claimantResponse: { by: rep.id },
      managerResponse: { by: manager.id, text: '已提醒全员按天数报销住宿' },
    });
    // Answered, the finding stands.
    expect((await decide(auditor, big, { outcome: 'compliant' })).status).toBe(409);

    const close = (conclusion: string) =>
      expenses('POST /expense-audits/{period}/close', '/expense-audits/2026-Q3/close', {
        caller: auditor,
        body: { conclusion },
      });
    const pendingLeft = (await report(auditor)).body.findings.filter(
      (finding: { outcome: string }) => finding.outcome === 'pending',
    );
    expect((await close('基本合规')).status).toBe(409);
    for (const finding of pendingLeft)
      expect((await decide(auditor, finding.claimId, { outcome: 'compliant' })).status).toBe(200);
    const closed = await close('本季度费用基本合规，一项住宿报销已整改。');
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', closedBy: auditor.id });
    expect(closed.body.summary).toMatchObject({
      pending: 0,
      findings: { high: 1, medium: 0, low: 0 },
      findingAmount: 800_000,
      awaitingClaimant: 0,
      awaitingManager: 0,
    });
    expect((await close('again')).status).toBe(409);
    expect((await answer(manager, big, 'late')).status).toBe(409);
    await path.settle();
    for (const reader of [manager, gm, finance])
      expect(mailTo(reader.id).at(-1)!.Content!.Simple!.Body!.Text!.Data).toContain('本季度费用基本合规');
    expect(
      mailTo(rep.id).some((mail) => mail.Content!.Simple!.Body!.Text!.Data!.includes('本季度费用基本合规')),
    ).toBe(false);
  });
});
