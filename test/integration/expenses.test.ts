import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDocumentStore } from '../support/documents.ts';
import { asFunction } from '../../local/data-scope.ts';
import { decideByLink, decideByToken, emailsTo, startReviews, waitForLink } from '../support/reviews.ts';
import { caller, type Person } from '../support/events.ts';
import { addEmployee, prepareTable, recordDynamoCalls } from '../support/table.ts';
import { eventually } from '../support/wait.ts';
import { DEFAULT_EXPENSE_SETTINGS } from '../../functions/expenses/settings.ts';

/**
 * Expenses: a budget filed and split, claims reserved against it in their submit
 * transaction (also under a crowd of concurrent claims), the tiered approval on the local engine
 * through every tier to finance's payment or refusal, withdrawal, audit, and the report.
 */
// The local S3 store, as `npm start` runs it, before the functions create their S3 client.
const s3 = await startDocumentStore('test-documents');
const { handler: expensesApi } = await import('../../functions/expenses/handler.ts');
const expenses = caller(expensesApi);

const rep: Person = { id: 'EXREP', roles: ['sales_rep'] };
const supervisor: Person = { id: 'EXSUP', roles: ['supervisor', 'sales_rep'] };
const manager: Person = { id: 'EXMGR', roles: ['sales_manager'] };
const finance: Person = { id: 'EXFIN', roles: ['finance'] };
const auditor: Person = { id: 'EXAUD', roles: ['auditor'] };
const crowd: Person[] = Array.from({ length: 50 }, (_, n) => ({ id: `EXC${n}`, roles: ['sales_rep'] }));

let reviews: Awaited<ReturnType<typeof startReviews>>;
beforeAll(async () => {
  await prepareTable([]);
  await addEmployee({ id: 'EXGM', roles: ['general_manager'] });
  await addEmployee({ id: 'EXMGR', roles: ['sales_manager'], supervisorId: 'EXGM' });
  await addEmployee({ id: 'EXSUP', roles: ['supervisor', 'sales_rep'], supervisorId: 'EXMGR' });
  await addEmployee({ id: 'EXREP', roles: ['sales_rep'], supervisorId: 'EXSUP' });
  await addEmployee({ id: 'EXFIN', roles: ['finance'] });
  await addEmployee({ id: 'EXFIN2', roles: ['finance'] });
  await addEmployee({ id: 'EXAUD', roles: ['auditor'] });
  // A second team: its own sales manager and team lead, two levels above its rep.
  await addEmployee({ id: 'EXMGR2', roles: ['sales_manager'], supervisorId: 'EXGM' });
  await addEmployee({ id: 'EXLEAD2', roles: ['supervisor', 'sales_rep'], supervisorId: 'EXMGR2' });
  await addEmployee({ id: 'EXREP2', roles: ['sales_rep'], supervisorId: 'EXLEAD2' });
  for (const person of crowd)
    await addEmployee({ id: person.id, roles: ['sales_rep'], supervisorId: 'EXSUP' });
  reviews = await startReviews();
  const filed = await expenses('PUT /expenses/budgets/{year}', '/expenses/budgets/2027', {
    caller: manager,
    body: {
      categories: [
        { category: 'travel', amount: 1_200_000, quarters: [600_000, 200_000, 200_000, 200_000] },
        { category: 'entertainment', amount: 120_000 },
        // Fits exactly ten claims of 10,000 in March.
        {
          category: 'training',
          amount: 1_200_000,
          months: [0, 0, 100_000, 0, 0, 0, 0, 0, 0, 0, 0, 1_100_000],
        },
      ],
    },
  });
  expect(filed.status).toBe(200);
}, 600_000); // fifty reps and the review engine: room on a busy machine
afterAll(async () => {
  await reviews.stop();
  await s3.stop();
});

const pdf = Buffer.from('%PDF-1.4\n增值税发票 No. 0001\n%%EOF\n');
/** Attaches a receipt and uploads its file through the presigned URL, as a client does. */
const receiptFor = async (who: Person, id: string) => {
  const attached = await expenses('POST /expenses/claims/{id}/receipts', `/expenses/claims/${id}/receipts`, {
    caller: who,
    body: { fileName: '发票.pdf', contentType: 'application/pdf', size: pdf.length },
  });
  expect(attached.status).toBe(201);
  const { upload } = attached.body;
  expect((await fetch(upload.url, { method: 'PUT', body: pdf, headers: upload.headers })).status).toBe(200);
};
/** A draft claim; one above the small-amount threshold comes with its receipt, as §7.2.1 asks. */
const claimFor = async (who: Person, body: { amount: number } & Record<string, unknown>) => {
  const created = await expenses('POST /expenses/claims', '/expenses/claims', { caller: who, body });
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  if (body.amount > DEFAULT_EXPENSE_SETTINGS.receiptRequiredAbove) await receiptFor(who, id);
  return id;
};
const submit = (who: Person, id: string) =>
  expenses('POST /expenses/claims/{id}/submit', `/expenses/claims/${id}/submit`, { caller: who });
