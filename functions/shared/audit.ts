import { newId } from './clock.ts';
import { putNew, type TransactItem } from './transaction.ts';
import type { PrimaryKey } from './entity.ts';
import { AuditRecords } from './entities.ts';

/** Who changed what and when; written in the same transaction as the change itself. */
export interface AuditRecord {
  resourceType: string;
  resourceId: string;
  action: 'created' | 'updated';
  actorId: string;
  at: string;
  changes: Record<string, { from: unknown; to: unknown }>;
}

const BOOKKEEPING = new Set(['version', 'updatedAt', 'createdAt', 'id']);

/** Field-level differences between two versions of a resource, bookkeeping fields left out. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): AuditRecord['changes'] {
  const changes: AuditRecord['changes'] = {};
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (BOOKKEEPING.has(field)) continue;
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      changes[field] = { from: before[field] ?? null, to: after[field] ?? null };
    }
  }
  return changes;
}

export function auditEntry(entity: PrimaryKey, record: AuditRecord): TransactItem {
  return putNew(AuditRecords.item({ entityPk: entity.pk, id: newId() }, record));
}
