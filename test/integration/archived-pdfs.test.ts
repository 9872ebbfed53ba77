import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDocumentStore } from '../support/documents.ts';
import { draftContract, draftQuote, seedCustomer, seedProduct } from '../support/builders.ts';
import { eventPath } from '../support/event-path.ts';
import { caller } from '../support/events.ts';
import { eventually } from '../support/wait.ts';
import { addEmployee, prepareTable } from '../support/table.ts';

/**
 * A quotation's PDF when it is sent and a contract's when it is signed, rendered on the
 * server with Chinese text, stored in the local S3 store and found among the customer's documents:
 * the text read back from the downloaded PDF is the quote's and the contract's.
 */
const s3 = await startDocumentStore('test-pdfs');
process.env.SENDER_ADDRESS = 'sales@test.example';
process.env.PDF_FONTS_DIR = join(
  dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json')),
  '400Regular',
);
mockClient(SESv2Client).on(SendEmailCommand).resolves({ MessageId: 'm' });
const { handler: archiveApi } = await import('../../functions/archive/handler.ts');
const { handler: salesApi } = await import('../../functions/sales/handler.ts');
const { getContract } = await import('../../functions/contracts/store.ts');
const { Contracts } = await import('../../functions/contracts/entities.ts');
const { contractSigned } = await import('../../functions/contracts/events.ts');
const { signedPayload } = await import('../../functions/contracts/rules.ts');
const { recordEvent } = await import('../../functions/shared/events.ts');
const { commit, putIfVersion } = await import('../../functions/shared/transaction.ts');
const archive = caller(archiveApi);
const sales = caller(salesApi);

const rep = { id: 'PDFREP', roles: ['sales_rep'] as const };
const admin = { id: 'PDFADMIN', roles: ['sales_admin'] as const };
let path: Awaited<ReturnType<typeof eventPath>>;
let customer: { customerId: string; contactId: string };
let productId: string;

beforeAll(async () => {
  await prepareTable([]);
  await addEmployee({ id: 'PDFREP', roles: ['sales_rep'] });
  await addEmployee({ id: 'PDFADMIN', roles: ['sales_admin'] });
  customer = await seedCustomer(rep, '苏州精工机械有限公司');
  productId = await seedProduct(admin, 12_500_000);
  path = await eventPath();
}, 60_000);
afterAll(async () => {
  await path.stop();
  await s3.stop();
});

/** The customer's archived documents of a type, once the archive consumer has recorded one. */
const archived = (type: 'quote' | 'contract') =>
  eventually(async () => {
    await path.settle();
    const found = await archive('GET /documents', '/documents', {
      caller: rep,
      query: { customerId: customer.customerId, type },
    });
    return found.body.items.length > 0 ? found.body.items : undefined;
  });

/** The text of a PDF fetched from its five-minute download URL. */
async function downloadedText(id: string): Promise<string> {
  const read = await archive('GET /documents/{id}', `/documents/${id}`, { caller: rep });
  expect(read.status).toBe(200);
  const response = await fetch(read.body.download.url);
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
  const pdf = await getDocument({ data: bytes }).promise;
  const pages = await Promise.all(
    Array.from({ length: pdf.numPages }, async (_, index) => (await pdf.getPage(index + 1)).getTextContent()),
  );
  return pages
    .flatMap((page) => page.items.map((item) => ('str' in item ? item.str : '')))
    .join(' ')
    .replace(/\s+/g, ' ');
}

describe('archived PDFs', () => {
  it('renders a quotation when it is sent, in Chinese, and files it under the customer', async () => {
    const contractId = await draftContract(rep, customer, productId, 2);
    const [quote] = await archived('quote');
    expect(quote).toMatchObject({
      type: 'quote',
      customerId: customer.customerId,
      contentType: 'application/pdf',
      author: 'PDFREP',
      tags: ['quotation', '报价单'],
    });
    const text = await downloadedText(quote.id);
    expect(text).toContain('报价单');
    expect(text).toContain('苏州精工机械有限公司');
    expect(text).toContain('Press');
    expect(text).toContain('CNY 250,000.00');
    // The same event delivered again files no second document.
    const replay = await caller((await import('../../functions/events/handler.ts')).handler)(
      'POST /event-consumers/{name}/replays',
      '/event-consumers/archive-events/replays',
      {
        caller: { id: 'PDFOPS', roles: ['sales_manager', 'sales_admin'] },
        body: { from: new Date(Date.now() - 600_000).toISOString(), to: new Date().toISOString() },
      },
    );
    expect(replay.status).toBe(202);
    await path.settle();
    expect(await archived('quote')).toHaveLength(1);

    // Signed (as the contracts domain records it): the contract's PDF joins the customer's documents.
    const contract = (await getContract(contractId))!;
    const signed = {
      ...contract,
      status: 'effective' as const,
      signing: { signedOn: '2026-11-28', ourSignatory: '王强', customerSignatory: '李明' },
      version: contract.version + 1,
    };
    await commit([
      putIfVersion(Contracts.item({ id: contract.id, ownerId: contract.ownerId }, signed), contract.version),
      recordEvent(contractSigned, {
        subject: { type: 'contract', id: contract.id },
        actor: 'PDFREP',
        at: new Date().toISOString(),
        payload: signedPayload(signed),
      }),
    ]);
    const [filed] = await archived('contract');
    const contractText = await downloadedText(filed.id);
    expect(contractText).toContain('销售合同');
    expect(contractText).toContain('GB/T 23581');
    expect(contractText).toContain('王强');
    expect(contractText).toContain('李明');
    // Another rep does not see the customer's documents.
    expect(
      (
        await archive('GET /documents/{id}', `/documents/${filed.id}`, {
          caller: { id: 'X', roles: ['sales_rep'] },
        })
      ).status,
    ).toBe(403);
  });

  it('keeps a quotation it could not store in its failure list, and archives it once when redelivered', async () => {
    const events = caller((await import('../../functions/events/handler.ts')).handler);
    const operator = { id: 'PDFOPS', roles: ['sales_manager', 'sales_admin'] as const };
    const quoteId = await draftQuote(rep, customer.customerId, [{ productId, quantity: 1 }]);
    // S3 refuses every put (the bucket is not there) until it is given back.
    process.env.DOCUMENTS_BUCKET = 'no-such-bucket';
    try {
      const sent = await sales('POST /quotes/{id}/send', `/quotes/${quoteId}/send`, {
        caller: rep,
        body: { contactId: customer.contactId },
      });
      expect(sent.status).toBe(200);
      await path.settle();
    } finally {
      process.env.DOCUMENTS_BUCKET = 'test-pdfs';
    }
    const failure = (
      await events('GET /event-consumers/{name}/failures', '/event-consumers/archive-events/failures', {
        caller: operator,
      })
    ).body.items.find((item: { event: { subject: { id: string } } }) => item.event.subject.id === quoteId);
    expect(failure).toMatchObject({ consumer: 'archive-events', eventType: 'quote.sent', status: 'open' });
    const titles = async () =>
      (await archived('quote')).filter((document: { title: string }) =>
        document.title.includes(quoteId.slice(-8)),
      );
    // Nothing of it in the archive until it is redelivered.
    expect(await titles()).toEqual([]);
    const redelivered = await events(
      'POST /event-consumers/{name}/failures/{eventId}/redeliver',
      `/event-consumers/archive-events/failures/${failure.eventId}/redeliver`,
      { caller: operator },
    );
    expect(redelivered.status).toBe(202);
    await path.settle();
    const [document] = await titles();
    expect(await downloadedText(document.id)).toContain(quoteId);
    expect(await titles()).toHaveLength(1);
  });
});