const read = (who: Person, id: string) =>
  expenses('GET /expenses/claims/{id}', `/expenses/claims/${id}`, { caller: who });
const line = async (month: string, category: string) =>
  (
    await expenses('GET /expenses/budgets/{year}', '/expenses/budgets/2027', { caller: finance })
  ).body.lines.find(
    (item: { month: string; category: string; scope: string }) =>
      item.month === month && item.category === category && item.scope === 'department',
  );
const today = () => new Date().toISOString().slice(0, 10);
const pay = (who: Person, id: string, body: Record<string, unknown>) =>
  expenses('POST /expenses/claims/{id}/payment', `/expenses/claims/${id}/payment`, { caller: who, body });
const statusBecomes = (id: string, status: string) =>
  eventually(async () => {
    const claim = await read(rep, id);
    return claim.body.status === status ? claim.body : undefined;
  });

describe('the budget', () => {
  it('is split into months that add up, and refuses parts that do not', async () => {
    expect(await line('2027-01', 'travel')).toMatchObject({ budgeted: 200_000, available: 200_000 });
    expect(await line('2027-04', 'travel')).toMatchObject({ budgeted: 66_667 });
    expect(await line('2027-06', 'travel')).toMatchObject({ budgeted: 66_666 });
    const wrong = await expenses('PUT /expenses/budgets/{year}', '/expenses/budgets/2028', {
      caller: manager,
      body: { categories: [{ category: 'travel', amount: 100, quarters: [10, 10, 10, 10] }] },
    });
    expect(wrong.status).toBe(400);
    expect(
      (
        await expenses('PUT /expenses/budgets/{year}', '/expenses/budgets/2028', {
          caller: rep,
          body: { categories: [{ category: 'travel', amount: 100 }] },
        })
      ).status,
    ).toBe(403);
  });
});

describe('a rep’s parts of the budget', () => {
  it('name each rep once, and only reps of the department; nothing is filed otherwise', async () => {
    const file = (reps: { repId: string; amount: number }[]) =>
      expenses('PUT /expenses/budgets/{year}', '/expenses/budgets/2029', {
        caller: manager,
        body: { categories: [{ category: 'travel', amount: 1_200_000, reps }] },
      });
    const twice = await file([
      { repId: 'EXREP', amount: 12_000 },
      { repId: 'EXREP', amount: 12_000 },
    ]);
    expect(twice.status).toBe(400);
    expect(twice.body.errors).toEqual([
      expect.objectContaining({ in: 'body', path: 'categories.0.reps', message: 'Each rep once' }),
    ]);
    const unknown = await file([
      { repId: 'EXREP', amount: 12_000 },
      { repId: 'NOBODY', amount: 12_000 },
      { repId: 'EXFIN', amount: 12_000 },
    ]);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.map((error: { path: string }) => error.path)).toEqual([
      'categories.0.reps.1.repId',
      'categories.0.reps.2.repId',
    ]);
    const year = await expenses('GET /expenses/budgets/{year}', '/expenses/budgets/2029', {
      caller: finance,
    });
    expect(year.body.lines).toEqual([]);
    const filed = await file([{ repId: 'EXREP', amount: 12_000 }]);
    expect(filed.status).toBe(200);
    expect(filed.body.lines.filter((item: { scope: string }) => item.scope === 'EXREP')).toHaveLength(12);
  });
});

describe('the list of claims', () => {
  it('shows a rep their own claims, and the department’s to finance, filtered by status', async () => {
    const id = await claimFor(rep, {
      category: 'entertainment',
      amount: 1_000,
      date: '2027-02-03',
      reason: '午餐',
    });
    const own = await expenses('GET /expenses/claims', '/expenses/claims', { caller: rep });
    expect(own.status).toBe(200);
    expect(own.body.items.map((claim: { id: string }) => claim.id)).toContain(id);
    expect(own.body.items.every((claim: { claimantId: string }) => claim.claimantId === rep.id)).toBe(true);
    const others = await expenses('GET /expenses/claims', '/expenses/claims', {
      caller: supervisor,
    });
    expect(others.status).toBe(200);
    expect(others.body.items.map((claim: { id: string }) => claim.id)).not.toContain(id);
    const drafts = await expenses('GET /expenses/claims', '/expenses/claims', {
      caller: finance,
      query: { status: 'draft' },
    });
    expect(drafts.status).toBe(200);
    expect(drafts.body.items.map((claim: { id: string }) => claim.id)).toContain(id);
    const ownDrafts = await expenses('GET /expenses/claims', '/expenses/claims', {
      caller: rep,
      query: { status: 'paid' },
    });
    expect(ownDrafts.body.items.map((claim: { id: string }) => claim.id)).not.toContain(id);
  });
});

