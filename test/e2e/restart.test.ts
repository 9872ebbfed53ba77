import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeSigning, signedScanThroughApi } from '../support/documents.ts';
import { localRuntime } from '../support/runtime.ts';

/**
 * A stop at any waiting point loses nothing. The runtime is stopped with SIGTERM (as a service
 * manager, or Ctrl-C, stops it) right after each step a person takes, before what follows from it
 * has run, and started again on the same data: each piece of work goes on to its end. What a step
 * sets going (an event on its way to a consumer, a workflow in a Task, a run's next batch) is
 * carried across the stop by the stream position, the bus's journal and the executions' file.
 */
const runtime = localRuntime('sales-restart-');
/** A month ahead: a quote's delivery and validity. */
const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const { client, token, inbox } = runtime;

beforeAll(() => runtime.start());
afterAll(() => runtime.remove());

/** Stops the runtime at once, as SIGTERM does, and starts it again on the same data. */
async function restart() {
  await runtime.stop('SIGTERM');
  await runtime.start();
  // Nothing it runs reaches a real AWS endpoint (an unresolvable host would say ENOTFOUND).
  expect(runtime.output).not.toMatch(/ENOTFOUND|amazonaws\.com/);
}

/**
 * The link in the one email to someone about a subject since a time (epoch seconds; by default
 * since the start: the inbox starts empty).
 */
async function linkIn(to: string, subjectId: string, kind: 'approvals' | 'receipts', since = 0) {
  const mails = await runtime.eventually(async () => {
    const found = (await inbox(since)).filter(
      (email) =>
        email.destination.to[0] === to &&
        (email.body.text ?? '').includes(`/${kind}/`) &&
        (email.body.text ?? '').includes(subjectId.slice(-8)),
    );
    return found.length ? found : undefined;
  });
  expect(mails, `emails to ${to}`).toHaveLength(1);
  const link = new URL(
    new RegExp(`(http://\\S+/${kind}/\\w{26}\\?t=[\\w-]+)`).exec(mails[0]!.body.text!)![1]!,
  );
  // The runtime listens on a new port after each start: the same link, on this one.
  return { path: link.pathname, token: link.searchParams.get('t')! };
}

/** A new catalogue product (sales admin adds it) and a rep's quote of one line of it. */
async function draftQuote(
  rep: string,
  customerId: string,
  line: { model: string; listPrice: number; quantity: number; discountBasisPoints?: number },
) {
  const product = await client(await token('--role', 'sales_admin')).POST('/products', {
    body: {
      name: '数控机床',
      model: line.model,
      unit: '台',
      listPrice: { value: line.listPrice, currency: 'CNY' },
      standardCost: { value: Math.round(line.listPrice * 0.75), currency: 'CNY' },
    },
  });
  expect(product.response.status).toBe(201);
  return client(rep).POST('/quotes', {
    body: {
      customerId,
      terms: {
        currency: 'CNY',
        lines: [
          {
            productId: product.data!.id,
            quantity: line.quantity,
            discountBasisPoints: line.discountBasisPoints ?? 0,
          },
        ],
        deliveryDate: until,
        paymentTerms: '30/70',
        afterSalesTerms: '一年保修',
        validUntil: until,
      },
    },
  });
}

const decideByLink = (link: { path: string; token: string }) =>
  fetch(`${runtime.baseUrl}${link.path}/decision`, {
    method: 'POST',
    body: new URLSearchParams({ t: link.token, decision: 'approve', comment: '' }),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });

