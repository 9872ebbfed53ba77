import { getResource, type PageParameters, queryPage } from '#shared/listing.ts';
import { putNew, type TransactItem } from '#shared/transaction.ts';
import { Documents } from './entities.ts';
import type { ArchivedDocument } from './model.ts';

/** The words a document is found by: its title and tags, lower case. */
const searchText = (document: ArchivedDocument) =>
  [document.title, ...document.tags].join('\n').toLowerCase();

export const documentWrite = (document: ArchivedDocument): TransactItem =>
  putNew(Documents.item(document, { ...document, searchText: searchText(document) }));

const withoutSearchText = ({ searchText: _text, ...document }: ArchivedDocument & { searchText?: string }) =>
  document as ArchivedDocument;

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
    ...(words.length > 0
      ? {
          filter: {
            expression: words.map((_word, index) => `contains(#text, :w${index})`).join(' AND '),
            names: { '#text': 'searchText' },
            values: Object.fromEntries(words.map((word, index) => [`:w${index}`, word])),
          },
        }
      : {}),
    ...page,
  });
  return { ...found, items: found.items.map(withoutSearchText) };
}
