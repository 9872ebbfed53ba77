import { etagOf } from './conditional.ts';
import type { Reply } from './http.ts';
import { notFound } from './problem.ts';

interface Versioned {
  version: number;
}

/** 200 with the resource and its ETag. */
export const resourceReply = (resource: Versioned): Reply => ({
  status: 200,
  body: resource,
  headers: { etag: etagOf(resource.version) },
});

/** 201 with the new resource, its ETag and Location. */
export const createdReply = (location: string, resource: Versioned): Reply => ({
  status: 201,
  body: resource,
  headers: { etag: etagOf(resource.version), location },
});

/** The resource, or a 404 that names what was missing. */
export function found<T>(resource: T | undefined, what: string): T {
  if (resource === undefined) throw notFound(`${what} does not exist.`);
  return resource;
}