const approveNext = async (email: string, id: string, previous?: string) => {
  const link = await waitForLink(email, id, previous);
  expect((await decideByLink(link, 'approve')).status).toBe(200);
  return link.id;
};

describe('a claim', () => {
  it('goes to the sales manager over the claimant’s team where the department has two', async () => {
    const teamRep: Person = { id: 'EXREP2', roles: ['sales_rep'] };
    const id = await claimFor(teamRep, {
      category: 'training',
      amount: 8_000,
      date: '2027-12-16',
      reason: '行业展会门票',
    });
    expect((await submit(teamRep, id)).status).toBe(202);
    const link = await waitForLink('exlead2@test.example', id);
    const steps = (await read(teamRep, id)).body.reviews.map(
      (step: { step: string; approverId: string }) => `${step.step}:${step.approverId}`,
    );
    expect(steps).toEqual(['supervisor-check:EXLEAD2']);
    expect((await decideByLink(link, 'approve')).status).toBe(200);
    const managerLink = await waitForLink('exmgr2@test.example', id);
    expect(emailsTo('exmgr@test.example').some((mail) => mail.text.includes(id.slice(-8)))).toBe(false);
    // Rejected by him, the claim releases its reservation (the line is the other tests').
    expect((await decideByLink(managerLink, 'reject', '本月不参展')).status).toBe(200);
    await eventually(async () => ((await read(teamRep, id)).body.status === 'rejected' ? true : undefined));
  });

  it('goes through every tier to finance’s approval, then its payment record; the reservation becomes spending', async () => {
    const id = await claimFor(rep, {
      category: 'travel',
      amount: 150_000,
      date: '2027-01-15',
      reason: '上海客户拜访',
    });
    expect((await submit(supervisor, id)).status).toBe(403);
    const submitted = await submit(rep, id);
    expect(submitted.status).toBe(202);
    expect(await line('2027-01', 'travel')).toMatchObject({ reserved: 150_000, spent: 0, available: 50_000 });
    expect((await submit(rep, id)).status).toBe(409);
    await approveNext('exsup@test.example', id);
    // The withdrawal comes too late once a step is decided.
    await eventually(async () =>
      (await read(rep, id)).body.reviews.some((step: { status: string }) => step.status === 'approved')
        ? true
        : undefined,
    );
    expect(
      (
        await expenses('POST /expenses/claims/{id}/withdraw', `/expenses/claims/${id}/withdraw`, {
          caller: rep,
        })
      ).status,
    ).toBe(409);
    await approveNext('exmgr@test.example', id);
    // Finance reads what it decides, approves it for payment, then pays it.
    const financeLink = await waitForLink('exfin@test.example', id);
    expect((await read(finance, id)).status).toBe(200);
    // Paid today (a payment is never dated ahead); the claim's own day is in January.
    const payment = { amount: 150_000, paidOn: today(), reference: 'TR-20270120-001' };
    // Not before the chain has approved it.
    expect((await pay(finance, id, payment)).status).toBe(409);
    expect((await decideByLink(financeLink, 'approve')).status).toBe(200);
    const approved = await statusBecomes(id, 'approved');
    expect(approved.reviews.map((step: { step: string }) => step.step)).toEqual([
      'supervisor-check',
      'sales-manager-approval',
      'finance-payment',
    ]);
    // Approved is still reserved: the money has not gone out.
    expect(await line('2027-01', 'travel')).toMatchObject({ reserved: 150_000, spent: 0, available: 50_000 });
    expect((await pay(rep, id, payment)).status).toBe(403);
    const part = await pay(finance, id, { ...payment, amount: 100_000 });
    expect(part.status).toBe(400);
    expect(part.body.errors).toEqual([expect.objectContaining({ in: 'body', path: 'amount' })]);
    const paid = await pay(finance, id, payment);
    expect(paid.status).toBe(201);
    expect(paid.headers.location).toBe(`/expenses/claims/${id}`);
    expect(paid.body).toEqual({
      claimId: id,
      currency: 'CNY',
      paidBy: 'EXFIN',
      recordedAt: expect.any(String),
      ...payment,
    });
    expect((await pay(finance, id, payment)).status).toBe(409);
    const file = (await read(rep, id)).body;
    expect(file).toMatchObject({ status: 'paid', payment: paid.body });
    expect(file.paidAt).toBe(paid.body.recordedAt);
    expect(await line('2027-01', 'travel')).toMatchObject({ reserved: 0, spent: 150_000, available: 50_000 });
    await eventually(
      async () => emailsTo('exrep@test.example').find((mail) => mail.text.includes('TR-20270120-001')),
      30_000,
      'the payment to the claimant',
    );
  });

  it('above the threshold needs the general manager; finance’s refusal releases it and tells management', async () => {
    const id = await claimFor(rep, {
      category: 'training',
      amount: 600_000,
      date: '2027-12-10',
      reason: '年度销售技能培训',
    });
    expect((await submit(rep, id)).status).toBe(202);
    await approveNext('exsup@test.example', id);
    await approveNext('exmgr@test.example', id);
    await approveNext('exgm@test.example', id);
    const financeLink = await waitForLink('exfin@test.example', id);
    expect((await decideByLink(financeLink, 'reject', '发票抬头不符')).status).toBe(200);
    const refused = await statusBecomes(id, 'refused');
    expect(refused.lastRejection).toMatchObject({ step: 'finance-payment', comment: '发票抬头不符' });
    expect(await line('2027-12', 'training')).toMatchObject({ reserved: 0, spent: 0, available: 1_100_000 });
    for (const who of ['exmgr@test.example', 'exgm@test.example', 'exrep@test.example'])
      await eventually(
        async () =>
          emailsTo(who).find((mail) => mail.subject.includes('拒付') && mail.text.includes('发票抬头不符')),
        30_000,
        `the refusal to ${who}`,
      );
  });

  it.each([
    ['the sales manager', ['exsup@test.example'], 'exmgr@test.example', 'sales-manager-approval'],
    [
      'the general manager',
      ['exsup@test.example', 'exmgr@test.example'],
      'exgm@test.example',
      'senior-approval',
    ],
  ])('rejected by %s is back with the claimant and released', async (_who, before, rejecter, step) => {
    const id = await claimFor(rep, {
      category: 'training',
      amount: 550_000,
      date: '2027-12-11',
      reason: '外部培训',
    });
    expect((await submit(rep, id)).status).toBe(202);
    for (const approver of before) await approveNext(approver, id);
    const link = await waitForLink(rejecter, id);
    expect((await decideByLink(link, 'reject', '暂缓')).status).toBe(200);
    const rejected = await statusBecomes(id, 'rejected');
    expect(rejected.lastRejection).toMatchObject({ step, comment: '暂缓' });
    expect(await line('2027-12', 'training')).toMatchObject({ reserved: 0 });
  });

  it('reminds an approver who is late, then escalates the step to another holder of its role', async () => {
    const id = await claimFor(rep, {
      category: 'travel',
      amount: 3_000,
      date: '2027-01-25',
      reason: '展会差旅',
    });
    expect((await submit(rep, id)).status).toBe(202);
    await approveNext('exsup@test.example', id);
    await approveNext('exmgr@test.example', id);
    const first = await waitForLink('exfin@test.example', id);
    const { handler: deadlinesJob } = await import('../../functions/approvals/approval-deadlines.ts');
    const { lambdaContext } = await import('../../local/lambda-context.ts');
    const pending = (await read(rep, id)).body.reviews.find(
      (step: { step: string }) => step.step === 'finance-payment',
    );
    const fire = (at: number) =>
      asFunction('approval-deadlines', () =>
        (deadlinesJob as (e: unknown, c: unknown) => Promise<{ counts: Record<string, number> }>)(
          { scheduledTime: new Date(at).toISOString() },
          lambdaContext('approval-deadlines', undefined, 300),
        ),
      );
    expect((await fire(Date.parse(pending.dueAt) + 60_000)).counts.reminded).toBeGreaterThanOrEqual(1);
    const reminder = await waitForLink(
      'exfin@test.example',
      id,
      first.id === first.id ? undefined : undefined,
    );
    expect((await fire(Date.parse(pending.dueAt) + 49 * 3_600_000)).counts.escalated).toBeGreaterThanOrEqual(
      1,
    );
    const deputy = await waitForLink('exfin2@test.example', id);
    expect((await decideByLink(reminder, 'approve')).status).toBe(404);
    expect((await decideByLink(deputy, 'approve')).status).toBe(200);
    const approved = await statusBecomes(id, 'approved');
    expect(approved.reviews.at(-1)).toMatchObject({
      step: 'finance-payment',
      approverId: 'EXFIN2',
      escalatedFrom: 'EXFIN',
    });
    // The escalated step's holder decided; any of finance records the payment.
    const paid = await pay(finance, id, { amount: 3_000, paidOn: today(), reference: 'TR-2' });
    expect(paid.status).toBe(201);
  });

  it('rejected at a step is released and can be submitted again; withdrawn before any decision is released', async () => {
    const id = await claimFor(rep, {
      category: 'entertainment',
      amount: 8_000,
      date: '2027-02-03',
      reason: '客户宴请',
    });
    expect((await submit(rep, id)).status).toBe(202);
    const link = await waitForLink('exsup@test.example', id);
    expect((await decideByLink(link, 'reject', '请附发票')).status).toBe(200);
    await statusBecomes(id, 'rejected');
    expect(await line('2027-02', 'entertainment')).toMatchObject({ reserved: 0, available: 10_000 });
    expect((await submit(rep, id)).status).toBe(202);
    expect((await read(rep, id)).body.round).toBe(2);
    const withdrawn = await expenses(
      'POST /expenses/claims/{id}/withdraw',
      `/expenses/claims/${id}/withdraw`,
      { caller: rep },
    );
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect(await line('2027-02', 'entertainment')).toMatchObject({ reserved: 0, available: 10_000 });
  });

  it('withdrawn before its stop reached the step: the step cannot be decided any more', async () => {
    const id = await claimFor(rep, {
      category: 'entertainment',
      amount: 500,
      date: '2027-02-04',
      reason: '茶歇',
    });
    expect((await submit(rep, id)).status).toBe(202);
    const link = await waitForLink('exsup@test.example', id);
    // The withdrawal is committed; its event (which stops the review) has not been handled yet.
    const { getClaim, claimWrites } = await import('../../functions/expenses/store.ts');
    const { withdrawClaim } = await import('../../functions/expenses/rules.ts');
    const { commit } = await import('../../functions/shared/transaction.ts');
    const claim = (await getClaim(id))!;
    await commit(claimWrites(claim, withdrawClaim(claim, false, new Date().toISOString()), rep.id));
    const late = await decideByLink(link, 'approve');
    expect(late.status).toBe(409);
    expect(late.body).toContain('withdrawn');
    const { getApproval } = await import('../../functions/approvals/store.ts');
    expect((await getApproval(link.id))?.status).toBe('pending');
    expect((await decideByToken(link.id, supervisor, 'approve')).status).toBe(409);
  });

  it('is refused over budget; fifty at once against a line that fits ten: exactly ten are reserved', async () => {
    const ids = await Promise.all(
      crowd.map((person) =>
        claimFor(person, { category: 'training', amount: 10_000, date: '2027-03-20', reason: '产品培训' }),
      ),
    );
    // A careful client retries what was merely contended ("retry shortly").
    const outcomes = await Promise.all(
      ids.map(async (id, n) => {
        for (;;) {
          const answer = await submit(crowd[n]!, id);
          if (answer.status !== 409 || !/retry shortly/.test(answer.body.detail ?? '')) return answer;
        }
      }),
    );
    const accepted = outcomes.filter((answer) => answer.status === 202);
    const refused = outcomes.filter((answer) => answer.status === 409);
    expect(accepted).toHaveLength(10);
    expect(refused).toHaveLength(40);
    for (const answer of refused) expect(answer.body.detail).toMatch(/^Over budget/);
    expect(await line('2027-03', 'training')).toMatchObject({
      budgeted: 100_000,
      reserved: 100_000,
      spent: 0,
      available: 0,
    });
    const noBudget = await claimFor(rep, {
      category: 'advertising',
      amount: 1,
      date: '2027-03-20',
      reason: '广告',
    });
    expect((await submit(rep, noBudget)).status).toBe(400);
  });
});

