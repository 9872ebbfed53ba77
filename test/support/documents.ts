import type { Client } from 'openapi-fetch';
import { expect } from 'vitest';
import type { paths } from './api-types.ts';
import type { Person } from './events.ts';

/**
 * The local S3 store as `npm start` runs it, for tests of functions that keep documents. Call it
 * before importing any function module: the functions make their S3 client when they load.
 */
export async function startDocumentStore(bucket: string): Promise<{ url: string; stop(): Promise<void> }> {
  const { startS3 } = await import('../../local/s3.ts');
  process.env.DOCUMENTS_BUCKET = bucket;
  process.env.AUDIT_SEALS_BUCKET = `${bucket}-seals`;
  process.env.S3_FORCE_PATH_STYLE = 'true';
  const store = await startS3({ bucket, lockedBucket: process.env.AUDIT_SEALS_BUCKET });
  process.env.AWS_ENDPOINT_URL_S3 = store.url;
  return store;
}

/** A small PDF standing for a scanned paper. */
export const scannedPdf = Buffer.from('%PDF-1.4\n合同扫描件 signed and stamped\n%%EOF\n');

/**
 * The scan of a signed, stamped contract, archived among the customer's documents and uploaded
 * through its presigned URL as a client does: its id is what `POST /contracts/{id}/sign` names.
 */
export async function archivedSignedScan(who: Person, customerId: string, upload = true): Promise<string> {
  const [{ handler }, { caller }] = await Promise.all([
    import('../../functions/archive/handler.ts'),
    import('./events.ts'),
  ]);
  const archived = await caller(handler)('POST /documents', '/documents', {
    caller: who,
    body: {
      type: 'contract',
      title: '合同扫描件 Signed contract',
      customerId,
      tags: ['signed', 'scan'],
      fileName: 'signed-contract.pdf',
      contentType: 'application/pdf',
      size: scannedPdf.length,
    },
  });
  expect(archived.status).toBe(201);
  if (upload) {
    const { url, headers } = archived.body.upload;
    expect((await fetch(url, { method: 'PUT', body: scannedPdf, headers })).status).toBe(200);
  }
  return archived.body.document.id as string;
}

/** The same through the HTTP API, as a client generated from the OpenAPI document does it. */
export async function signedScanThroughApi(api: Client<paths>, customerId: string): Promise<string> {
  const archived = await api.POST('/documents', {
    body: {
      type: 'contract',
      title: '合同扫描件 Signed contract',
      customerId,
      tags: ['signed', 'scan'],
      fileName: 'signed-contract.pdf',
      contentType: 'application/pdf',
      size: scannedPdf.length,
    },
  });
  expect(archived.response.status).toBe(201);
  const { url, headers } = archived.data!.upload;
  expect((await fetch(url, { method: 'PUT', body: scannedPdf, headers })).status).toBe(200);
  return archived.data!.document.id;
}

/** A complete signature (§3.4.3): both signatories, both stamps, the archived scan. */
export const completeSigning = (signedScanId: string, signedOn = '2026-11-28') => ({
  signedOn,
  ourSignatory: '王强',
  customerSignatory: 'Zhao',
  ourStamp: true as const,
  customerStamp: true as const,
  signedScanId,
});
