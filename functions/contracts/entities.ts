import { defineEntity } from '#shared/entity.ts';

export const Contracts = defineEntity({
  type: 'Contract',
  owner: 'contracts',
  description: 'A contract drafted from an accepted quote revision, its review round and signing.',
  key: { pk: 'CONTRACT#{id}', sk: 'CONTRACT' },
  indexes: {
    gsi1: { pk: 'OWNER#{ownerId}#CONTRACTS', sk: 'CONTRACT#{id}' },
    gsi2: { pk: 'CONTRACTS', sk: 'CONTRACT#{id}' },
  },
  audited: true,
  patterns: [
    { name: 'contract by id', by: 'item' },
    { name: 'one rep’s contracts', index: 'gsi1', by: 'partition' },
    { name: 'all contracts', index: 'gsi2', by: 'partition' },
  ],
});

export const QuoteContractClaims = defineEntity({
  type: 'QuoteContractClaim',
  owner: 'contracts',
  description: 'One contract per accepted quote: this claim exists once the quote has one.',
  key: { pk: 'QUOTE#{quoteId}', sk: 'CONTRACT' },
  patterns: [
    { name: 'does a quote have a contract', by: 'item', notes: 'condition in the create transaction' },
  ],
});
