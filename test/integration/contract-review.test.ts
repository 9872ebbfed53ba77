import { SendEmailCommand } from '@aws-sdk/client-sesv2';
import { asFunction } from '../../local/data-scope.ts';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  approvals,
  decideByLink,
  decideByToken,
  emailAbout,
  linksTo,
  mailWith,
  ses,
  startReviews,
  waitForLink,
} from '../support/reviews.ts';
import { draftContract as seedContract, seedCustomer, seedProduct } from '../support/builders.ts';
import { caller, lambdaContext } from '../support/events.ts';
import { archivedSignedScan, completeSigning, startDocumentStore } from '../support/documents.ts';
import { addEmployee, prepareTable } from '../support/table.ts';
import { eventually } from '../support/wait.ts';

/**
 * The contract-review state machine on the local engine (the same ASL, the same task handlers),
 * with DynamoDB Local and SES mocked: approvals, rejections, resubmission, timeout, escalation, and
 * what a link token or bearer token may and may not do.
 */
const documents = await startDocumentStore('test-contract-review');
const { handler: contractsApi } = await import('../../functions/contracts/handler.ts');
const { handler: deadlinesJob } = await import('../../functions/approvals/approval-deadlines.ts');

const contracts = caller(contractsApi);

const people = {
  rep: { id: 'CRREP', roles: ['sales_rep'] as const },
  manager: { id: 'CRMGR', roles: ['sales_manager'] as const },
  legal: { id: 'CRLEGAL', roles: ['legal'] as const },
  counsel: { id: 'CRCOUNSEL', roles: ['general_manager'] as const },
  admin: { id: 'CRADM', roles: ['sales_admin'] as const },
};

let reviews: Awaited<ReturnType<typeof startReviews>>;
let customer: { customerId: string; contactId: string };
let productId: string;

beforeAll(async () => {
  await prepareTable([
    { id: 'CRREP', roles: ['sales_rep'] },
    { id: 'CRADM', roles: ['sales_admin'] },
  ]);
  // The manager and legal report to the general manager. A second holder of the legal role is the
  // one an overdue legal step escalates to (the general manager may not decide it).
  await addEmployee({ id: 'CRCOUNSEL', name: 'Counsel', roles: ['general_manager'], locale: 'en' });
  await addEmployee({ id: 'CRMGR', roles: ['sales_manager'], supervisorId: 'CRCOUNSEL' });
  await addEmployee({ id: 'CRLEGAL', name: 'Legal', roles: ['legal'], supervisorId: 'CRCOUNSEL' });
  await addEmployee({
    id: 'CRZDEPUTY',
    name: 'Deputy',
    roles: ['legal'],
    locale: 'en',
    supervisorId: 'CRCOUNSEL',
  });
  reviews = await startReviews();
  customer = await seedCustomer(people.rep, 'Review Works');
  productId = await seedProduct(people.admin);
});

afterAll(async () => {
  await reviews.stop();
  await documents.stop();
});
beforeEach(() => ses.resetHistory());

/** An accepted quote turned into a draft contract. */
const draftContract = () => seedContract(people.rep, customer, productId);

const submit = (id: string) =>
  contracts('POST /contracts/{id}/submit', `/contracts/${id}/submit`, {
    caller: people.rep,
    headers: { host: 'api.test' },
  });
const readContract = async (id: string) =>
  (await contracts('GET /contracts/{id}', `/contracts/${id}`, { caller: people.rep })).body;
const statusBecomes = (id: string, status: string) =>
  eventually(
    async () => ((await readContract(id)).status === status ? true : undefined),
    30_000,
    `contract ${status}`,
  );
const mailText = (to: string, link: { token: string }) => mailWith(to, link).text;
const subjectOf = (to: string, link: { token: string }) => mailWith(to, link).subject;

