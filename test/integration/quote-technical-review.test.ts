import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  approvals,
  decideByLink,
  emailAbout,
  emailsTo,
  linksTo,
  mailWith,
  ses,
  startReviews,
  waitForLink,
} from '../support/reviews.ts';
import { draftQuote, quoteTerms, seedCustomer, seedProduct } from '../support/builders.ts';
import { caller, type Person } from '../support/events.ts';
import { addEmployee, prepareTable } from '../support/table.ts';
import { eventually } from '../support/wait.ts';

/**
 * The review kit's second subject: a quote revision priced beyond the catalogue tolerance
 * (10 % by default) waits for production or a technician before it may be sent; a rep may ask for
 * the review of any draft revision. The same state machine file and approval mechanism as contracts.
 */
const { handler: salesApi } = await import('../../functions/sales/handler.ts');
const sales = caller(salesApi);

const people = {
  rep: { id: 'TRREP', roles: ['sales_rep'] as const },
  otherRep: { id: 'TROTHER', roles: ['sales_rep'] as const },
  admin: { id: 'TRADM', roles: ['sales_admin'] as const },
  production: { id: 'TRPROD', roles: ['production'] as const },
  technician: { id: 'TRTECH', roles: ['technician'] as const },
};

let reviews: Awaited<ReturnType<typeof startReviews>>;
let customer: { customerId: string; contactId: string };
let productId: string;

beforeAll(async () => {
  await prepareTable([
    { id: 'TRREP', roles: ['sales_rep'] },
    { id: 'TROTHER', roles: ['sales_rep'] },
    { id: 'TRADM', roles: ['sales_admin'] },
  ]);
  await addEmployee({ id: 'TRPROD', name: 'Production', roles: ['production'], locale: 'en' });
  await addEmployee({ id: 'TRTECH', name: 'Technician', roles: ['technician'] });
  reviews = await startReviews();
  customer = await seedCustomer(people.rep, 'Technical Works');
  productId = await seedProduct(people.admin, 5_000_000);
});

afterAll(() => reviews.stop());
beforeEach(() => ses.resetHistory());

const send = (id: string) =>
  sales('POST /quotes/{id}/send', `/quotes/${id}/send`, {
    caller: people.rep,
    body: { contactId: customer.contactId },
  });
const requestReview = (id: string, note?: string) =>
  sales('POST /quotes/{id}/technical-review', `/quotes/${id}/technical-review`, {
    caller: people.rep,
    body: note ? { note } : {},
  });
const readQuote = async (id: string, who: Person = people.rep) =>
  sales('GET /quotes/{id}', `/quotes/${id}`, { caller: who as typeof people.rep });
const reviewBecomes = (id: string, status: string) =>
  eventually(
    async () => ((await readQuote(id)).body.technicalReview?.status === status ? true : undefined),
    30_000,
    `technical review ${status}`,
  );

