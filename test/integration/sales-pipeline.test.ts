import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handler as customersApi } from '../../functions/customers/handler.ts';
import { handler as salesApi } from '../../functions/sales/handler.ts';
import { caller } from '../support/events.ts';
import { eventPath } from '../support/event-path.ts';
import { prepareTable } from '../support/table.ts';

/** Products, opportunities and quotes with revisions against DynamoDB Local; SES is mocked. */
process.env.SENDER_ADDRESS = 'sales@test.example';
// Every email to a customer's contact carries links to this API.
process.env.PUBLIC_API_URL = 'https://api.test';
const ses = mockClient(SESv2Client);
ses.on(SendEmailCommand).resolves({ MessageId: 'quote-mail' });

const customers = caller(customersApi);
const sales = caller(salesApi);
const rep = { id: 'PIPEREP', roles: ['sales_rep'] as const };
const otherRep = { id: 'PIPEREP2', roles: ['sales_rep'] as const };
const admin = { id: 'PIPEADM', roles: ['sales_admin'] as const };
const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);

let customerId: string;
let contactId: string;
let productId: string;
let events: Awaited<ReturnType<typeof eventPath>>;

beforeAll(async () => {
  await prepareTable([
    { id: 'PIPEREP', roles: ['sales_rep'] },
    { id: 'PIPEREP2', roles: ['sales_rep'] },
    { id: 'PIPEADM', roles: ['sales_admin'] },
  ]);
  events = await eventPath();
  customerId = (
    await customers('POST /customers', '/customers', {
      caller: rep,
      body: { name: 'Pipeline Motors', industry: 'automotive', region: 'east', source: 'referral' },
    })
  ).body.id;
  contactId = (
    await customers('POST /customers/{id}/contacts', `/customers/${customerId}/contacts`, {
      caller: rep,
      body: { name: 'Anna Berg', email: 'anna@pipeline.example', language: 'en' },
    })
  ).body.id;
  const product = await sales('POST /products', '/products', {
    caller: admin,
    body: {
      name: 'CNC lathe',
      model: 'CK6150',
      unit: 'set',
      listPrice: { value: 12_345_600, currency: 'CNY' },
      standardCost: { value: 9_000_000, currency: 'CNY' },
    },
  });
  expect(product.status).toBe(201);
  productId = product.body.id;
});

afterAll(() => events.stop());

const terms = (overrides: Record<string, unknown> = {}) => ({
  currency: 'CNY',
  lines: [{ productId, quantity: 2, discountBasisPoints: 250 }],
  deliveryDate: inAYear,
  paymentTerms: '30% advance, 70% before shipment',
  afterSalesTerms: 'One year warranty, on-site service within 48 hours',
  validUntil: inAYear,
  ...overrides,
});

describe('the product catalogue', () => {
  it('is edited by the sales admin and manager only', async () => {
    const attempt = await sales('POST /products', '/products', {
      caller: rep,
      body: {
        name: 'x',
        model: 'x',
        unit: 'x',
        listPrice: { value: 1, currency: 'CNY' },
        standardCost: { value: 1, currency: 'CNY' },
      },
    });
    expect(attempt.status).toBe(403);
    expect((await sales('GET /products', '/products', { caller: rep })).body.items).toHaveLength(1);
  });
});

