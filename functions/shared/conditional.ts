import { HttpProblem } from './problem.ts';

/** Resources carry their version as a strong ETag. */
export const etagOf = (version: number): string => `"${version}"`;

/**
 * The version a conditional update expects, from `If-Match`: missing is 428, a tag that is not the
 * current version is 412. `*` means "whatever is current" and returns undefined.
 */
export function expectedVersion(headers: Record<string, string | undefined>, current: number): number {
  const ifMatch = headers['if-match']?.trim();
  if (!ifMatch) {
    throw new HttpProblem(428, 'Send If-Match with the ETag of the version you read.');
  }
  if (ifMatch === '*') return current;
  const tags = ifMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (!tags.includes(etagOf(current))) {
    throw new HttpProblem(412, `The resource changed: its current ETag is ${etagOf(current)}.`, {
      headers: { etag: etagOf(current) },
    });
  }
  return current;
}

export const staleWrite = (id: string) =>
  new HttpProblem(412, `Resource ${id} was changed by someone else meanwhile; read it again and retry.`);