describe('a quote priced beyond the catalogue tolerance', () => {
  it('cannot be sent until production passes it; the reviewer reads it, the rep is told', async () => {
    // 20 % below the list price: beyond the 10 % tolerance.
    const id = await draftQuote(people.rep, customer.customerId, [
      { productId, quantity: 2 },
      { productId, quantity: 1, unitPrice: 4_000_000 },
    ]);
    const quote = await readQuote(id);
    expect(quote.body.revision.priceDeviations).toEqual([
      expect.objectContaining({ line: 1, netUnitPrice: 4_000_000, basisPoints: -2000 }),
    ]);
    const refused = await send(id);
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/technical review.*line 2/);

    const requested = await requestReview(id, 'Can we make the second press at this price?');
    expect(requested.status).toBe(202);
    expect(requested.body.technicalReview).toMatchObject({ round: 1, revision: 1, status: 'under_review' });
    expect((await send(id)).status).toBe(409);

    // Production decides (the first holder of the first role in the chain), in English.
    const link = await waitForLink('trprod@test.example', id);
    const mail = mailWith('trprod@test.example', link);
    expect(mail.subject).toMatch(/^Approval needed: Quote \w{8} revision 1 for Technical Works/);
    expect(mail.text).toContain('technical review, round 1');
    expect(mail.text).toMatch(/-20% against list CNY 50,000.00/);
    expect(mail.text).toContain('The rep asks: Can we make the second press at this price?');
    // The reviewer reads the quote it decides; another rep does not.
    expect((await readQuote(id, people.production)).status).toBe(200);
    expect((await readQuote(id, people.otherRep)).status).toBe(403);
    const page = await approvals('GET /approvals/{id}', `/approvals/${link.id}`, {
      query: { t: link.token },
    });
    expect(page.body).toContain('Press YH32 × 1 set @ CNY 40,000.00');

    expect((await decideByLink(link, 'approve')).status).toBe(200);
    await reviewBecomes(id, 'passed');
    const told = await emailAbout('trrep@test.example', id);
    expect(told.subject).toMatch(/^已通过审批/);
    expect(told.text).toContain('可以发送给客户');
    const sent = await send(id);
    expect(sent.status).toBe(200);
    expect(sent.body.status).toBe('sent');
    const history = (await readQuote(id)).body.reviews;
    expect(
      history.map((step: { step: string; decision: string }) => `${step.step}:${step.decision}`),
    ).toEqual(['technical-review:approve']);
  });

  it('returned by the reviewer: still not sendable; a new revision within tolerance is', async () => {
    const id = await draftQuote(people.rep, customer.customerId, [
      { productId, quantity: 1, unitPrice: 6_000_000 },
    ]);
    expect((await requestReview(id)).status).toBe(202);
    const link = await waitForLink('trprod@test.example', id);
    expect(
      (await decideByLink(link, 'reject', 'The YH32 needs the heavier frame at this price')).status,
    ).toBe(200);
    await reviewBecomes(id, 'returned');
    const quote = (await readQuote(id)).body;
    expect(quote.technicalReview.returned).toMatchObject({
      step: 'technical-review',
      comment: 'The YH32 needs the heavier frame at this price',
      by: 'TRPROD',
    });
    expect((await emailAbout('trrep@test.example', id)).subject).toMatch(/^已退回修改/);
    expect((await send(id)).status).toBe(409);
    // A second round of the same revision may be asked for.
    expect((await requestReview(id)).status).toBe(202);
    await waitForLink('trprod@test.example', id, link.id);

    // A new revision at list price stops the running round; it needs no review.
    const revised = await sales('POST /quotes/{id}/revisions', `/quotes/${id}/revisions`, {
      caller: people.rep,
      body: quoteTerms([{ productId, quantity: 1 }]),
    });
    expect(revised.status).toBe(201);
    expect(revised.body.priceDeviations).toEqual([]);
    expect((await readQuote(id)).body.technicalReview).toMatchObject({ round: 2, status: 'withdrawn' });
    const stale = linksTo('trprod@test.example').at(-1)!;
    await eventually(async () => {
      const page = await approvals('GET /approvals/{id}', `/approvals/${stale.id}`, {
        query: { t: stale.token },
      });
      return page.status === 410 ? true : undefined;
    });
    expect((await send(id)).status).toBe(200);
  });
});

describe('a review the rep asks for', () => {
  it('holds back a quote within tolerance until it passes, and is refused for one already sent', async () => {
    const id = await draftQuote(people.rep, customer.customerId, [{ productId, quantity: 5 }]);
    expect((await readQuote(id)).body.revision.priceDeviations).toEqual([]);
    expect((await requestReview(id, '5 sets by March?')).status).toBe(202);
    expect((await requestReview(id)).status).toBe(409);
    expect((await send(id)).status).toBe(409);
    const link = await waitForLink('trprod@test.example', id);
    expect((await decideByLink(link, 'approve')).status).toBe(200);
    await reviewBecomes(id, 'passed');
    expect((await requestReview(id)).status).toBe(409);
    expect((await send(id)).status).toBe(200);
    expect((await requestReview(id)).status).toBe(409);
    // Only the quote's rep (or the manager) asks; nobody else even sees it.
    expect(
      (
        await sales('POST /quotes/{id}/technical-review', `/quotes/${id}/technical-review`, {
          caller: people.otherRep,
          body: {},
        })
      ).status,
    ).toBe(403);
    expect(emailsTo('trtech@test.example')).toEqual([]);
  });
});
