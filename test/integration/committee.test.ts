import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  approvals,
  decideByLink,
  decideByToken,
  ses,
  startReviews,
  waitForLink,
} from '../support/reviews.ts';
import { draftContract as seedContract, seedCustomer, seedProduct } from '../support/builders.ts';
import { caller, type Person } from '../support/events.ts';
import { addEmployee, prepareTable } from '../support/table.ts';
import { eventually } from '../support/wait.ts';

/**
 * A committee step on the local review engine: a contract above the committee's amount ends its
 * review with the management committee (two of the general manager, finance and the sales
 * manager). Each member gets a link; two approvals decide it once, even when they arrive together,
 * and the seat left open expires; one rejection returns the contract to its owner.
 */
const { handler: contractsApi } = await import('../../functions/contracts/handler.ts');
const contracts = caller(contractsApi);
const { requestApproval } = await import('../../functions/approvals/requests.ts');
const { approvalSettings } = await import('../../functions/approvals/settings.ts');
const { getApproval } = await import('../../functions/approvals/store.ts');

const rep: Person = { id: 'CMREP', roles: ['sales_rep'] };
const admin: Person = { id: 'CMADM', roles: ['sales_admin'] };
const gm: Person = { id: 'CMGM', roles: ['general_manager'] };
const finance: Person = { id: 'CMFIN', roles: ['finance'] };
const legal: Person = { id: 'CMLEGAL', roles: ['legal'] };

let reviews: Awaited<ReturnType<typeof startReviews>>;
let customer: { customerId: string; contactId: string };
let productId: string;

beforeAll(async () => {
  await prepareTable([
    { id: 'CMREP', roles: ['sales_rep'] },
    { id: 'CMADM', roles: ['sales_admin'] },
  ]);
  await addEmployee({ id: 'CMGM', roles: ['general_manager'] });
  await addEmployee({ id: 'CMMGR', roles: ['sales_manager'], supervisorId: 'CMGM' });
  await addEmployee({ id: 'CMLEGAL', roles: ['legal'], supervisorId: 'CMGM' });
  await addEmployee({ id: 'CMFIN', roles: ['finance'], supervisorId: 'CMGM', locale: 'en' });
  reviews = await startReviews();
  customer = await seedCustomer(rep, 'Committee Works');
  productId = await seedProduct(admin);
});
afterAll(() => reviews.stop());
beforeEach(() => ses.resetHistory());

const readContract = async (id: string) =>
  (await contracts('GET /contracts/{id}', `/contracts/${id}`, { caller: rep })).body;

/** A contract of 25 presses (CNY 1,250,000.00), through the manager's and legal's steps to the committee. */
async function atTheCommittee() {
  const id = await seedContract(rep, customer, productId, 25);
  const submitted = await contracts('POST /contracts/{id}/submit', `/contracts/${id}/submit`, {
    caller: rep,
    headers: { host: 'api.test' },
  });
  expect(submitted.status).toBe(202);
  await decideByLink(await waitForLink('cmmgr@test.example', id), 'approve');
  await decideByToken((await waitForLink('cmlegal@test.example', id)).id, legal, 'approve');
  const seats = {
    gm: await waitForLink('cmgm@test.example', id),
    finance: await waitForLink('cmfin@test.example', id),
    // The sales manager's seat: a second link to the same person, for another step.
    manager: await eventually(async () => {
      const links = ses
        .commandCalls((await import('@aws-sdk/client-sesv2')).SendEmailCommand)
        .map((call) => JSON.stringify(call.args[0].input))
        .filter((mail) => mail.includes('cmmgr@test.example') && mail.includes(id.slice(-8)));
      return links.length > 0 ? links : undefined;
    }, 30_000),
  };
  return { id, seats };
}

describe('a committee step', () => {
  it('is decided once by two approvals arriving together; the open seat expires', async () => {
    const { id, seats } = await atTheCommittee();
    const page = await approvals('GET /approvals/{id}', `/approvals/${seats.finance.id}`, {
      query: { t: seats.finance.token },
    });
    expect(page.body).toContain('management committee');
    const [byGm, byFinance] = await Promise.all([
      decideByToken(seats.gm.id, gm, 'approve', '同意'),
      decideByLink(seats.finance, 'approve'),
    ]);
    expect([byGm.status, byFinance.status]).toEqual([200, 200]);
    await eventually(async () => ((await readContract(id)).status === 'approved' ? true : undefined), 30_000);
    const steps = (await readContract(id)).reviews.filter(
      (review: { step: string }) => review.step === 'management-committee',
    );
    expect(steps.map((review: { status: string }) => review.status).sort()).toEqual([
      'approved',
      'approved',
      'expired',
    ]);
    expect(steps.find((review: { status: string }) => review.status === 'expired').approverId).toBe('CMMGR');
    expect(steps[0].committee).toMatchObject({ quorum: 2, rejection: 'one' });
    expect(seats.manager.length).toBeGreaterThan(0);
  });

  it('is rejected by one member with the reason, and the contract returns to its owner', async () => {
    const { id, seats } = await atTheCommittee();
    expect((await decideByToken(seats.gm.id, gm, 'approve')).status).toBe(200);
    // One approval is not yet the quorum: the review still waits.
    expect((await readContract(id)).status).toBe('under_review');
    expect(
      (await decideByLink(seats.finance, 'reject', 'Payment terms too long for this amount')).status,
    ).toBe(200);
    await eventually(async () => ((await readContract(id)).status === 'draft' ? true : undefined), 30_000);
    expect((await readContract(id)).lastRejection).toMatchObject({
      step: 'management-committee',
      comment: 'Payment terms too long for this amount',
      by: 'CMFIN',
    });
    // The finance member decided; a second decision on the same seat is refused.
    expect((await decideByToken(seats.finance.id, finance, 'approve')).status).toBe(409);
  });

  it('opens its seats once when the workflow’s Task runs twice, sending each member a fresh link', async () => {
    const request = {
      workflow: 'contract-review',
      step: 'management-committee',
      approverRole: 'general_manager' as const,
      approverId: 'CMGM',
      subject: {
        type: 'contract',
        id: '01KBC0MM1TTEE0000000000000',
        ownerId: 'CMREP',
        title: 'Contract',
        summary: [],
        localized: { en: { title: 'Contract', summary: [] }, 'zh-CN': { title: '合同', summary: [] } },
      },
      round: 1,
      links: 'https://api.test',
      dueInDays: 2,
      taskToken: 'committee-task-token',
      resolved: {
        committee: {
          members: [
            { approverId: 'CMGM', approverRole: 'general_manager' },
            { approverId: 'CMFIN', approverRole: 'finance' },
          ],
          quorum: 2,
          rejection: 'quorum' as const,
        },
      },
    };
    const first = await requestApproval(request, approvalSettings());
    const seat = await getApproval(first.approvalId, true);
    expect(seat!.committee).toMatchObject({ quorum: 2, rejection: 'quorum' });
    expect(seat!.committee!.memberIds).toHaveLength(2);
    const hashes = await Promise.all(
      seat!.committee!.memberIds.map(async (id) => (await getApproval(id, true))!.linkTokenHash),
    );
    // Retried: the same seats, each with a new link (the first ones no longer open anything).
    expect(await requestApproval(request, approvalSettings())).toEqual(first);
    const again = await Promise.all(seat!.committee!.memberIds.map((id) => getApproval(id, true)));
    expect(again.map((each) => each!.approverId).sort()).toEqual(['CMFIN', 'CMGM']);
    again.forEach((each, index) => expect(each!.linkTokenHash).not.toBe(hashes[index]));
  });
});
