import { ulid } from 'ulid';

/** Ids are ULIDs: sortable by creation time, safe in URLs. */
export const newId = (): string => ulid();

/** Timestamps are ISO-8601 in UTC (`Z` offset). */
export const nowIso = (): string => new Date().toISOString();

export interface Versioned {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A new resource: a fresh id, version 1, created and updated now. */
export function newResource<T extends object>(fields: T, now = nowIso()): T & Versioned {
  return { ...fields, id: newId(), version: 1, createdAt: now, updatedAt: now };
}

/** The next version of a record that keeps no time of its own (a receipt issue, an installment). */
export const bumpVersion = <T extends { version: number }>(changed: T): T => ({
  ...changed,
  version: changed.version + 1,
});

/** The next version of a changed resource. */
export function nextVersion<T extends { version: number }>(changed: T, now = nowIso()): T {
  return { ...changed, version: changed.version + 1, updatedAt: now };
}