describe('receipts', () => {
  const attach = (who: Person, id: string, body: unknown) =>
    expenses('POST /expenses/claims/{id}/receipts', `/expenses/claims/${id}/receipts`, {
      caller: who,
      body,
    });

  it('are required above the small-amount threshold: refused without one, nothing reserved, accepted with one', async () => {
    const created = await expenses('POST /expenses/claims', '/expenses/claims', {
      caller: rep,
      body: { category: 'travel', amount: 20_001, date: '2027-01-22', reason: '酒店' },
    });
    const id = created.body.id as string;
    const before = await line('2027-01', 'travel');
    const refused = await submit(rep, id);
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/over CNY 200.00: attach its receipt or invoice/);
    expect((await read(rep, id)).body.status).toBe('draft');
    expect(await line('2027-01', 'travel')).toEqual(before);
    await receiptFor(rep, id);
    expect((await submit(rep, id)).status).toBe(202);
    expect((await line('2027-01', 'travel')).reserved).toBe(before.reserved + 20_001);
    expect(
      (
        await expenses('POST /expenses/claims/{id}/withdraw', `/expenses/claims/${id}/withdraw`, {
          caller: rep,
        })
      ).status,
    ).toBe(200);
  });

  it('are uploaded through a presigned URL, checked at submit, and downloaded by those who may read the claim', async () => {
    const id = await claimFor(rep, {
      category: 'travel',
      amount: 2_000,
      date: '2027-01-21',
      reason: '高铁票',
    });
    expect(
      (await attach(rep, id, { fileName: 'invoice.html', contentType: 'text/html', size: 10 })).status,
    ).toBe(400);
    expect(
      (
        await attach(rep, id, {
          fileName: 'big.pdf',
          contentType: 'application/pdf',
          size: 10 * 1024 * 1024 + 1,
        })
      ).status,
    ).toBe(400);
    expect(
      (await attach(supervisor, id, { fileName: 'a.pdf', contentType: 'application/pdf', size: pdf.length }))
        .status,
    ).toBe(403);
    const attached = await attach(rep, id, {
      fileName: '发票.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
    });
    expect(attached.status).toBe(201);
    // Not uploaded yet: the claim cannot go to its approvers.
    expect((await submit(rep, id)).status).toBe(409);
    const { upload, receipt } = attached.body;
    // The URL is signed for this type and size: another file, or a tampered URL, is refused.
    const other = await fetch(upload.url, {
      method: 'PUT',
      body: pdf,
      headers: { 'content-type': 'text/html' },
    });
    expect(other.status).toBe(403);
    // Another receipt's key: the id's last character changed (to one it is not).
    const otherKey = receipt.id.replace(/.$/, (last: string) => (last === '0' ? '1' : '0'));
    const tampered = await fetch(upload.url.replace(receipt.id, otherKey), {
      method: 'PUT',
      body: pdf,
      headers: upload.headers,
    });
    expect(tampered.status).toBe(403);
    const put = await fetch(upload.url, { method: 'PUT', body: pdf, headers: upload.headers });
    expect(put.status).toBe(200);
    expect((await submit(rep, id)).status).toBe(202);
    // Submitted: its receipts cannot change.
    expect(
      (await attach(rep, id, { fileName: 'b.pdf', contentType: 'application/pdf', size: 5 })).status,
    ).toBe(409);
    const claim = await read(rep, id);
    expect(claim.body.receipts).toEqual([
      expect.objectContaining({ id: receipt.id, fileName: '发票.pdf', size: pdf.length }),
    ]);
    const path = `/expenses/claims/${id}/receipts/${receipt.id}`;
    const asked = await expenses('GET /expenses/claims/{id}/receipts/{receiptId}', path, {
      caller: auditor,
    });
    expect(asked.status).toBe(200);
    const file = await fetch(asked.body.url);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="receipt-${receipt.id}.pdf"`);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(pdf);
    expect(
      (
        await expenses('GET /expenses/claims/{id}/receipts/{receiptId}', path, {
          caller: { id: 'EXC2', roles: ['sales_rep'] },
        })
      ).status,
    ).toBe(403);
  });
});

describe('audit and reports', () => {
  it('lets the auditor read claims, budgets and the trail, and change nothing', async () => {
    const id = await claimFor(rep, {
      category: 'travel',
      amount: 1_000,
      date: '2027-01-20',
      reason: '市内交通',
    });
    expect((await read(auditor, id)).status).toBe(200);
    expect((await read({ id: 'EXC1', roles: ['sales_rep'] }, id)).status).toBe(403);
    const trail = await expenses('GET /expenses/claims/{id}/audit', `/expenses/claims/${id}/audit`, {
      caller: auditor,
    });
    expect(trail.body.items).toEqual([expect.objectContaining({ action: 'created', actorId: 'EXREP' })]);
    expect(
      (
        await expenses('POST /expenses/claims', '/expenses/claims', {
          caller: auditor,
          body: { category: 'travel', amount: 1, date: '2027-01-20', reason: 'x' },
        })
      ).status,
    ).toBe(403);
    expect((await submit(auditor, id)).status).toBe(403);
    expect(
      (await expenses('GET /expenses/budgets/{year}', '/expenses/budgets/2027', { caller: auditor })).status,
    ).toBe(200);
  });

  it('reports budget against actual as JSON and as CSV Excel reads', async () => {
    const json = await expenses('GET /expenses/report', '/expenses/report', {
      caller: manager,
      query: { period: '2027-Q1' },
    });
    expect(json.status).toBe(200);
    const travel = json.body.rows.find(
      (row: { category: string; scope: string }) => row.category === 'travel' && row.scope === 'department',
    );
    expect(travel).toMatchObject({ budgeted: 600_000, spent: 153_000 });
    expect(json.body.byClaimant).toEqual(
      expect.arrayContaining([{ claimantId: 'EXREP', claims: 2, paid: 153_000 }]),
    );
    const csv = await expenses('GET /expenses/report', '/expenses/report', {
      caller: finance,
      query: { period: '2027-01', format: 'csv' },
    });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.startsWith('\uFEFFcategory,scope,budgeted')).toBe(true);
    // January: the paid claim, and the receipt's claim still under review.
    expect(csv.body).toContain('travel,department,200000,2000,153000,45000');
    expect(
      (
        await expenses('GET /expenses/report', '/expenses/report', {
          caller: rep,
          query: { period: '2027' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await expenses('GET /expenses/report', '/expenses/report', {
          caller: manager,
          query: { period: '2027-13' },
        })
      ).status,
    ).toBe(400);
  });

  it('reads the period asked for, however many claims were paid in other periods', async () => {
    const { commit } = await import('../../functions/shared/transaction.ts');
    const { claimWrites, payoutWrite } = await import('../../functions/expenses/store.ts');
    const before = (
      await expenses('GET /expenses/report', '/expenses/report', {
        caller: manager,
        query: { period: '2027-Q1' },
      })
    ).body;
    // A hundred and fifty claims paid in other years, as the payout Task records them.
    const at = new Date().toISOString();
    for (let n = 0; n < 150; n++) {
      const claim = {
        id: `EXOLD${String(n).padStart(3, '0')}`.padEnd(26, '0'),
        claimantId: rep.id,
        category: 'travel' as const,
        amount: 1_000,
        currency: 'CNY',
        date: `202${n % 2 ? 5 : 6}-0${1 + (n % 9)}-10`,
        reason: '旧差旅',
        status: 'paid' as const,
        round: 1,
        paidAt: at,
        version: 1,
        createdAt: at,
        updatedAt: at,
      };
      await commit([claimWrites(undefined, claim, 'test')[0]!, payoutWrite(claim)]);
    }
    const metered = recordDynamoCalls();
    const after = await expenses('GET /expenses/report', '/expenses/report', {
      caller: manager,
      query: { period: '2027-Q1' },
    });
    expect(after.body).toEqual(before);
    expect(metered.map((call) => call.command)).toEqual(['QueryCommand', 'QueryCommand']);
    const old = await expenses('GET /expenses/report', '/expenses/report', {
      caller: manager,
      query: { period: '2026' },
    });
    expect(old.body.byClaimant).toEqual([{ claimantId: rep.id, claims: 75, paid: 75_000 }]);
  });

  it('flags last month’s deviations from budget to the sales manager and finance, once a month', async () => {
    const { handler: job } = await import('../../functions/expenses/budget-deviations.ts');
    const { lambdaContext } = await import('../../local/lambda-context.ts');
    const result = (await asFunction('budget-deviations', () =>
      job({ scheduledTime: '2027-02-01T00:00:00.000Z' }, lambdaContext('budget-deviations', undefined, 300)),
    )) as {
      counts: Record<string, number>;
    };
    // Both sales managers and both finance staff.
    expect(result.counts).toMatchObject({ emails: 4 });
    const mail = emailsTo('exmgr@test.example').find((candidate) =>
      candidate.subject.startsWith('2027-01 费用'),
    );
    expect(mail?.text).toContain('travel · department: 预算 CNY 2,000.00, 实际 CNY 1,530.00 (-23 %)');
    expect(
      emailsTo('exfin@test.example').some((candidate) => candidate.subject.startsWith('2027-01 费用')),
    ).toBe(true);
  });
});

describe('an approver away', () => {
  it('names a delegate for some days: the step asked of them then goes to the delegate, and they see how it was decided', async () => {
    const { handler: approvalsApi } = await import('../../functions/approvals/handler.ts');
    const approvals = caller(approvalsApi);
    const delegate = (who: Person, body: Record<string, unknown>) =>
      approvals('POST /delegations', '/delegations', { caller: who, body });
    const soon = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const away = { delegateId: 'EXFIN2', from: today(), to: soon(3), reason: '年假' };
    // Someone with the same authority, not oneself; not a rep who decides nothing.
    expect((await delegate(finance, { ...away, delegateId: 'EXFIN' })).status).toBe(400);
    expect((await delegate(finance, { ...away, delegateId: 'EXREP' })).body.errors[0].message).toContain(
      'finance',
    );
    expect((await delegate(finance, { ...away, to: soon(200) })).status).toBe(400);
    expect((await delegate(rep, { ...away, delegateId: 'EXSUP' })).status).toBe(403);
    // Two at once: one is made, the other sees it (both cover today, so whichever is made, the
    // claim's finance step below goes to the delegate).
    const both = await Promise.all([delegate(finance, away), delegate(finance, { ...away, to: soon(2) })]);
    expect(both.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const made = both.find((answer) => answer.status === 201)!.body;
    expect((await delegate(finance, { ...away, from: soon(2), to: soon(5) })).status).toBe(409);
    const mine = await approvals('GET /delegations', '/delegations', { caller: finance });
    expect(mine.body.items.map((item: { id: string }) => item.id)).toEqual([made.id]);
    const standingIn = await approvals('GET /delegations', '/delegations', {
      caller: { id: 'EXFIN2', roles: ['finance'] },
      query: { as: 'delegate' },
    });
    expect(standingIn.body.items.map((item: { id: string }) => item.id)).toEqual([made.id]);

    const id = await claimFor(rep, {
      category: 'travel',
      amount: 2_500,
      date: '2027-01-27',
      reason: '客户拜访',
    });
    expect((await submit(rep, id)).status).toBe(202);
    await approveNext('exsup@test.example', id);
    await approveNext('exmgr@test.example', id);
    // The finance step goes to the delegate, never to the approver away.
    const link = await waitForLink('exfin2@test.example', id);
    expect(emailsTo('exfin@test.example').some((mail) => mail.text.includes(id.slice(-8)))).toBe(false);
    expect((await decideByLink(link, 'approve', '代审批')).status).toBe(200);
    const approved = await statusBecomes(id, 'approved');
    expect(approved.reviews.at(-1)).toMatchObject({
      approverId: 'EXFIN2',
      delegatedFrom: 'EXFIN',
      decision: 'approve',
    });

    // The approver sees what was decided for them; a colleague does not; the delegate cannot cancel it.
    const file = await approvals('GET /delegations/{id}', `/delegations/${made.id}`, { caller: finance });
    expect(file.body.steps).toEqual([
      expect.objectContaining({
        step: 'finance-payment',
        status: 'approved',
        decidedBy: 'EXFIN2',
        comment: '代审批',
      }),
    ]);
    expect(
      (await approvals('GET /delegations/{id}', `/delegations/${made.id}`, { caller: rep })).status,
    ).toBe(403);
    const cancel = (who: Person) =>
      approvals('POST /delegations/{id}/cancel', `/delegations/${made.id}/cancel`, { caller: who });
    expect((await cancel({ id: 'EXFIN2', roles: ['finance'] })).status).toBe(403);
    expect((await cancel(finance)).body).toMatchObject({ status: 'cancelled' });
    expect((await cancel(finance)).status).toBe(409);
    // Cancelled, it no longer stands in the way of another.
    expect((await delegate(finance, { ...away, from: soon(2), to: soon(5) })).status).toBe(201);
  });
});

describe('someone asked to decide leaves', () => {
  it('the step waiting on them moves to another holder of its role within the hour, however young it is', async () => {
    const { handler: employeesApi } = await import('../../functions/employees/handler.ts');
    const employees = caller(employeesApi);
    const id = await claimFor(rep, {
      category: 'travel',
      amount: 2_000,
      date: '2027-01-26',
      reason: '客户拜访',
    });
    expect((await submit(rep, id)).status).toBe(202);
    await approveNext('exsup@test.example', id);
    await approveNext('exmgr@test.example', id);
    const left = await waitForLink('exfin@test.example', id);
    const gone = await employees('POST /employees/{id}/leave', '/employees/EXFIN/leave', {
      caller: manager,
      body: { successorId: 'EXREP', reason: '调往集团财务' },
    });
    expect(gone.status).toBe(200);
    const { handler: deadlinesJob } = await import('../../functions/approvals/approval-deadlines.ts');
    const { lambdaContext } = await import('../../local/lambda-context.ts');
    // The next hour: the step is not due for days, and moves anyway.
    const fired = (await asFunction('approval-deadlines', () =>
      (deadlinesJob as (e: unknown, c: unknown) => Promise<{ counts: Record<string, number> }>)(
        { scheduledTime: new Date(Date.now() + 3_600_000).toISOString() },
        lambdaContext('approval-deadlines', undefined, 300),
      ),
    )) as { counts: Record<string, number> };
    expect(fired.counts.escalated).toBeGreaterThanOrEqual(1);
    const deputy = await waitForLink('exfin2@test.example', id);
    expect((await decideByLink(left, 'approve')).status).toBe(404);
    expect((await decideByLink(deputy, 'approve')).status).toBe(200);
    const approved = await statusBecomes(id, 'approved');
    expect(approved.reviews.at(-1)).toMatchObject({ approverId: 'EXFIN2', escalatedFrom: 'EXFIN' });
  });
});
