import { HttpProblem } from './problem.ts';

/**
 * Opaque pagination cursors: the DynamoDB start key, base64url-encoded. A cursor is accepted only
 * when it points into the partition the request is allowed to query, so a crafted cursor cannot
 * widen what a caller sees.
 */
export type StartKey = Record<string, string>;

export function encodeCursor(key: StartKey | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;
}

const invalid = () =>
  new HttpProblem(400, 'The cursor is not valid for this list.', {
    slug: 'validation',
    errors: [{ in: 'query', path: 'cursor', message: 'Unknown or altered cursor' }],
  });

export function decodeCursor(
  cursor: string | undefined,
  expected: { attribute: string; value: string },
): StartKey | undefined {
  if (cursor === undefined) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof key !== 'object' || key === null || Array.isArray(key)) throw invalid();
  const entries = Object.entries(key);
  if (entries.length === 0 || entries.length > 4 || entries.some(([, v]) => typeof v !== 'string'))
    throw invalid();
  if ((key as StartKey)[expected.attribute] !== expected.value) throw invalid();
  return key as StartKey;
}
