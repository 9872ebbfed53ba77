import { assertUploadedAsAnnounced } from '#shared/storage.ts';
import type { ArchivedDocument } from './model.ts';
import { fileKey } from './store.ts';

/** What other domains may use of the archive domain: a document's metadata, and whether its file is in. */
export { getDocument } from './store.ts';
export type { ArchivedDocument } from './model.ts';

/** The document's file is in the archive as it was announced (type and size); 409 until it is. */
export const assertFileArchived = (document: ArchivedDocument) =>
  assertUploadedAsAnnounced(fileKey(document.id), document, `Document ${document.fileName}`);
