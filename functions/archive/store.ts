import { changeWrites } from '#shared/change.ts';
import { searchFilter, searchText, withoutSearchText } from '#shared/search.ts';
import { getResource, type PageParameters, queryPage } from '#shared/listing.ts';
import { type TransactItem } from '#shared/transaction.ts';
import { Documents } from './entities.ts';
import type { ArchivedDocument } from './model.ts';

/** Where a document's file is kept in the documents bucket. */
export const fileKey = (id: string) => `archive/${id}`;

/** A new document with its audit record; it is found by the words of its title and tags. */
export const documentWrites = (document: ArchivedDocument, actorId: string): TransactItem[] =>
  changeWrites({
    entity: Documents,
    key: document,
    before: undefined,
    after: { ...document, ...searchText([document.title, ...document.tags]) },
    actor: actorId,
    auditAs: withoutSearchText,
  });

export async function getDocument(id: string): Promise<ArchivedDocument | undefined> {
  const document = await getResource<ArchivedDocument>(Documents.key({ id }));
  return document && withoutSearchText(document);
}

/** A customer's documents, or a type's, newest first, with every word (lower case) in title or tags. */
export async function findDocuments(
  scope: { customerId: string } | { type: ArchivedDocument['type'] },
  words: readonly string[],
  page: PageParameters,
) {
  const partition =
    'customerId' in scope
      ? { index: 'gsi1' as const, attribute: 'gsi1pk', value: Documents.indexPartition('gsi1', scope) }
      : { index: 'gsi2' as const, attribute: 'gsi2pk', value: Documents.indexPartition('gsi2', scope) };
  const found = await queryPage<ArchivedDocument>({
    index: partition.index,
    partition: { attribute: partition.attribute, value: partition.value },
    newestFirst: true,
    ...searchFilter(words),
    ...page,
  });
  return { ...found, items: found.items.map((document) => withoutSearchText(document)) };
}