describe('a stop right after each step', () => {
  it('an expense claim: each decision is followed by the next step, to payment', async () => {
    const rep = await token('li.na@hd-machinery.example');
    const claim = await client(rep).POST('/expenses/claims', {
      body: {
        category: 'travel',
        amount: 5_000,
        date: new Date().toISOString().slice(0, 10),
        reason: '市内交通',
      },
    });
    expect(claim.response.status).toBe(201);
    const id = claim.data!.id;
    const submitted = await client(rep).POST('/expenses/claims/{id}/submit', { params: { path: { id } } });
    expect(submitted.response.status).toBe(202);
    await restart();
    // Her supervisor, the sales manager, then finance, each stopped right after deciding.
    for (const approver of ['zhang.wei', 'wang.qiang', 'sun.li']) {
      const link = await linkIn(`${approver}@hd-machinery.example`, id, 'approvals');
      expect((await decideByLink(link)).status).toBe(200);
      await restart();
    }
    const approved = await runtime.eventually(async () => {
      const { data } = await client(rep).GET('/expenses/claims/{id}', { params: { path: { id } } });
      return data?.status === 'approved' ? data : undefined;
    });
    expect(approved.reviews.map((step) => step.decision)).toEqual(['approve', 'approve', 'approve']);
    // Finance pays it; stopped right after, the claimant is still told once.
    const finance = client(await token('sun.li@hd-machinery.example'));
    const paid = await finance.POST('/expenses/claims/{id}/payment', {
      params: { path: { id } },
      body: { amount: 5_000, paidOn: new Date().toISOString().slice(0, 10), reference: 'TR-RESTART-1' },
    });
    expect(paid.response.status).toBe(201);
    await restart();
    const told = await runtime.eventually(async () => {
      const mails = (await inbox(0)).filter(
        (email) =>
          email.destination.to[0] === 'li.na@hd-machinery.example' &&
          (email.body.text ?? '').includes('TR-RESTART-1'),
      );
      return mails.length ? mails : undefined;
    });
    expect(told).toHaveLength(1);
    const { data } = await client(rep).GET('/expenses/claims/{id}', { params: { path: { id } } });
    expect(data).toMatchObject({
      status: 'paid',
      payment: { reference: 'TR-RESTART-1', paidBy: expect.any(String) },
    });
  }, 600_000);

  it('a contract to its completed order: review, signing, order review, production, an amendment, shipping and receipt', async () => {
    const rep = client(await token('li.na@hd-machinery.example'));
    const legal = client(await token('--role', 'legal'));
    const production = client(await token('--role', 'production'));
    const logistics = client(await token('--role', 'logistics'));
    const customer = (await rep.GET('/customers', { params: { query: { limit: 1 } } })).data!.items[0]!;
    const quote = await draftQuote(await token('li.na@hd-machinery.example'), customer.id, {
      model: 'CK6150-R',
      listPrice: 12_000_000,
      quantity: 2,
    });
    expect(quote.response.status).toBe(201);
    const quoteId = quote.data!.id;
    const contact = (
      await rep.GET('/customers/{id}/contacts', { params: { path: { id: customer.id } } })
    ).data!.items.find((item) => item.email)!;
    const sent = await rep.POST('/quotes/{id}/send', {
      params: { path: { id: quoteId } },
      body: { contactId: contact.id },
    });
    expect(sent.response.status).toBe(200);
    const accepted = await rep.POST('/quotes/{id}/accept', {
      params: { path: { id: quoteId } },
      body: { revision: 1 },
    });
    expect(accepted.response.status).toBe(200);
    const contract = await rep.POST('/contracts', {
      body: { quoteId, qualityStandard: 'GB/T 18400', breachLiability: '0.05%/day' },
    });
    const id = contract.data!.id;
    const submitted = await rep.POST('/contracts/{id}/submit', { params: { path: { id } } });
    expect(submitted.response.status).toBe(202);
    await restart();

    expect(
      (await decideByLink(await linkIn('wang.qiang@hd-machinery.example', id, 'approvals'))).status,
    ).toBe(200);
    await restart();
    /** Legal's pending step about this subject, by API. */
    const legalDecides = async () => {
      const step = await runtime.eventually(async () =>
        (await legal.GET('/approvals')).data?.items.find((item) => item.subject.id === id),
      );
      const decided = await legal.POST('/approvals/{id}/decision', {
        params: { path: { id: step.id } },
        body: { decision: 'approve' },
      });
      expect(decided.response.status).toBe(200);
    };
    await legalDecides();
    await restart();
    await runtime.eventually(async () =>
      (await rep.GET('/contracts/{id}', { params: { path: { id } } })).data?.status === 'approved'
        ? true
        : undefined,
    );
    const today = new Date().toISOString().slice(0, 10);
    const signed = await rep.POST('/contracts/{id}/sign', {
      params: { path: { id } },
      body: {
        ...completeSigning(await signedScanThroughApi(rep, customer.id), today),
        customerSignatory: '钱总',
      },
    });
    expect(signed.response.status).toBe(200);
    await restart();

    // The order (same id) waits for sales admin's review.
    expect((await decideByLink(await linkIn('liu.fang@hd-machinery.example', id, 'approvals'))).status).toBe(
      200,
    );
    await restart();
    const orderIs = (status: string) =>
      runtime.eventually(async () => {
        const read = await rep.GET('/orders/{id}', { params: { path: { id } } });
        expect(read.response.status).toBe(200);
        return read.data?.status === status ? read.data : undefined;
      });
    await orderIs('awaiting_production');
    const accept = await production.POST('/orders/{id}/production/acceptance', {
      params: { path: { id } },
      body: { plannedCompletion: until },
    });
    expect(accept.response.status).toBe(200);
    await restart();

    // An amendment in production (a third machine, a later delivery), reviewed again by the
    // contract's chain: the manager by link, legal by API, each followed by a stop.
    const amendedOn = Math.floor(Date.now() / 1000) - 1;
    const later = new Date(Date.parse(until) + 14 * 86_400_000).toISOString().slice(0, 10);
    const amendment = await rep.POST('/orders/{id}/amendments', {
      params: { path: { id } },
      body: { lines: [{ line: 0, quantity: 3 }], deliveryDate: later, reason: '客户追加一台' },
    });
    expect(amendment.response.status).toBe(202);
    await restart();
    expect(
      (await decideByLink(await linkIn('wang.qiang@hd-machinery.example', id, 'approvals', amendedOn)))
        .status,
    ).toBe(200);
    await restart();
    await legalDecides();
    await restart();
    const amended = await runtime.eventually(async () => {
      const { data } = await rep.GET('/orders/{id}', { params: { path: { id } } });
      return data && data.amendmentUnderReview === undefined && data.deliveryDate === later
        ? data
        : undefined;
    });
    expect(amended.lines[0]!.quantity).toBe(3);
    expect(amended.status).toBe('in_production');
    const completion = await production.POST('/orders/{id}/production/completion', {
      params: { path: { id } },
      body: {},
    });
    expect(completion.response.status).toBe(200);
    await restart();
    const order = await orderIs('ready_to_ship');
    const shipped = await logistics.POST('/orders/{id}/shipments', {
      params: { path: { id } },
      body: {
        lines: order.lines.map((line, index) => ({ line: index, quantity: line.quantity })),
        carrier: '顺丰速运',
        trackingNumber: 'SF9001',
        shippedOn: today,
      },
    });
    expect(shipped.response.status).toBe(201);
    await restart();

    // The customer's contact gets the tracking number with the receipt link, once, and confirms.
    const receipt = await linkIn(contact.email!, id, 'receipts');
    expect((await inbox(0)).filter((email) => (email.body.text ?? '').includes('SF9001'))).toHaveLength(1);
    const confirmed = await fetch(`${runtime.baseUrl}${receipt.path}/confirmation`, {
      method: 'POST',
      body: new URLSearchParams({ t: receipt.token, receivedOn: today, problem: 'none' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(confirmed.status).toBe(200);
    await restart();
    const completed = await orderIs('completed');
    expect(completed.timeline.map((entry) => entry.what)).toEqual([
      'created',
      'review-passed',
      'production-accepted',
      'amendment-requested',
      'amended',
      'production-completed',
      'shipped',
      'received',
      'completed',
    ]);
  }, 900_000);

  it('a quote’s technical review: requested, then decided, to its passed revision', async () => {
    const rep = await token('chen.jie@hd-machinery.example');
    const customer = (await client(rep).GET('/customers', { params: { query: { limit: 1 } } })).data!
      .items[0]!;
    // 20 % off the list: the revision needs production's technical review before it is sent.
    const quote = await draftQuote(rep, customer.id, {
      model: 'YH32-R',
      listPrice: 5_000_000,
      quantity: 1,
      discountBasisPoints: 2_000,
    });
    expect(quote.response.status).toBe(201);
    const id = quote.data!.id;
    const requested = await client(rep).POST('/quotes/{id}/technical-review', {
      params: { path: { id } },
      body: { note: '大客户' },
    });
    expect(requested.response.status).toBe(202);
    await restart();
    expect((await decideByLink(await linkIn('wu.gang@hd-machinery.example', id, 'approvals'))).status).toBe(
      200,
    );
    await restart();
    const passed = await runtime.eventually(async () => {
      const { data } = await client(rep).GET('/quotes/{id}', { params: { path: { id } } });
      return data?.technicalReview?.status === 'passed' ? data.technicalReview : undefined;
    });
    expect(passed.round).toBe(1);
  }, 600_000);

  it('a commission payout: submitted, then approved by finance, each rep told once', async () => {
    const manager = client(await token('--role', 'sales_manager'));
    const now = new Date();
    const quarter = Math.ceil((now.getUTCMonth() + 1) / 3);
    const period =
      quarter === 1 ? `${now.getUTCFullYear() - 1}-Q4` : `${now.getUTCFullYear()}-Q${quarter - 1}`;
    const since = Math.floor(Date.now() / 1000);
    const submitted = await manager.POST('/commissions/{period}/payout', { params: { path: { period } } });
    expect(submitted.response.status).toBe(202);
    const reps = submitted.data!.statements.length;
    expect(reps).toBeGreaterThan(0);
    await restart();
    expect(
      (await decideByLink(await linkIn('sun.li@hd-machinery.example', period, 'approvals', since))).status,
    ).toBe(200);
    await restart();
    const told = await runtime.eventually(async () => {
      const { data } = await manager.GET('/commissions/{period}', { params: { path: { period } } });
      const mails = (await inbox(since)).filter(
        (email) => email.subject.includes(period) && /提成：|commission for/.test(email.subject),
      );
      return data?.payout?.status === 'approved' && mails.length === reps ? mails : undefined;
    });
    const recipients = told.map((email) => email.destination.to[0]);
    expect(new Set(recipients).size).toBe(reps);
  }, 600_000);

  it('a training-needs survey: opened, then everyone in sales asked once', async () => {
    const manager = client(await token('--role', 'sales_manager'));
    const closesOn = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const opened = await manager.POST('/training/surveys', {
      body: { title: '2027 上半年培训需求', closesOn },
    });
    expect(opened.response.status).toBe(201);
    const id = opened.data!.id;
    await restart();
    const asked = await runtime.eventually(async () => {
      const { data } = await manager.GET('/training/surveys/{id}', { params: { path: { id } } });
      const mails = (await inbox(0)).filter((email) =>
        (email.body.text ?? '').includes(`/training-surveys/${id}-`),
      );
      return data && data.asked > 0 && mails.length === data.asked ? mails : undefined;
    });
    // Each person once.
    const recipients = asked.map((email) => email.destination.to[0]);
    expect(new Set(recipients).size).toBe(recipients.length);
  }, 600_000);

  it('a service ticket: its timer runs on from a stop right after the ticket was recorded', async () => {
    const rep = client(await token('li.na@hd-machinery.example'));
    const customer = (await rep.GET('/customers', { params: { query: { limit: 1 } } })).data!.items[0]!;
    const ticket = await rep.POST('/tickets', {
      body: { customerId: customer.id, category: 'malfunction', severity: 'high', description: '主轴异响' },
    });
    expect(ticket.response.status).toBe(201);
    const ticketId = ticket.data!.id;
    await restart();
    // The department is told (once), and the timer's execution runs, waiting for its first alarm.
    const told = await runtime.eventually(async () => {
      const mails = (await inbox(0)).filter((email) =>
        (email.body.text ?? '').includes(`/tickets/${ticketId}`),
      );
      return mails.length ? mails : undefined;
    });
    const recipients = told.map((email) => email.destination.to[0]);
    expect(new Set(recipients).size).toBe(recipients.length);
    const sfn = /Step Functions (http:\/\/\S+)/.exec(runtime.output)![1]!;
    const { DescribeExecutionCommand, SFNClient } = await import('@aws-sdk/client-sfn');
    const stepFunctions = new SFNClient({
      endpoint: sfn,
      region: 'local',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    const timer = await runtime.eventually(async () => {
      const described = await stepFunctions
        .send(
          new DescribeExecutionCommand({
            executionArn: `arn:aws:states:local:000000000000:execution:ticket-timer:ticket-${ticketId}`,
          }),
        )
        .catch(() => undefined);
      return described?.status === 'RUNNING' ? described : undefined;
    });
    expect(timer.status).toBe('RUNNING');
  }, 600_000);

  it('an evaluation run: started, then evaluated to its end', async () => {
    const manager = client(await token('--role', 'sales_manager'));
    // Three years back: before the demo's history, so nobody has evaluated it yet.
    const month = new Date(Date.now() - 3 * 365 * 86_400_000).toISOString().slice(0, 7);
    expect((await runtime.job('evaluation', '--period', month)).outcome).toBe('succeeded');
    await restart();
    const evaluated = () =>
      runtime.eventually(async () => {
        const { data } = await manager.GET('/performance/evaluations/{period}', {
          params: { path: { period: month } },
        });
        const run = data?.runs.at(-1);
        return data && run?.status === 'evaluated' && data.evaluations.length > 0 ? data : undefined;
      }, 120_000);
    const first = await evaluated();
    // Run again by the manager, and stopped right after its 202.
    const again = await manager.POST('/performance/evaluations/{period}/runs', {
      params: { path: { period: month } },
      body: { reason: 'Targets corrected' },
    });
    expect(again.response.status).toBe(202);
    await restart();
    const second = await evaluated();
    expect(second.runs).toHaveLength(first.runs.length + 1);
    expect(second.evaluations).toHaveLength(first.evaluations.length);
  }, 600_000);
});
