import { describe, expect, it } from 'vitest';
import { extend, GENESIS, link, sealProblems } from '../../functions/audit/chain.ts';

const entry = (id: string, actorId = 'E1') => ({
  pk: 'CUSTOMER#1',
  sk: `AUDIT#${id}`,
  id,
  actorId,
  changes: { a: { from: 1, to: 2 } },
});

describe('the audit hash chain', () => {
  it('links each entry to the one before, whatever order its fields were stored in', () => {
    const one = entry('01');
    const reordered = { changes: one.changes, actorId: one.actorId, id: one.id, sk: one.sk, pk: one.pk };
    expect(link(GENESIS, one)).toBe(link(GENESIS, reordered));
    expect(link(GENESIS, one)).toMatch(/^[0-9a-f]{64}$/);
    expect(link(GENESIS, one)).not.toBe(link('f'.repeat(64), one));
  });

  it('changes its head when an entry changes, goes missing or the order changes', () => {
    const start = { head: GENESIS, count: 0 };
    const sealed = extend(start, [entry('01'), entry('02')]);
    expect(sealed).toMatchObject({ count: 2, firstId: '01', lastId: '02' });
    expect(extend(start, [entry('01'), entry('02', 'E2')]).head).not.toBe(sealed.head);
    expect(extend(start, [entry('02')]).head).not.toBe(sealed.head);
    expect(extend(start, [entry('02'), entry('01')]).head).not.toBe(sealed.head);
    // Page by page or at once: the same chain.
    expect(extend(extend(start, [entry('01')]), [entry('02')])).toEqual(sealed);
  });

  it('names each problem of a sealed day', () => {
    const seal = { day: '2026-12-01', previous: 'a'.repeat(64), head: 'b'.repeat(64), count: 2 };
    const before = { day: '2026-11-30', previous: GENESIS, head: 'a'.repeat(64), count: 5 };
    expect(sealProblems(seal, { head: seal.head, count: 2 }, seal, before)).toEqual([]);
    expect(sealProblems(seal, { head: 'c'.repeat(64), count: 1 }, seal, before)).toEqual([
      '2 entries were sealed; 1 are there now',
      'the entries no longer hash to the sealed head',
    ]);
    expect(sealProblems(seal, { head: seal.head, count: 2 }, undefined, before)).toEqual([
      'no locked copy of the seal was found',
    ]);
    expect(
      sealProblems(seal, { head: seal.head, count: 2 }, { ...seal, head: 'd'.repeat(64) }, before),
    ).toEqual(['the seal differs from its locked copy']);
    // The seal before it removed: the chain starts nowhere it should.
    expect(sealProblems(seal, { head: seal.head, count: 2 }, seal, undefined)).toEqual([
      'the seal does not chain on from the start',
    ]);
  });
});
