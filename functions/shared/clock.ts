import { ulid } from 'ulid';

/** Ids are ULIDs: sortable by creation time, safe in URLs. */
export const newId = (): string => ulid();

/** Timestamps are ISO-8601 in UTC (`Z` offset). */
export const nowIso = (): string => new Date().toISOString();