describe('contract review on the local engine', () => {
  it('approve, approve: the contract is approved, the rep told, then signed and effective', async () => {
    const id = await draftContract();
    const submitted = await submit(id);
    expect(submitted.status).toBe(202);
    expect(submitted.body).toMatchObject({ status: 'under_review', reviewRound: 1 });

    const managerLink = await waitForLink('crmgr@test.example', id);
    const page = await approvals('GET /approvals/{id}', `/approvals/${managerLink.id}`, {
      query: { t: managerLink.token },
    });
    expect(page.status).toBe(200);
    expect(page.body).toContain('GB/T 23581');
    // The manager reads Chinese: the page and the email speak it throughout, times in the company's zone.
    for (const text of [
      page.body,
      subjectOf('crmgr@test.example', managerLink) ?? '',
      mailText('crmgr@test.example', managerLink),
    ]) {
      expect(text).not.toMatch(/Contract |Total:|lines,|sales-manager-review|\d\d:\d\d(:\d\d(\.\d+)?)?Z\b/);
    }
    expect(page.body).toMatch(/合同 \w{8}（Review Works）/);
    expect(page.body).toContain('销售经理审核 · 第 1 轮');
    // The whole subject: its lines and terms.
    expect(page.body).toMatch(/Press YH32 × 3 set @ CNY 50,000.00 = CNY 150,000.00/);
    expect(page.body).toContain('售后服务：1 year');
    expect(mailText('crmgr@test.example', managerLink)).toMatch(/合计：CNY [\d,.]+（1 项，报价第 1 版）/);
    expect(mailText('crmgr@test.example', managerLink)).toMatch(
      /截止时间：\d{4}-\d\d-\d\d \d\d:\d\d \(Asia\/Shanghai\)/,
    );
    expect((await decideByLink(managerLink, 'approve')).status).toBe(200);

    const legalLink = await waitForLink('crlegal@test.example', id);
    expect(legalLink.id).not.toBe(managerLink.id);
    expect((await decideByToken(legalLink.id, people.legal, 'approve', '条款合规')).status).toBe(200);
    await statusBecomes(id, 'approved');
    expect((await emailAbout('crrep@test.example', id)).subject).toMatch(/^已通过审批/);

    const contract = await readContract(id);
    expect(
      contract.reviews.map(
        (review: { step: string; decision: string }) => `${review.step}:${review.decision}`,
      ),
    ).toEqual(['sales-manager-review:approve', 'legal-review:approve']);
    // It takes effect only complete (§3.4.3): both stamps, and the signed copy's scan in the archive.
    const sign = (body: Record<string, unknown>) =>
      contracts('POST /contracts/{id}/sign', `/contracts/${id}/sign`, { caller: people.rep, body });
    const scan = await archivedSignedScan(people.rep, customer.customerId);
    const withoutStamp = await sign({ ...completeSigning(scan), customerStamp: false });
    expect(withoutStamp.status).toBe(400);
    expect(JSON.stringify(withoutStamp.body.errors)).toContain('customer’s stamp');
    const { ourStamp: _missing, ...unstamped } = completeSigning(scan);
    expect((await sign(unstamped)).status).toBe(400);
    const otherCustomer = await seedCustomer(people.rep, 'Other Review Works');
    const otherScan = await sign(
      completeSigning(await archivedSignedScan(people.rep, otherCustomer.customerId)),
    );
    expect(otherScan.status).toBe(400);
    expect(otherScan.body.errors[0]).toMatchObject({ in: 'body', path: 'signedScanId' });
    const notUploaded = await sign(
      completeSigning(await archivedSignedScan(people.rep, customer.customerId, false)),
    );
    expect(notUploaded.status).toBe(409);
    expect(notUploaded.body.detail).toMatch(/has not been uploaded yet/);
    expect((await sign(completeSigning(id))).status).toBe(400); // not a document at all
    expect((await readContract(id)).status).toBe('approved');
    const signed = await sign(completeSigning(scan));
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({
      status: 'effective',
      signing: { ourStamp: true, customerStamp: true, signedScanId: scan, ourSignatory: '王强' },
    });
  });

  it('a rejection by the manager returns it to draft with the comment; a resubmission starts round 2', async () => {
    const id = await draftContract();
    await submit(id);
    const managerLink = await waitForLink('crmgr@test.example', id);
    expect((await decideByLink(managerLink, 'reject')).status).toBe(400); // a rejection needs a comment
    expect((await decideByLink(managerLink, 'reject', 'Liability clause too weak')).status).toBe(200);
    await statusBecomes(id, 'draft');
    expect((await readContract(id)).lastRejection).toMatchObject({
      step: 'sales-manager-review',
      comment: 'Liability clause too weak',
      by: 'CRMGR',
    });

    const edited = await contracts('PATCH /contracts/{id}', `/contracts/${id}`, {
      caller: people.rep,
      body: { breachLiability: '0.1% of the total per day of delay, capped at 10%' },
      headers: { 'if-match': `"${(await readContract(id)).version}"` },
    });
    expect(edited.status).toBe(200);
    expect((await submit(id)).body.reviewRound).toBe(2);
    const second = await waitForLink('crmgr@test.example', id, managerLink.id);
    await decideByLink(second, 'approve');
    const legal = await waitForLink('crlegal@test.example', id);
    await decideByToken(legal.id, people.legal, 'approve');
    await statusBecomes(id, 'approved');
    expect(
      (await readContract(id)).reviews.map(
        (review: { round: number; decision: string }) => `${review.round}:${review.decision}`,
      ),
    ).toEqual(['1:reject', '2:approve', '2:approve']);
  });

  it('a rejection by legal returns it to draft too', async () => {
    const id = await draftContract();
    await submit(id);
    await decideByLink(await waitForLink('crmgr@test.example', id), 'approve');
    const legal = await waitForLink('crlegal@test.example', id);
    expect((await decideByToken(legal.id, people.legal, 'reject', '违约条款不符合合同法')).status).toBe(200);
    await statusBecomes(id, 'draft');
    expect((await readContract(id)).lastRejection).toMatchObject({
      step: 'legal-review',
      comment: '违约条款不符合合同法',
    });
  });
});

