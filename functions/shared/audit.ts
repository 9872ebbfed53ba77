import * as z from 'zod/mini';
import { newId } from './clock.ts';
import { named } from './schemas.ts';
import { putNew, type TransactItem } from './transaction.ts';
import type { PrimaryKey } from './entity.ts';
import { AuditRecords } from './entities.ts';
import { correlationId } from './correlation.ts';
import { today } from './calendar.ts';

/** Who changed what and when; written in the same transaction as the change itself. */
export interface AuditRecord {
  resourceType: string;
  resourceId: string;
  action: 'created' | 'updated';
  actorId: string;
  at: string;
  changes: Record<string, { from: unknown; to: unknown }>;
  /** The request or event the change came from (see correlation.ts): one search in the logs. */
  correlationId?: string;
}

/** An audit record as the trail routes show it. */
export const auditTrailEntry = named(
  'AuditEntry',
  z.object({
    resourceType: z.string(),
    resourceId: z.string(),
    action: z.enum(['created', 'updated']),
    actorId: z.string(),
    at: z.string(),
    changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
    correlationId: z.optional(z.string()),
  }),
);

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
  const correlation = correlationId();
  return putNew(
    AuditRecords.item(
      { entityPk: entity.pk, id: newId(), day: today() },
      { ...record, ...(correlation && !record.correlationId ? { correlationId: correlation } : {}) },
    ),
  );
}

/** The audit record of a change: `created` when there was nothing before, else the changed fields. */
export function auditChange(
  entity: PrimaryKey,
  change: { type: string; id: string; actorId: string; at: string; before?: object; after: object },
): TransactItem {
  return auditEntry(entity, {
    resourceType: change.type,
    resourceId: change.id,
    action: change.before ? 'updated' : 'created',
    actorId: change.actorId,
    at: change.at,
    changes: changedFields(
      (change.before ?? {}) as Record<string, unknown>,
      change.after as Record<string, unknown>,
    ),
  });
}
