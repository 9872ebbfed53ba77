import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaContext as localLambdaContext } from '../../local/lambda-context.ts';
import { seedCustomer } from '../support/builders.ts';
import { startDocumentStore } from '../support/documents.ts';
import { caller, type lambdaContext, type Person } from '../support/events.ts';
import { prepareTable } from '../support/table.ts';

/**
 * The complaint channel by email on DynamoDB Local and the local S3 store, as SES delivers on AWS:
 * the email stored in the bucket, then the function invoked with its message id. From a contact's
 * address it becomes that customer's complaint, once however often it is delivered; from anyone
 * else it waits in the queue for sales admin to file or dismiss.
 */
const store = await startDocumentStore('inbound-mail');
process.env.SENDER_ADDRESS = 'sales@test.example';
mockClient(SESv2Client).on(SendEmailCommand).resolves({ MessageId: 'm' });

const { handler: inboundMail } = await import('../../functions/service/inbound-mail.ts');
const { handler: serviceApi } = await import('../../functions/service/handler.ts');
const { storeObject } = await import('../../functions/shared/storage.ts');
const service = caller(serviceApi);

const rep: Person = { id: 'IMREP', roles: ['sales_rep'] };
const admin: Person = { id: 'IMADM', roles: ['sales_admin'] };
let customer: { customerId: string; contactId: string };

beforeAll(async () => {
  await prepareTable([
    { id: 'IMREP', roles: ['sales_rep'] },
    { id: 'IMADM', roles: ['sales_admin'] },
  ]);
  customer = await seedCustomer(rep, 'Inbound Works', { name: '王工', email: 'wang.gong@inbound.example' });
});
afterAll(() => store.stop());

let sent = 0;
/** An email as SES hands it over: stored under `inbound/<message id>`, then the function invoked. */
async function deliver(email: { from: string; subject: string; text: string; messageId?: string }) {
  const id = `ses-${++sent}`;
  const raw = [
    `From: ${email.from}`,
    'To: service@hd-machinery.example',
    `Subject: =?UTF-8?B?${Buffer.from(email.subject).toString('base64')}?=`,
    `Message-ID: <${email.messageId ?? id}@mail.example>`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    email.text,
  ].join('\r\n');
  await storeObject(`inbound/${id}`, Buffer.from(raw), 'message/rfc822');
  return invoke(id);
}
const invoke = (messageId: string) =>
  (
    inboundMail as unknown as (
      event: unknown,
      context: typeof lambdaContext,
    ) => Promise<{ outcomes: string[] }>
  )(
    { Records: [{ ses: { mail: { messageId } } }] },
    localLambdaContext('inbound-mail') as typeof lambdaContext,
  );

const complaintsOf = async (customerId: string) =>
  (await service('GET /complaints', '/complaints', { caller: rep, query: { customerId } })).body.items;
const queue = (who: Person, status?: string) =>
  service('GET /inbound-messages', '/inbound-messages', { caller: who, query: status ? { status } : {} });

