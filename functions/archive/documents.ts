import * as z from 'zod/mini';
import { type Caller, hasAnyRole } from '#shared/caller.ts';
import { newId, nowIso } from '#shared/clock.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { pageParameters } from '#shared/listing.ts';
import { validationProblem } from '#shared/problem.ts';
import { notAllowed } from '#shared/domain-errors.ts';
import { createdReply, found } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { searchWords } from '#shared/search.ts';
import {
  assertUploadedAsAnnounced,
  downloadUrl,
  PRESIGNED_SECONDS,
  presignedUpload,
} from '#shared/storage.ts';
import { visibleCustomer, ownCustomer } from '../customers/public.ts';
import { type ArchivedDocument, documentListQuery, newDocument } from './model.ts';
import { documentWrites, fileKey, findDocuments, getDocument } from './store.ts';

/**
 * The document archive: contracts, quotes, customer material and market research kept in
 * the private documents bucket, uploaded and downloaded through presigned URLs, found by customer,
 * type and the words of their title and tags. Who may see a document follows who may see its
 * customer; market research without a customer is the sales team's.
 */
const TEAM = ['sales_rep', 'sales_admin', 'sales_manager'] as const;

/** The caller may see the document: its customer's reader, or the team for one without a customer. */
async function assertMayRead(caller: Caller, document: Pick<ArchivedDocument, 'customerId'>) {
  if (document.customerId) await visibleCustomer(caller, document.customerId);
}

const create = defineOperation({
  operationId: 'archiveDocument',
  method: 'POST',
  path: '/documents',
  auth: 'jwt',
  roles: TEAM,
  ownership: [ownCustomer],
  body: newDocument,
  idempotent: true,
  async handle(request) {
    const { caller, body } = request;
    if (body.type !== 'market_research' && !body.customerId)
      throw validationProblem([
        { in: 'body', path: 'customerId', message: `A ${body.type} belongs to a customer` },
      ]);
    await assertMayRead(caller, body);
    const at = nowIso();
    const document: ArchivedDocument = {
      id: newId(),
      ...body,
      author: caller.id,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    const upload = await presignedUpload(fileKey(document.id), body.contentType, body.size);
    const reply = createdReply(`/documents/${document.id}`, document);
    return createOnce(request, documentWrites(document, caller.id), { ...reply, body: { document, upload } });
  },
});

const list = defineOperation({
  operationId: 'findDocuments',
  method: 'GET',
  path: '/documents',
  auth: 'jwt',
  roles: TEAM,
  query: z.strictObject({ ...pageParameters, ...documentListQuery.def.shape }),
  async handle({ caller, query }) {
    const { customerId, type, q, ...page } = query;
    const words = searchWords(q);
    if (customerId) {
      await visibleCustomer(caller, customerId);
      const found = await findDocuments({ customerId }, words, page);
      return {
        status: 200,
        body: type ? { ...found, items: found.items.filter((item) => item.type === type) } : found,
      };
    }
    // Department-wide by type: the manager and sales admin; reps see market research this way.
    const wanted = type ?? 'market_research';
    if (wanted !== 'market_research' && !hasAnyRole(caller, ['sales_admin', 'sales_manager']))
      throw notAllowed(
        `Every ${wanted} of the department is for sales admin and the manager; a rep finds a customer’s documents by its customerId.`,
      );
    return { status: 200, body: await findDocuments({ type: wanted }, words, page) };
  },
});

const read = defineOperation({
  operationId: 'getDocument',
  method: 'GET',
  path: '/documents/{id}',
  auth: 'jwt',
  roles: TEAM,
  ownership: [ownCustomer],
  params: idParams,
  async handle({ caller, params }) {
    const document = found(await getDocument(params.id), `Document ${params.id}`);
    await assertMayRead(caller, document);
    await assertUploadedAsAnnounced(fileKey(document.id), document, `Document ${document.id}'s file`);
    const extension = document.fileName.includes('.')
      ? document.fileName.slice(document.fileName.lastIndexOf('.'))
      : '';
    return {
      status: 200,
      headers: { etag: `"${document.version}"`, 'cache-control': 'no-store' },
      body: {
        document,
        download: {
          url: await downloadUrl(fileKey(document.id), `document-${document.id}${extension}`),
          expiresAt: new Date(Date.now() + PRESIGNED_SECONDS * 1000).toISOString(),
        },
      },
    };
  },
});

export const documentOperations: readonly Operation[] = [create, list, read];
