import { auditChange } from '#shared/audit.ts';
import {
  getResource,
  type ListScope,
  type PageParameters,
  queryPage,
  scopedPartition,
} from '#shared/listing.ts';
import { putNew, putVersioned, type TransactItem } from '#shared/transaction.ts';
import { Contracts, QuoteContractClaims } from './entities.ts';
import type { Contract } from './model.ts';

const contractItem = (contract: Contract) =>
  Contracts.item({ id: contract.id, ownerId: contract.ownerId }, contract);

export async function getContract(id: string): Promise<Contract | undefined> {
  return getResource<Contract>(Contracts.key({ id }));
}

export function contractWrites(
  before: Contract | undefined,
  after: Contract,
  actorId: string,
): TransactItem[] {
  return [
    putVersioned(before, contractItem(after)),
    ...(before
      ? []
      : [putNew(QuoteContractClaims.item({ quoteId: after.quoteId }, { contractId: after.id }))]),
    auditChange(Contracts.key({ id: after.id }), {
      type: 'Contract',
      id: after.id,
      actorId,
      at: after.updatedAt,
      before,
      after,
    }),
  ];
}

/** A contract moved to another owner with its customer (conditional on the version read). */
export function contractOwnerChangeWrites(before: Contract, ownerId: string, actorId: string, at: string) {
  return contractWrites(before, { ...before, ownerId, version: before.version + 1, updatedAt: at }, actorId);
}

export function listContracts(scope: ListScope, page: PageParameters) {
  return queryPage<Contract>({
    ...scopedPartition(scope, Contracts),
    ...page,
  });
}
