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

export const invalidCursor = () =>
  new HttpProblem(400, 'The cursor is not valid for this list.', {
    slug: 'validation',
    errors: [{ in: 'query', path: 'cursor', message: 'Unknown or altered cursor' }],
  });

/**
 * The start key in a cursor, if it is one this list could have produced: exactly the key attributes
 * of the table or index it queries (`keyAttributes`), all strings, in the expected partition.
 */
export function decodeCursor(
  cursor: string | undefined,
  expected: { attribute: string; value: string },
  keyAttributes: readonly string[],
): StartKey | undefined {
  if (cursor === undefined) return undefined;
  const key = cursorFields(cursor);
  if (
    Object.keys(key).length !== keyAttributes.length ||
    !keyAttributes.every((attribute) => attribute in key) ||
    key[expected.attribute] !== expected.value
  )
    throw invalidCursor();
  return key;
}

/**
 * The fields of a cursor this API wrote with `encodeCursor` (text values only), for a list that
 * checks them itself; anything else is the 400 of an invalid cursor.
 */
export function cursorFields(cursor: string): Record<string, string> {
  let fields: unknown;
  try {
    fields = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (
    typeof fields !== 'object' ||
    fields === null ||
    Array.isArray(fields) ||
    !Object.values(fields).every((value) => typeof value === 'string')
  )
    throw invalidCursor();
  return fields as Record<string, string>;
}