describe('opportunities', () => {
  it('record every stage change with its time; lost needs a reason and is final', async () => {
    const created = await sales('POST /opportunities', '/opportunities', {
      caller: rep,
      body: {
        customerId,
        title: 'Line expansion 2027',
        expectedValue: { value: 50_000_000, currency: 'CNY' },
        expectedCloseDate: inAYear,
      },
    });
    expect(created.body).toMatchObject({ stage: 'identified', ownerId: 'PIPEREP' });
    const id = created.body.id;
    for (const stage of ['contacted', 'needs_analysed', 'quoted']) {
      expect(
        (
          await sales('POST /opportunities/{id}/stage', `/opportunities/${id}/stage`, {
            caller: rep,
            body: { stage },
          })
        ).status,
      ).toBe(200);
    }
    expect(
      (
        await sales('POST /opportunities/{id}/stage', `/opportunities/${id}/stage`, {
          caller: rep,
          body: { stage: 'lost' },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await sales('POST /opportunities/{id}/stage', `/opportunities/${id}/stage`, {
          caller: rep,
          body: { stage: 'lost', reason: 'Budget frozen' },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await sales('POST /opportunities/{id}/stage', `/opportunities/${id}/stage`, {
          caller: rep,
          body: { stage: 'won' },
        })
      ).status,
    ).toBe(409);
    const read = await sales('GET /opportunities/{id}', `/opportunities/${id}`, { caller: rep });
    expect(read.body.stageHistory.map((change: { to: string }) => change.to)).toEqual([
      'identified',
      'contacted',
      'needs_analysed',
      'quoted',
      'lost',
    ]);
    expect(
      (await sales('GET /opportunities/{id}', `/opportunities/${id}`, { caller: otherRep })).status,
    ).toBe(403);
  });
});

describe('quotes', () => {
  it('are priced on the server, revised without touching earlier revisions, sent, and accepted once', async () => {
    const created = await sales('POST /quotes', '/quotes', {
      caller: rep,
      body: { customerId, terms: terms() },
    });
    expect(created.status).toBe(201);
    expect(created.body.revision).toMatchObject({ revision: 1, total: 24_073_920, subtotal: 24_691_200 });
    const id = created.body.id;

    const sent = await sales('POST /quotes/{id}/send', `/quotes/${id}/send`, {
      caller: rep,
      body: { contactId },
    });
    expect(sent.body).toMatchObject({ status: 'sent', sentRevision: 1 });
    await events.settle();
    const mail = ses.commandCalls(SendEmailCommand).at(-1)!.args[0].input;
    expect(mail.Destination!.ToAddresses).toEqual(['anna@pipeline.example']);
    expect(mail.Content!.Simple!.Subject!.Data).toMatch(/^Quotation Q-\w{8}, revision 1$/);
    expect(mail.Content!.Simple!.Body!.Text!.Data).toContain('CNY 240,739.20');

    // The customer objects: counter-offer with a bigger discount.
    const revised = await sales('POST /quotes/{id}/revisions', `/quotes/${id}/revisions`, {
      caller: rep,
      body: terms({ lines: [{ productId, quantity: 2, discountBasisPoints: 800 }] }),
      headers: { 'idempotency-key': 'counter-offer-1' },
    });
    expect(revised.status).toBe(201);
    expect(revised.body).toMatchObject({ revision: 2, total: 22_715_904 });
    const repeat = await sales('POST /quotes/{id}/revisions', `/quotes/${id}/revisions`, {
      caller: rep,
      body: terms({ lines: [{ productId, quantity: 2, discountBasisPoints: 800 }] }),
      headers: { 'idempotency-key': 'counter-offer-1' },
    });
    expect(repeat.body.revision).toBe(2);
    const revisions = await sales('GET /quotes/{id}/revisions', `/quotes/${id}/revisions`, { caller: rep });
    expect(
      revisions.body.items.map((r: { revision: number; total: number }) => [r.revision, r.total]),
    ).toEqual([
      [1, 24_073_920],
      [2, 22_715_904],
    ]);
    // A product price change later does not change what was quoted.
    const product = await sales('GET /products/{id}', `/products/${productId}`, { caller: admin });
    await sales('PATCH /products/{id}', `/products/${productId}`, {
      caller: admin,
      body: { listPrice: { value: 99_000_000, currency: 'CNY' } },
      headers: { 'content-type': 'application/merge-patch+json', 'if-match': product.headers.etag! },
    });
    expect(
      (await sales('GET /quotes/{id}/revisions/{revision}', `/quotes/${id}/revisions/1`, { caller: rep }))
        .body.total,
    ).toBe(24_073_920);

    expect(
      (
        await sales('POST /quotes/{id}/accept', `/quotes/${id}/accept`, {
          caller: rep,
          body: { revision: 1 },
        })
      ).status,
    ).toBe(409);
    // Revision 2 was never sent: it cannot have been accepted yet.
    const unsent = await sales('POST /quotes/{id}/accept', `/quotes/${id}/accept`, {
      caller: rep,
      body: { revision: 2 },
    });
    expect(unsent.status).toBe(409);
    expect(unsent.body.detail).toMatch(/never sent/);
    await sales('POST /quotes/{id}/send', `/quotes/${id}/send`, { caller: rep, body: { contactId } });
    const accepted = await sales('POST /quotes/{id}/accept', `/quotes/${id}/accept`, {
      caller: rep,
      body: { revision: 2 },
    });
    expect(accepted.body).toMatchObject({ status: 'accepted', acceptedRevision: 2 });
    expect(
      (await sales('POST /quotes/{id}/revisions', `/quotes/${id}/revisions`, { caller: rep, body: terms() }))
        .status,
    ).toBe(409);
    expect(
      (
        await sales('POST /quotes/{id}/reject', `/quotes/${id}/reject`, {
          caller: rep,
          body: { reason: 'late' },
        })
      ).status,
    ).toBe(409);
  });

  it('are emailed once however often and however concurrently the same send is asked for, and filed as a communication record', async () => {
    const created = await sales('POST /quotes', '/quotes', {
      caller: rep,
      body: { customerId, terms: terms() },
    });
    const id = created.body.id;
    const mailsBefore = ses.commandCalls(SendEmailCommand).length;
    const send = () =>
      sales('POST /quotes/{id}/send', `/quotes/${id}/send`, { caller: rep, body: { contactId } });
    const answers = await Promise.all(Array.from({ length: 10 }, send));
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    expect((await send()).body).toMatchObject({ status: 'sent', sentRevision: 1, sentTo: contactId });
    await events.settle();
    const mails = ses
      .commandCalls(SendEmailCommand)
      .slice(mailsBefore)
      .filter((call) => call.args[0].input.Content?.Simple?.Subject?.Data?.includes(id.slice(-8)));
    expect(mails).toHaveLength(1);
    const file = await customers(
      'GET /customers/{id}/interactions',
      `/customers/${customerId}/interactions`,
      {
        caller: rep,
      },
    );
    expect(
      file.body.items.filter((record: { summary: string }) => record.summary.includes(id.slice(-8))),
    ).toEqual([expect.objectContaining({ channel: 'email', contactId, recordedBy: rep.id })]);
  });

  it('refuse an expired revision and reopen a rejected quote with a counter-offer', async () => {
    const created = await sales('POST /quotes', '/quotes', {
      caller: rep,
      body: { customerId, terms: terms() },
    });
    const id = created.body.id;
    const rejected = await sales('POST /quotes/{id}/reject', `/quotes/${id}/reject`, {
      caller: rep,
      body: { reason: 'Delivery too late' },
    });
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: 'Delivery too late' });
    const reopened = await sales('POST /quotes/{id}/revisions', `/quotes/${id}/revisions`, {
      caller: rep,
      body: terms(),
    });
    expect(reopened.status).toBe(201);
    const read = await sales('GET /quotes/{id}', `/quotes/${id}`, { caller: rep });
    expect(read.body).toMatchObject({ status: 'draft', currentRevision: 2 });
    expect(read.body).not.toHaveProperty('rejectionReason');
    const pastDue = await sales('POST /quotes', '/quotes', {
      caller: rep,
      body: { customerId, terms: terms({ validUntil: '2020-01-01' }) },
    });
    expect(pastDue.status).toBe(400);
    expect(pastDue.body.errors[0].path).toBe('terms.validUntil');
  });

  it('carry VAT at each product’s rate inside the quoted prices, and none on an export', async () => {
    const refused = await sales('POST /products', '/products', {
      caller: admin,
      body: {
        name: '安装调试',
        model: 'SVC-1',
        unit: '次',
        listPrice: { value: 10_600_00, currency: 'CNY' },
        standardCost: { value: 5_000_00, currency: 'CNY' },
        vatRateBasisPoints: 1_700,
      },
    });
    expect(refused.status).toBe(400);
    const service = await sales('POST /products', '/products', {
      caller: admin,
      body: {
        name: '安装调试',
        model: 'SVC-1',
        unit: '次',
        listPrice: { value: 10_600_00, currency: 'CNY' },
        standardCost: { value: 5_000_00, currency: 'CNY' },
        vatRateBasisPoints: 600,
      },
    });
    expect(service.body.vatRateBasisPoints).toBe(600);
    const lines = [{ productId: service.body.id, quantity: 1, discountBasisPoints: 0 }];
    const domestic = await sales('POST /quotes', '/quotes', {
      caller: rep,
      body: { customerId, terms: terms({ lines }) },
    });
    expect(domestic.status).toBe(201);
    const priced = domestic.body.revision;
    expect(priced.total).toBe(10_600_00);
    expect(priced.lines[0]).toMatchObject({
      vatRateBasisPoints: 600,
      netAmount: 10_000_00,
      taxAmount: 600_00,
    });
    expect(priced.tax).toEqual({
      treatment: 'domestic',
      netTotal: 10_000_00,
      taxTotal: 600_00,
      byRate: [{ rateBasisPoints: 600, net: 10_000_00, tax: 600_00 }],
    });
    const exported = await sales('POST /quotes', '/quotes', {
      caller: rep,
      body: { customerId, terms: terms({ lines, taxTreatment: 'export' }) },
    });
    expect(exported.body.revision.tax).toMatchObject({
      treatment: 'export',
      netTotal: 10_600_00,
      taxTotal: 0,
    });
    const unknown = await sales('POST /quotes', '/quotes', {
      caller: rep,
      body: { customerId, terms: terms({ lines, taxTreatment: 'duty-free' }) },
    });
    expect(unknown.status).toBe(400);
  });

  it('belong to the customer’s rep', async () => {
    expect(
      (await sales('POST /quotes', '/quotes', { caller: otherRep, body: { customerId, terms: terms() } }))
        .status,
    ).toBe(403);
    expect((await sales('GET /quotes', '/quotes', { caller: otherRep })).body.items).toEqual([]);
  });
});

describe('price lists', () => {
  it('are kept by sales admin, read by reps, audited, and price the lines of the customers they apply to', async () => {
    const press = await sales('POST /products', '/products', {
      caller: admin,
      body: {
        name: 'Press',
        model: 'YH32-PL',
        unit: 'set',
        listPrice: { value: 100_000_00, currency: 'CNY' },
        standardCost: { value: 60_000_00, currency: 'CNY' },
      },
    });
    const body = {
      name: '华东区价格表',
      currency: 'CNY',
      region: 'east',
      prices: [{ productId: press.body.id, unitPrice: 92_000_00 }],
    };
    expect((await sales('POST /price-lists', '/price-lists', { caller: rep, body })).status).toBe(403);
    const nowhere = await sales('POST /price-lists', '/price-lists', {
      caller: admin,
      body: { ...body, region: undefined },
    });
    expect(nowhere.status).toBe(400);
    const twice = await sales('POST /price-lists', '/price-lists', {
      caller: admin,
      body: { ...body, prices: [...body.prices, ...body.prices] },
    });
    expect(twice.status).toBe(400);
    const unknown = await sales('POST /price-lists', '/price-lists', {
      caller: admin,
      body: { ...body, prices: [{ productId: '01KBN0SVCH00000000000000PR', unitPrice: 1 }] },
    });
    expect(unknown.status).toBe(400);
    const created = await sales('POST /price-lists', '/price-lists', { caller: admin, body });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await sales('GET /price-lists/{id}', `/price-lists/${id}`, { caller: rep })).body.region).toBe(
      'east',
    );
    expect(
      (await sales('GET /price-lists', '/price-lists', { caller: rep })).body.items.map(
        (item: { id: string }) => item.id,
      ),
    ).toContain(id);

    // The customer is in the east: its quote takes the list price, and a line the rep prices keeps hers.
    const quoted = await sales('POST /quotes', '/quotes', {
      caller: rep,
      body: {
        customerId,
        terms: terms({
          lines: [
            { productId: press.body.id, quantity: 1, discountBasisPoints: 0 },
            { productId: press.body.id, quantity: 1, unitPrice: 95_000_00, discountBasisPoints: 0 },
          ],
        }),
      },
    });
    expect(quoted.status).toBe(201);
    expect(
      quoted.body.revision.lines.map((line: { unitPrice: number; priceListId?: string }) => [
        line.unitPrice,
        line.priceListId,
      ]),
    ).toEqual([
      [92_000_00, id],
      [95_000_00, undefined],
    ]);

    // Replaced (with If-Match): the next revision takes the new price; the list no longer applies once retired.
    const replaced = await sales('PUT /price-lists/{id}', `/price-lists/${id}`, {
      caller: admin,
      body: { ...body, prices: [{ productId: press.body.id, unitPrice: 90_000_00 }] },
      headers: { 'if-match': '"1"' },
    });
    expect(replaced.status).toBe(200);
    expect(
      (
        await sales('PUT /price-lists/{id}', `/price-lists/${id}`, {
          caller: admin,
          body,
          headers: { 'if-match': '"1"' },
        })
      ).status,
    ).toBe(412);
    const revise = () =>
      sales('POST /quotes/{id}/revisions', `/quotes/${quoted.body.id}/revisions`, {
        caller: rep,
        body: terms({ lines: [{ productId: press.body.id, quantity: 1, discountBasisPoints: 0 }] }),
      });
    expect((await revise()).body.lines[0].unitPrice).toBe(90_000_00);
    await sales('PUT /price-lists/{id}', `/price-lists/${id}`, {
      caller: admin,
      body: { ...body, active: false },
      headers: { 'if-match': '"2"' },
    });
    expect((await revise()).body.lines[0].unitPrice).toBe(100_000_00);
    const { handler: auditApi } = await import('../../functions/audit/handler.ts');
    const trail = await caller(auditApi)('GET /audit', '/audit', {
      caller: rep,
      query: { type: 'price-list', id },
    });
    expect(trail.body.items.map((entry: { action: string }) => entry.action)).toEqual([
      'created',
      'updated',
      'updated',
    ]);
  });
});
