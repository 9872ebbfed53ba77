import { defineEntity } from '#shared/entity.ts';

export const Imports = defineEntity({
  type: 'Import',
  owner: 'imports',
  description:
    'A spreadsheet moved in (customers with their contacts, CSV or Excel): its file in the documents bucket (`imports/<id>`), the dry run’s problems by row, and the run’s counts.',
  key: { pk: 'IMPORT#{id}', sk: 'IMPORT' },
  indexes: { gsi1: { pk: 'IMPORTS#{status}', sk: '{createdAt}#{id}' } },
  audited: true,
  patterns: [
    { name: 'an import', by: 'item' },
    { name: 'the imports in a state, oldest first (the runner: queued)', index: 'gsi1', by: 'partition' },
  ],
});
