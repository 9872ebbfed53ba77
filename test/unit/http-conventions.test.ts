import { describe, expect, it } from 'vitest';
import { changedFields } from '../../functions/shared/audit.ts';
import { expectedVersion } from '../../functions/shared/conditional.ts';
import { decodeCursor, encodeCursor } from '../../functions/shared/cursor.ts';
import { mergePatch } from '../../functions/shared/merge-patch.ts';
import type { HttpProblem } from '../../functions/shared/problem.ts';

const statusOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return (error as HttpProblem).status;
  }
  return 'no error';
};

describe('If-Match', () => {
  it('is required', () => expect(statusOf(() => expectedVersion({}, 3))).toBe(428));
  it('must name the current version', () => {
    expect(statusOf(() => expectedVersion({ 'if-match': '"2"' }, 3))).toBe(412);
    expect(expectedVersion({ 'if-match': '"3"' }, 3)).toBe(3);
    expect(expectedVersion({ 'if-match': 'W/"3"' }, 3)).toBe(3);
    expect(expectedVersion({ 'if-match': '"1", "3"' }, 3)).toBe(3);
    expect(expectedVersion({ 'if-match': '*' }, 7)).toBe(7);
  });
});

describe('cursors', () => {
  const partition = { attribute: 'gsi1pk', value: 'OWNER#A#CUSTOMERS' };
  const gsi1Key = ['pk', 'sk', 'gsi1pk', 'gsi1sk'];
  it('round-trip', () => {
    const key = { pk: 'CUSTOMER#1', sk: 'CUSTOMER', gsi1pk: 'OWNER#A#CUSTOMERS', gsi1sk: 'CUSTOMER#1' };
    expect(decodeCursor(encodeCursor(key), partition, gsi1Key)).toEqual(key);
  });
  it('refuse a cursor into another partition', () => {
    const foreign = encodeCursor({
      pk: 'CUSTOMER#1',
      sk: 'CUSTOMER',
      gsi1pk: 'OWNER#B#CUSTOMERS',
      gsi1sk: 'C',
    });
    expect(statusOf(() => decodeCursor(foreign, partition, gsi1Key))).toBe(400);
  });
  it('refuse garbage', () => {
    expect(statusOf(() => decodeCursor('not base64 json', partition, gsi1Key))).toBe(400);
    expect(statusOf(() => decodeCursor(Buffer.from('[1,2]').toString('base64url'), partition, gsi1Key))).toBe(
      400,
    );
    expect(
      statusOf(() =>
        decodeCursor(Buffer.from('{"gsi1pk":{"S":"x"}}').toString('base64url'), partition, gsi1Key),
      ),
    ).toBe(400);
  });
  it('refuse a key of another shape, even in the right partition (another list, a missing or extra attribute)', () => {
    const shaped = (key: Record<string, string>) =>
      statusOf(() => decodeCursor(encodeCursor(key), partition, gsi1Key));
    expect(shaped({ gsi1pk: 'OWNER#A#CUSTOMERS', gsi1sk: 'C' })).toBe(400);
    expect(shaped({ pk: 'P', sk: 'S', gsi1pk: 'OWNER#A#CUSTOMERS', gsi2sk: 'C' })).toBe(400);
    expect(shaped({ pk: 'P', sk: 'S', gsi1pk: 'OWNER#A#CUSTOMERS', gsi1sk: 'C', extra: 'x' })).toBe(400);
  });
});

describe('mergePatch (RFC 7396)', () => {
  it('replaces, removes with null and merges objects', () => {
    const target = { a: 1, b: { c: 2, d: 3 }, e: [1, 2] };
    expect(mergePatch(target, { a: null, b: { c: null, f: 4 }, e: [3] })).toEqual({
      b: { d: 3, f: 4 },
      e: [3],
    });
    expect(target).toEqual({ a: 1, b: { c: 2, d: 3 }, e: [1, 2] });
  });
});

describe('changedFields', () => {
  it('lists what changed, without bookkeeping', () => {
    expect(
      changedFields(
        { name: 'A', tags: ['x'], version: 1, updatedAt: 't1' },
        { name: 'B', tags: ['x'], region: 'r', version: 2, updatedAt: 't2' },
      ),
    ).toEqual({ name: { from: 'A', to: 'B' }, region: { from: null, to: 'r' } });
  });
});
