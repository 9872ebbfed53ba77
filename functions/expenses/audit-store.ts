import { causes, changeWrites } from '#shared/change.ts';
import {
  collectAll,
  type Page,
  type PageParameters,
  partitionItems,
  queryPage,
  toResource,
} from '#shared/listing.ts';
import { putNew, type TransactItem } from '#shared/transaction.ts';
import type { AuditFinding, ExpenseAudit } from './audit-model.ts';
import { AuditFindings, Claims, ExpenseAudits } from './entities.ts';
import { auditFindingRecorded, expenseAuditClosed, expenseAuditOpened } from './events.ts';
import type { Claim } from './model.ts';

/** The approved and paid claims filed in a period's months: the audit's population. */
export async function auditPopulation(months: readonly string[]): Promise<Claim[]> {
  const partition = { attribute: 'gsi2pk', value: Claims.indexPartition('gsi2', {}) };
  const filed = (status: 'approved' | 'paid') =>
    collectAll((page) =>
      queryPage<Claim>({
        index: 'gsi2',
        partition,
        sortKeyBetween: {
          attribute: 'gsi2sk',
          from: `${status}#${months[0]}`,
          to: `${status}#${months.at(-1)}~`,
        },
        ...page,
      }),
    );
  return [...(await filed('approved')), ...(await filed('paid'))];
}

/** A period's audit and its findings, in one Query of its partition. */
export async function getAudit(
  period: string,
  consistent = false,
): Promise<{ audit: ExpenseAudit; findings: AuditFinding[] } | undefined> {
  const items = await partitionItems(ExpenseAudits.partition({ period }), { consistent });
  const audit = items.find((item) => item.entityType === ExpenseAudits.type);
  return (
    audit && {
      audit: toResource<ExpenseAudit>(audit),
      findings: items
        .filter((item) => item.entityType === AuditFindings.type)
        .map((item) => toResource<AuditFinding>(item)),
    }
  );
}

export const listAudits = (
  status: ExpenseAudit['status'] | undefined,
  page: PageParameters,
): Promise<Page<ExpenseAudit>> =>
  queryPage<ExpenseAudit>({
    index: 'gsi1',
    partition: { attribute: 'gsi1pk', value: ExpenseAudits.indexPartition('gsi1', {}) },
    newestFirst: true,
    ...(status
      ? {
          filter: {
            expression: '#status = :status',
            names: { '#status': 'status' },
            values: { ':status': status },
          },
        }
      : {}),
    ...page,
  });

/** An audit opened with its sample, in one transaction: all of it or nothing (a period once). */
export function openingWrites(audit: ExpenseAudit, findings: readonly AuditFinding[]): TransactItem[] {
  return changeWrites({
    entity: ExpenseAudits,
    key: { period: audit.period },
    id: audit.period,
    before: undefined,
    after: audit,
    actor: audit.openedBy,
    events: [
      causes(expenseAuditOpened, {
        period: audit.period,
        sampled: audit.sampled,
        population: audit.population,
      }),
    ],
    // The findings' own audit records are left out: one transaction holds at most 100 items.
    with: findings.map((finding) =>
      putNew(AuditFindings.item({ period: finding.period, claimId: finding.claimId }, finding)),
    ),
  });
}

export function findingWrites(before: AuditFinding, after: AuditFinding, actorId: string): TransactItem[] {
  const decided = before.decidedAt !== after.decidedAt && after.outcome === 'finding';
  return changeWrites({
    entity: AuditFindings,
    key: { period: after.period, claimId: after.claimId },
    id: `${after.period}/${after.claimId}`,
    before,
    after,
    actor: actorId,
    events: decided
      ? [
          causes(auditFindingRecorded, {
            period: after.period,
            claimId: after.claimId,
            claimantId: after.claimantId,
            severity: after.severity!,
            requestedAction: after.requestedAction!,
            respondBy: after.respondBy!,
          }),
        ]
      : [],
  });
}

export function closingWrites(before: ExpenseAudit, after: ExpenseAudit, actorId: string): TransactItem[] {
  return changeWrites({
    entity: ExpenseAudits,
    key: { period: after.period },
    id: after.period,
    before,
    after,
    actor: actorId,
    events: [causes(expenseAuditClosed, { period: after.period })],
  });
}
