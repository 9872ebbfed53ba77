import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDocumentStore } from '../support/documents.ts';
import { seedCustomer } from '../support/builders.ts';
import { caller, type Person } from '../support/events.ts';
import { addEmployee, prepareTable } from '../support/table.ts';

/**
 * The document archive over DynamoDB Local and the local S3 store: a document archived with
 * its metadata, its file uploaded through the presigned URL, found by customer, type and title
 * words, downloaded; another rep cannot fetch the customer's documents.
 */
// The local S3 store, as `npm start` runs it, before the functions create their S3 client.
const s3 = await startDocumentStore('test-archive');
const { handler: archiveApi } = await import('../../functions/archive/handler.ts');
const archive = caller(archiveApi);

const rep = { id: 'ARREP', roles: ['sales_rep'] as const };
const other = { id: 'AROTHER', roles: ['sales_rep'] as const };
const manager = { id: 'ARMGR', roles: ['sales_manager'] as const };
const technician = { id: 'ARTECH', roles: ['technician'] as const };

let customer: { customerId: string };
beforeAll(async () => {
  await prepareTable([]);
  for (const person of [rep, other, manager, technician])
    await addEmployee({ id: person.id, roles: [...person.roles] });
  customer = await seedCustomer(rep, 'Archive Works');
});
afterAll(() => s3.stop());

const file = Buffer.from('%PDF-1.4 the signed contract');
const archiveContract = (who: Person, body: Record<string, unknown> = {}) =>
  archive('POST /documents', '/documents', {
    caller: who,
    body: {
      type: 'contract',
      title: '2026 年度供货合同 Supply contract',
      customerId: customer.customerId,
      tags: ['框架协议', 'signed'],
      fileName: '供货合同.pdf',
      contentType: 'application/pdf',
      size: file.length,
      ...body,
    },
  });

describe('the archive', () => {
  it('keeps a customer’s document, found by customer, type and words, downloaded by who may see the customer', async () => {
    const created = await archiveContract(rep);
    expect(created.status).toBe(201);
    const { document, upload } = created.body;
    // Not uploaded yet: no download.
    expect((await archive('GET /documents/{id}', `/documents/${document.id}`, { caller: rep })).status).toBe(
      409,
    );
    // The URL is signed for this type and size: another type is refused.
    expect(
      (await fetch(upload.url, { method: 'PUT', body: file, headers: { 'content-type': 'text/html' } }))
        .status,
    ).toBe(403);
    expect((await fetch(upload.url, { method: 'PUT', body: file, headers: upload.headers })).status).toBe(
      200,
    );

    const find = (who: Person, query: Record<string, string>) =>
      archive('GET /documents', '/documents', { caller: who, query });
    expect(
      (await find(rep, { customerId: customer.customerId, q: 'SUPPLY 框架协议' })).body.items,
    ).toHaveLength(1);
    expect((await find(rep, { customerId: customer.customerId, q: 'invoice' })).body.items).toHaveLength(0);
    expect((await find(rep, { customerId: customer.customerId, type: 'quote' })).body.items).toHaveLength(0);
    expect(
      (await find(manager, { type: 'contract' })).body.items.map((item: { id: string }) => item.id),
    ).toContain(document.id);
    expect((await find(rep, { type: 'contract' })).status).toBe(403);
    expect((await find(other, { customerId: customer.customerId })).status).toBe(403);

    const read = await archive('GET /documents/{id}', `/documents/${document.id}`, { caller: rep });
    expect(read.status).toBe(200);
    const download = await fetch(read.body.download.url);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(file)).toBe(true);
    // Another rep, or someone outside sales, cannot fetch it.
    expect(
      (await archive('GET /documents/{id}', `/documents/${document.id}`, { caller: other })).status,
    ).toBe(403);
    expect(
      (await archive('GET /documents/{id}', `/documents/${document.id}`, { caller: technician })).status,
    ).toBe(403);
  });

  it('counts a document as uploaded only when the stored file is the one announced, and audits it', async () => {
    const created = await archiveContract(rep, { title: 'Truncated upload' });
    expect(created.status).toBe(201);
    const { document, upload } = created.body;
    // Half of the announced bytes: the store may take it (the local one does); it does not count.
    const half = file.subarray(0, Math.floor(file.length / 2));
    await fetch(upload.url, { method: 'PUT', body: half, headers: { 'content-type': 'application/pdf' } });
    const read = await archive('GET /documents/{id}', `/documents/${document.id}`, { caller: rep });
    expect(read.status).toBe(409);
    expect(read.body.detail).toMatch(/not the file announced|not been uploaded/);
    expect((await fetch(upload.url, { method: 'PUT', body: file, headers: upload.headers })).status).toBe(
      200,
    );
    expect((await archive('GET /documents/{id}', `/documents/${document.id}`, { caller: rep })).status).toBe(
      200,
    );

    // Who archived it and when, in the document's own partition like every audited change.
    const { query } = await import('../../functions/shared/db.ts');
    const audit = await query({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
      ExpressionAttributeValues: { ':pk': `DOCUMENT#${document.id}`, ':audit': 'AUDIT#' },
    });
    expect(audit.items).toEqual([
      expect.objectContaining({
        resourceType: 'Document',
        resourceId: document.id,
        action: 'created',
        actorId: rep.id,
      }),
    ]);
  });

  it('refuses what does not fit, and keeps market research for the whole team', async () => {
    expect((await archiveContract(other)).status).toBe(403);
    expect((await archiveContract(rep, { customerId: undefined })).status).toBe(400);
    expect((await archiveContract(rep, { contentType: 'text/html' })).status).toBe(400);
    expect((await archiveContract(rep, { size: 30 * 1024 * 1024 })).status).toBe(400);
    const research = await archiveContract(manager, {
      type: 'market_research',
      customerId: undefined,
      title: '华东机床市场调研 2026',
    });
    expect(research.status).toBe(201);
    const found = await archive('GET /documents', '/documents', { caller: other, query: { q: '华东' } });
    expect(found.body.items.map((item: { id: string }) => item.id)).toContain(research.body.document.id);
  });
});
