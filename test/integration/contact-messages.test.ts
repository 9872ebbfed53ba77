import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedCustomer } from '../support/builders.ts';
import { caller, type Person } from '../support/events.ts';
import { prepareTable } from '../support/table.ts';

/**
 * The "write to us" link at the foot of every email to a customer's contact, on DynamoDB Local:
 * through it the contact complains or asks for service, once per link, and what they send is
 * filed for their customer and its rep like a complaint or ticket recorded by staff.
 */
process.env.SENDER_ADDRESS = 'sales@test.example';
process.env.PUBLIC_API_URL = 'https://api.test';
mockClient(SESv2Client).on(SendEmailCommand).resolves({ MessageId: 'm' });

const { handler: serviceApi } = await import('../../functions/service/handler.ts');
const { withContactLink, getContactLink } = await import('../../functions/customers/contact-links.ts');
const { ContactLinks } = await import('../../functions/customers/entities.ts');
const { commit } = await import('../../functions/shared/transaction.ts');
const { tableName } = await import('../../functions/shared/db.ts');
const { emailParts } = await import('../../functions/shared/html.ts');
const service = caller(serviceApi);

const rep: Person = { id: 'CMREP', roles: ['sales_rep'] };
const otherRep: Person = { id: 'CMREP2', roles: ['sales_rep'] };
let customer: { customerId: string; contactId: string };

beforeAll(async () => {
  await prepareTable([
    { id: 'CMREP', roles: ['sales_rep'] },
    { id: 'CMREP2', roles: ['sales_rep'] },
  ]);
  customer = await seedCustomer(rep, 'Link Works', {
    name: 'Li Na',
    email: 'li.na@link.example',
    language: 'en',
  });
});

/** An email to the contact as any domain sends one: the link's address and token from its text. */
async function emailedLink(language: 'en' | 'zh-CN' = 'en') {
  const email = await withContactLink(
    { customerId: customer.customerId, id: customer.contactId, language },
    emailParts(['Dear Li Na,', 'Your order has shipped.'], ['Sales department']),
  );
  const [, id, token] = /\/contact-messages\/(\w+)\?t=([\w-]+)/.exec(email.text)!;
  return { email, id: id!, token: token! };
}

const page = (id: string, t?: string) =>
  service('GET /contact-messages/{id}', `/contact-messages/${id}`, { query: t === undefined ? {} : { t } });
const send = (id: string, form: Record<string, string>) =>
  service('POST /contact-messages/{id}/send', `/contact-messages/${id}/send`, {
    body: new URLSearchParams(form).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
const listOf = async (path: '/complaints' | '/tickets') =>
  (await service(`GET ${path}`, path, { caller: rep, query: { customerId: customer.customerId } })).body
    .items as Array<Record<string, unknown>>;

describe('the write-to-us link in every email to a contact', () => {
  it('sits at the foot of the email, in text and HTML, in the contact’s language', async () => {
    const { email, id, token } = await emailedLink();
    expect(email.text).toMatch(/^Dear Li Na,/);
    expect(email.text).toContain('To complain or ask for service, write to us here');
    expect(email.html).toContain(`/contact-messages/${id}?t=${token}`);
    expect(email.html.indexOf('/contact-messages/')).toBeLessThan(email.html.indexOf('</body>'));
    const chinese = await emailedLink('zh-CN');
    expect(chinese.email.text).toContain('如需投诉或申请售后服务');
    // Only the token's digest is stored.
    const stored = (await getContactLink(id))!;
    expect(stored).toMatchObject({ customerId: customer.customerId, contactId: customer.contactId });
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('shows a form, and says in a page what is wrong with a link that cannot act', async () => {
    const { id, token } = await emailedLink();
    const shown = await page(id, token);
    expect(shown.status).toBe(200);
    expect(shown.headers['cache-control']).toBe('no-store');
    expect(shown.body).toContain('Write to us');
    expect(shown.body).toContain(`action="/contact-messages/${id}/send"`);
    expect((await page(id, 'forged')).status).toBe(404);
    expect((await page(id)).status).toBe(404);
    expect((await page('not-an-id', token)).status).toBe(404);
    expect((await page('01KB0000000000000000000000', token)).status).toBe(404);
  });

  it('files a complaint for the contact’s customer and rep, once however often it is sent', async () => {
    const { id, token } = await emailedLink();
    const form = {
      t: token,
      kind: 'complaint',
      severity: 'high',
      message: 'The delivery came two weeks late and nobody told us.',
      request: 'An explanation and a plan for the next delivery',
    };
    const before = (await listOf('/complaints')).length;
    const answers = await Promise.all([send(id, form), send(id, form)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(answers.find((answer) => answer.status === 200)!.body).toContain('your complaint is recorded');
    const complaints = await listOf('/complaints');
    expect(complaints).toHaveLength(before + 1);
    expect(complaints[0]).toMatchObject({
      customerId: customer.customerId,
      contactId: customer.contactId,
      ownerId: 'CMREP',
      severity: 'high',
      status: 'open',
      request: 'An explanation and a plan for the next delivery',
    });
    expect(complaints[0]!.content).toContain('two weeks late');
    expect((await page(id, token)).status).toBe(409);
    // Another rep's customer stays out of their view.
    const other = await service('GET /complaints', '/complaints', {
      caller: otherRep,
      query: { customerId: customer.customerId },
    });
    expect(other.status).toBe(403);
  });

  it('opens a service ticket for a service request', async () => {
    const { id, token } = await emailedLink();
    const sent = await send(id, {
      t: token,
      kind: 'service',
      severity: 'critical',
      message: 'The press stopped with error E42.',
    });
    expect(sent.status).toBe(200);
    const tickets = await listOf('/tickets');
    const ticket = tickets.find((candidate) => candidate.source === 'customer-link')!;
    expect(ticket).toMatchObject({
      customerId: customer.customerId,
      contactId: customer.contactId,
      ownerId: 'CMREP',
      severity: 'critical',
      category: 'other',
      status: 'open',
    });
    expect(ticket.description).toContain('error E42');
  });

  it('refuses a bad form or an expired link with a page, and changes nothing', async () => {
    const { id, token } = await emailedLink();
    const complaints = (await listOf('/complaints')).length;
    const tickets = (await listOf('/tickets')).length;
    for (const form of [
      { t: token, kind: 'praise', severity: 'low', message: 'x' },
      { t: token, kind: 'complaint', severity: 'urgent', message: 'x' },
      { t: token, kind: 'complaint', severity: 'low', message: '' },
      { t: token, kind: 'complaint', severity: 'low', message: 'x'.repeat(4001) },
    ]) {
      const refused = await send(id, form);
      expect(refused.status).toBe(400);
      expect(refused.headers['content-type']).toContain('text/html');
    }
    expect((await send(id, { t: 'forged', kind: 'complaint', severity: 'low', message: 'x' })).status).toBe(
      404,
    );
    const stored = (await getContactLink(id))!;
    await commit([
      {
        Put: {
          TableName: tableName(),
          Item: ContactLinks.item(stored, {
            ...stored,
            validUntil: new Date(Date.now() - 1000).toISOString(),
          }),
        },
      },
    ]);
    expect((await send(id, { t: token, kind: 'complaint', severity: 'low', message: 'late' })).status).toBe(
      410,
    );
    expect((await page(id, token)).status).toBe(410);
    expect((await listOf('/complaints')).length).toBe(complaints);
    expect((await listOf('/tickets')).length).toBe(tickets);
  });
});