describe('the email channel', () => {
  it('turns a contact’s email into that customer’s complaint, once however often it arrives', async () => {
    const email = {
      from: '"王工" <Wang.Gong@Inbound.example>',
      subject: '设备漏油',
      text: '上周到货的液压机漏油，请尽快派人处理。',
      messageId: 'leak-1',
    };
    expect(await deliver(email)).toEqual({ outcomes: ['complaint'] });
    expect(await deliver(email)).toEqual({ outcomes: ['repeated'] });
    const complaints = await complaintsOf(customer.customerId);
    expect(complaints).toHaveLength(1);
    expect(complaints[0]).toMatchObject({
      contactId: customer.contactId,
      ownerId: 'IMREP',
      severity: 'medium',
      status: 'open',
      request: '设备漏油',
    });
    expect(complaints[0].content).toContain('液压机漏油');
    const filed = await queue(admin, 'filed');
    expect(filed.body.items[0]).toMatchObject({ status: 'filed', complaintId: complaints[0].id });
  });

  it('queues an unknown sender’s email for sales admin, who files it for a customer or dismisses it', async () => {
    await deliver({ from: 'zhao@unknown.example', subject: 'Pump noise', text: 'The pump is loud.' });
    await deliver({ from: 'offers@spam.example', subject: 'Cheap watches', text: 'Buy now' });
    const open = await queue(admin);
    expect(open.status).toBe(200);
    expect(open.body.items.map((message: { from: string }) => message.from)).toEqual([
      'zhao@unknown.example',
      'offers@spam.example',
    ]);
    expect((await queue(rep)).status).toBe(403);
    const [noise, spam] = open.body.items;
    const file = (body: Record<string, unknown>, id = noise.id) =>
      service('POST /inbound-messages/{id}/file', `/inbound-messages/${id}/file`, { caller: admin, body });
    expect(
      (await file({ customerId: customer.customerId, contactId: customer.customerId, severity: 'low' }))
        .status,
    ).toBe(400);
    expect((await file({ customerId: customer.customerId, contactId: customer.contactId })).status).toBe(400);
    const filed = await file({
      customerId: customer.customerId,
      contactId: customer.contactId,
      severity: 'low',
    });
    expect(filed.status).toBe(200);
    expect(filed.body).toMatchObject({
      status: 'filed',
      handledBy: 'IMADM',
      customerId: customer.customerId,
    });
    expect(
      (await complaintsOf(customer.customerId)).map((complaint: { id: string }) => complaint.id),
    ).toContain(filed.body.complaintId);
    expect(
      (await file({ customerId: customer.customerId, contactId: customer.contactId, severity: 'low' }))
        .status,
    ).toBe(409);
    const dismissed = await service(
      'POST /inbound-messages/{id}/dismiss',
      `/inbound-messages/${spam.id}/dismiss`,
      {
        caller: admin,
        body: { reason: 'Advertising' },
      },
    );
    expect(dismissed.body).toMatchObject({ status: 'dismissed', dismissal: 'Advertising' });
    expect((await queue(admin)).body.items).toEqual([]);
  });

  it('keeps the files an email came with, once however often it arrives, for whoever may read the complaint', async () => {
    const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Buffer.from('a photo of the leak')]);
    const raw = [
      'From: wang.gong@inbound.example',
      'To: service@hd-machinery.example',
      'Subject: =?UTF-8?B?' + Buffer.from('漏油照片').toString('base64') + '?=',
      'Message-ID: <photo-1@mail.example>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '照片见附件。',
      '--b1',
      'Content-Type: image/jpeg; name="leak.jpg"',
      "Content-Disposition: attachment; filename*=UTF-8''%E6%BC%8F%E6%B2%B9.jpg",
      'Content-Transfer-Encoding: base64',
      '',
      photo.toString('base64'),
      '--b1--',
      '',
    ].join('\r\n');
    for (const id of ['ses-photo-a', 'ses-photo-b'])
      await storeObject(`inbound/${id}`, Buffer.from(raw), 'message/rfc822');
    expect(await invoke('ses-photo-a')).toEqual({ outcomes: ['complaint'] });
    expect(await invoke('ses-photo-b')).toEqual({ outcomes: ['repeated'] });
    const complaint = (await complaintsOf(customer.customerId)).find((candidate: { content: string }) =>
      candidate.content.includes('照片见附件'),
    );
    expect(complaint.attachments).toEqual([
      { name: '漏油.jpg', contentType: 'image/jpeg', size: photo.length, key: expect.any(String) },
    ]);
    const download = (who: Person, number = '1', id = complaint.id) =>
      service('GET /complaints/{id}/attachments/{number}', `/complaints/${id}/attachments/${number}`, {
        caller: who,
      });
    const found = await download(rep);
    expect(found.status).toBe(200);
    expect(found.body.attachment).toEqual({
      name: '漏油.jpg',
      contentType: 'image/jpeg',
      size: photo.length,
    });
    const file = await fetch(found.body.download.url);
    expect(Buffer.from(await file.arrayBuffer()).equals(photo)).toBe(true);
    expect(file.headers.get('content-disposition')).toContain('attachment-1.jpg');
    expect((await download(rep, '2')).status).toBe(404);
    expect((await download(rep, '0')).status).toBe(400);
    expect((await download({ id: 'IMOTHER', roles: ['sales_rep'] })).status).toBe(403);
    // The message keeps them too, for sales admin.
    const message = (await queue(admin, 'filed')).body.items.find(
      (candidate: { complaintId?: string }) => candidate.complaintId === complaint.id,
    );
    const fromQueue = await service(
      'GET /inbound-messages/{id}/attachments/{number}',
      `/inbound-messages/${message.id}/attachments/1`,
      { caller: admin },
    );
    expect(fromQueue.status).toBe(200);
    expect(
      (
        await service(
          'GET /inbound-messages/{id}/attachments/{number}',
          `/inbound-messages/${message.id}/attachments/1`,
          { caller: rep },
        )
      ).status,
    ).toBe(403);
  });

  it('fails the invocation for an email not in the bucket, so that Lambda tries again', async () => {
    await expect(invoke('never-stored')).rejects.toThrow(/not in the bucket/);
  });
});
