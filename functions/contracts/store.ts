import { nextVersion } from '#shared/clock.ts';
import { type Caused, changeWrites } from '#shared/change.ts';
import {
  getResource,
  type ListScope,
  type PageParameters,
  queryPage,
  scopedPartition,
} from '#shared/listing.ts';
import { putNew } from '#shared/transaction.ts';
import { Contracts, QuoteContractClaims } from './entities.ts';
import type { Contract } from './model.ts';

export async function getContract(id: string): Promise<Contract | undefined> {
  return getResource<Contract>(Contracts.key({ id }));
}

/** A contract's change (a new one claims its quote: one contract per quote), with its events. */
export const contractWrites = (
  before: Contract | undefined,
  after: Contract,
  actorId: string,
  events: readonly Caused[] = [],
) =>
  changeWrites({
    entity: Contracts,
    key: { id: after.id, ownerId: after.ownerId },
    before,
    after,
    actor: actorId,
    events,
    with: before
      ? []
      : [putNew(QuoteContractClaims.item({ quoteId: after.quoteId }, { contractId: after.id }))],
  });

/** A contract moved to another owner with its customer (conditional on the version read). */
export const contractOwnerChangeWrites = (before: Contract, ownerId: string, actorId: string, at: string) =>
  contractWrites(before, nextVersion({ ...before, ownerId }, at), actorId);

export function listContracts(scope: ListScope, page: PageParameters) {
  return queryPage<Contract>({
    ...scopedPartition(scope, Contracts),
    ...page,
  });
}
