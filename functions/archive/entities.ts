import { defineEntity } from '#shared/entity.ts';

export const Documents = defineEntity({
  type: 'Document',
  owner: 'archive',
  description:
    'An archived document (R-7.2): contract, quote, customer material or market research, its file in the private documents bucket (`archive/<id>`), with type, customer, title, tags, author and date; `searchText` holds its title and tags in lower case for the search filter.',
  key: { pk: 'DOCUMENT#{id}', sk: 'DOCUMENT' },
  audited: true,
  indexes: {
    gsi1: { pk: 'CUSTOMER#{customerId}#DOCUMENTS', sk: '{createdAt}#{id}', sparse: true },
    gsi2: { pk: 'DOCUMENTS#{type}', sk: '{createdAt}#{id}' },
  },
  patterns: [
    { name: 'a document', by: 'item' },
    { name: 'a customer’s documents, newest first', index: 'gsi1', by: 'partition' },
    { name: 'the documents of a type, newest first', index: 'gsi2', by: 'partition' },
  ],
});
