import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * The audit trail's hash chain: each entry, as stored (keys included, so a moved entry shows), is
 * hashed in its RFC 8785 canonical JSON together with the link before it. A day's seal keeps the
 * last link; the next day chains on from it, so one head stands for every entry ever sealed.
 */
export const GENESIS = '0'.repeat(64);

export const link = (previous: string, entry: object): string =>
  createHash('sha256')
    .update(previous)
    .update('\n')
    .update(canonicalize(entry) ?? '')
    .digest('hex');

export interface ChainState {
  head: string;
  count: number;
  firstId?: string;
  lastId?: string;
}

/** The chain after more entries, in write order (their `id`s, ULIDs, sort so). */
export function extend(state: ChainState, entries: readonly Record<string, unknown>[]): ChainState {
  let { head, count, firstId, lastId } = state;
  for (const entry of entries) {
    head = link(head, entry);
    count++;
    firstId ??= String(entry.id);
    lastId = String(entry.id);
  }
  return { head, count, ...(firstId ? { firstId } : {}), ...(lastId ? { lastId } : {}) };
}

/** What a day's seal records, and what a verification compares with a fresh computation. */
export interface SealFigures {
  day: string;
  previous: string;
  head: string;
  count: number;
}

/**
 * Why a sealed day no longer matches: the seal against what the entries give now, against the
 * copy kept where no one can change it (missing when there is none yet), and against the day
 * sealed before it.
 */
export function sealProblems(
  seal: SealFigures,
  computed: ChainState,
  kept: SealFigures | undefined,
  before: SealFigures | undefined,
): string[] {
  const problems: string[] = [];
  if (computed.count !== seal.count)
    problems.push(`${seal.count} entries were sealed; ${computed.count} are there now`);
  if (computed.head !== seal.head) problems.push('the entries no longer hash to the sealed head');
  if (kept === undefined) problems.push('no locked copy of the seal was found');
  else if (kept.head !== seal.head || kept.count !== seal.count || kept.previous !== seal.previous)
    problems.push('the seal differs from its locked copy');
  if ((before?.head ?? GENESIS) !== seal.previous)
    problems.push(`the seal does not chain on from ${before?.day ?? 'the start'}`);
  return problems;
}