describe('approval links and tokens', () => {
  it('refuse tampered, reused, foreign and concurrent decisions, and reading the page changes nothing', async () => {
    const id = await draftContract();
    await submit(id);
    const link = await waitForLink('crmgr@test.example', id);
    // Two characters changed, whatever they were.
    const tampered = {
      ...link,
      token: `${link.token.slice(0, -2)}${link.token.endsWith('xx') ? 'yy' : 'xx'}`,
    };
    expect(
      (await approvals('GET /approvals/{id}', `/approvals/${link.id}`, { query: { t: tampered.token } }))
        .status,
    ).toBe(404);
    expect((await decideByLink(tampered, 'approve')).status).toBe(404);
    expect(
      (await approvals('HEAD /approvals/{id}', `/approvals/${link.id}`, { query: { t: link.token } })).status,
    ).toBe(200);
    expect(
      (await approvals('GET /approvals', '/approvals', { caller: people.manager })).body.items,
    ).toHaveLength(1);
    expect((await decideByToken(link.id, people.legal, 'approve')).status).toBe(403);

    const [first, second] = await Promise.all([
      decideByLink(link, 'approve'),
      decideByToken(link.id, people.manager, 'reject', 'no'),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    expect((await decideByLink(link, 'approve')).status).toBe(409);
    const page = await approvals('GET /approvals/{id}', `/approvals/${link.id}`, {
      query: { t: link.token },
    });
    expect(page.status).toBe(409);
    expect(page.body).toContain('该审批步骤已处理'); // the manager reads Chinese
  });

  it('escalate an overdue step to another holder of its role with a new link; the old one stops working', async () => {
    const id = await draftContract();
    await submit(id);
    await decideByLink(await waitForLink('crmgr@test.example', id), 'approve');
    const legal = await waitForLink('crlegal@test.example', id);
    const pending = (await approvals('GET /approvals', '/approvals', { caller: people.legal })).body.items[0];
    const dueAt = Date.parse(pending.dueAt);
    const fire = (at: number) =>
      asFunction('approval-deadlines', () =>
        (deadlinesJob as (e: unknown, c: unknown) => Promise<{ counts: Record<string, number> }>)(
          { scheduledTime: new Date(at).toISOString() },
          lambdaContext,
        ),
      );

    const reminded = await fire(dueAt + 60_000);
    expect(reminded.counts.reminded).toBeGreaterThanOrEqual(1);
    const reminder = await eventually(async () =>
      linksTo('crlegal@test.example').find((link) => link.id === legal.id && link.token !== legal.token),
    );
    expect(subjectOf('crlegal@test.example', reminder)).toMatch(/^催办/);
    expect((await decideByLink(legal, 'approve')).status).toBe(404); // replaced by the reminder's link

    const escalated = await fire(dueAt + 49 * 3_600_000);
    // Other tests' legal steps may be waiting too: each escalates alike.
    expect(escalated.counts.escalated).toBeGreaterThanOrEqual(1);
    // Another holder of the legal role takes it over; the general manager, legal's supervisor, may not decide it.
    const deputy = await eventually(async () =>
      linksTo('crzdeputy@test.example').find((link) => link.id === legal.id),
    );
    expect(linksTo('crcounsel@test.example').find((link) => link.id === legal.id)).toBeUndefined();
    expect((await decideByLink(reminder, 'approve')).status).toBe(404);
    expect((await decideByLink(deputy, 'approve')).status).toBe(200);
    await statusBecomes(id, 'approved');
    const review = (await readContract(id)).reviews.find(
      (entry: { step: string }) => entry.step === 'legal-review',
    );
    expect(review).toMatchObject({
      approverId: 'CRZDEPUTY',
      escalatedFrom: 'CRLEGAL',
      decidedBy: 'CRZDEPUTY',
    });
  });
});

describe('timeout', () => {
  it('returns the contract to draft when nobody decides in time, and a late decision changes nothing', async () => {
    process.env.APPROVAL_SETTINGS = JSON.stringify({ reviewTimeoutDays: 2 / 86_400 });
    try {
      const id = await draftContract();
      await submit(id);
      const link = await waitForLink('crmgr@test.example', id);
      await statusBecomes(id, 'draft');
      const contract = await readContract(id);
      expect(contract.lastRejection).toMatchObject({ by: 'workflow' });
      expect(contract.reviews[0]).toMatchObject({ status: 'expired' });
      expect(
        (await approvals('GET /approvals', '/approvals', { caller: people.manager })).body.items,
      ).toEqual([]);
      const late = await decideByLink(link, 'approve');
      expect(late.status).toBe(410);
      expect(late.body).toContain('expired');
    } finally {
      delete process.env.APPROVAL_SETTINGS;
    }
  });
});

describe('reviews that never get stuck', () => {
  it('a review whose approval request cannot be sent returns the contract to its rep, who can submit it again', async () => {
    ses
      .on(SendEmailCommand, { Destination: { ToAddresses: ['crmgr@test.example'] } })
      .rejects(new Error('MessageRejected'));
    const id = await draftContract();
    await submit(id);
    await statusBecomes(id, 'draft');
    const contract = await readContract(id);
    expect(contract.lastRejection).toMatchObject({ step: 'review', by: 'workflow' });
    expect(contract.lastRejection.comment).toMatch(/could not go on/);
    await emailAbout('crrep@test.example', id);
    ses.reset();
    ses.on(SendEmailCommand).resolves({ MessageId: 'm' });
    await submit(id);
    expect((await decideByLink(await waitForLink('crmgr@test.example', id), 'approve')).status).toBe(200);
  });

  it('an outcome Task that keeps failing ends the review as failed, with the contract back with its rep', async () => {
    const id = await draftContract();
    await submit(id);
    await decideByLink(await waitForLink('crmgr@test.example', id), 'approve');
    const legal = await waitForLink('crlegal@test.example', id);
    // Every attempt to record this contract as approved fails (the Task and its three retries).
    type Command = { constructor: { name: string }; input: unknown };
    const original = DynamoDBClient.prototype.send as (this: unknown, ...args: unknown[]) => Promise<unknown>;
    let refused = 0;
    const spy = vi.spyOn(DynamoDBClient.prototype, 'send').mockImplementation(async function (
      this: unknown,
      command: Command,
      ...rest: unknown[]
    ) {
      const text = JSON.stringify(command.input);
      if (
        command.constructor.name === 'TransactWriteItemsCommand' &&
        text.includes(id) &&
        text.includes('{"S":"Contract"}') &&
        text.includes('"status":{"S":"approved"}')
      ) {
        refused++;
        throw Object.assign(new Error('injected fault'), { name: 'InternalServerError' });
      }
      return original.call(this, command, ...rest);
    } as never);
    try {
      expect((await decideByLink(legal, 'approve')).status).toBe(200);
      await statusBecomes(id, 'draft');
    } finally {
      spy.mockRestore();
    }
    expect(refused).toBe(4);
    const contract = await readContract(id);
    expect(contract.lastRejection).toMatchObject({ step: 'review', by: 'workflow' });
    expect(contract.lastRejection.comment).toMatch(/could not go on/);
    // The rep can submit it again.
    expect((await submit(id)).status).toBe(202);
  });

  it('withdrawing a contract under review stops the review and its links; it is a draft again (R-2.4.4)', async () => {
    const id = await draftContract();
    await submit(id);
    const link = await waitForLink('crmgr@test.example', id);
    const withdrawn = await contracts('POST /contracts/{id}/withdraw', `/contracts/${id}/withdraw`, {
      caller: people.rep,
    });
    expect(withdrawn.body).toMatchObject({ status: 'draft', reviewRound: 1 });
    await reviews.events.settle();
    const late = await decideByLink(link, 'approve');
    expect(late.status).toBe(410);
    expect((await readContract(id)).reviews[0]).toMatchObject({ status: 'expired' });
    expect(
      (await contracts('POST /contracts/{id}/withdraw', `/contracts/${id}/withdraw`, { caller: people.rep }))
        .status,
    ).toBe(409);
  });

  it('changing a contract under review stops the review and returns it to draft, to be submitted anew', async () => {
    const id = await draftContract();
    await submit(id);
    const link = await waitForLink('crmgr@test.example', id);
    const current = await contracts('GET /contracts/{id}', `/contracts/${id}`, { caller: people.rep });
    const changed = await contracts('PATCH /contracts/{id}', `/contracts/${id}`, {
      caller: people.rep,
      body: { paymentTerms: '50/50' },
      headers: { 'content-type': 'application/merge-patch+json', 'if-match': current.headers.etag! },
    });
    expect(changed.body).toMatchObject({ status: 'draft', paymentTerms: '50/50' });
    await reviews.events.settle();
    expect((await decideByLink(link, 'approve')).status).toBe(410);
    await submit(id);
    const second = await waitForLink('crmgr@test.example', id, link.id);
    expect((await decideByLink(second, 'approve')).status).toBe(200);
  });

  it("a sales manager's own contract is reviewed by his supervisor, and legal reads what it reviews", async () => {
    const own = await seedCustomer(people.manager, 'Manager Account');
    const id = await seedContract(people.manager, own, productId, 1);
    await contracts('POST /contracts/{id}/submit', `/contracts/${id}/submit`, { caller: people.manager });
    const supervisorLink = await waitForLink('crcounsel@test.example', id);
    expect(linksTo('crmgr@test.example').filter((link) => link.id === supervisorLink.id)).toEqual([]);
    expect((await decideByLink(supervisorLink, 'approve')).status).toBe(200);
    const legalLink = await waitForLink('crlegal@test.example', id);
    // Legal does not own the customer, yet reads the contract it is asked to decide.
    const read = await contracts('GET /contracts/{id}', `/contracts/${id}`, { caller: people.legal });
    expect(read.status).toBe(200);
    expect(read.body.lines).toHaveLength(1);
    expect(
      (await contracts('GET /contracts/{id}', `/contracts/${id}`, { caller: people.admin })).status,
    ).toBe(200);
    expect((await decideByLink(legalLink, 'approve')).status).toBe(200);
    await eventually(async () => {
      const contract = await contracts('GET /contracts/{id}', `/contracts/${id}`, { caller: people.manager });
      return contract.body.status === 'approved' ? true : undefined;
    });
  });
});
