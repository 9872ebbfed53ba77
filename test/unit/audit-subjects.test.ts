import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIT_SUBJECTS, partitionVariable, subjectPartition } from '../../functions/audit-subjects.ts';
import type { Entity, EntitySpec } from '../../functions/shared/entity.ts';

const root = new URL('../../functions/', import.meta.url);
const audited: Entity<EntitySpec>[] = [];
for (const dir of readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
  const file = new URL(`${dir.name}/entities.ts`, root);
  if (!readdirSync(new URL(`${dir.name}/`, root)).includes('entities.ts')) continue;
  for (const value of Object.values((await import(file.href)) as Record<string, unknown>))
    if ((value as Entity<EntitySpec>)?.spec?.audited) audited.push(value as Entity<EntitySpec>);
}
const prefix = (entity: Entity<EntitySpec>) => entity.spec.key.pk.split('{')[0];

describe('the audit trail’s subjects', () => {
  it('cover the partition of every audited entity', () => {
    expect(audited.length).toBeGreaterThan(20);
    const covered = new Set(Object.values(AUDIT_SUBJECTS).map((subject) => prefix(subject.entity)));
    expect(audited.filter((entity) => !covered.has(prefix(entity))).map((entity) => entity.type)).toEqual([]);
  });

  it('name each partition by its one value', () => {
    expect(subjectPartition('customer', '01KCUSTOMER0000000000000000')).toBe(
      'CUSTOMER#01KCUSTOMER0000000000000000',
    );
    expect(subjectPartition('expense-audit', '2026-Q3')).toBe('EXPENSE_AUDIT#2026-Q3');
    expect(subjectPartition('performance-targets', '2026')).toBe('TARGETS#2026');
    for (const subject of Object.values(AUDIT_SUBJECTS))
      expect(() => partitionVariable(subject.entity)).not.toThrow();
  });
});
