import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Tokens of emailed single-use links (approvals, a customer's receipt): 256 random bits, sent once
 * by email, stored only as a SHA-256 digest and compared in constant time.
 */
export const newLinkToken = (): string => randomBytes(32).toString('base64url');
export const tokenDigest = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Whether a presented token is the one whose digest was stored. */
export function tokenMatches(storedDigest: string, token: string): boolean {
  const expected = Buffer.from(storedDigest, 'hex');
  const presented = Buffer.from(tokenDigest(token), 'hex');
  return expected.length === presented.length && timingSafeEqual(expected, presented);
}

/** Why a link cannot act: unknown or replaced (404), expired (410), already used (409). */
export type LinkCheck = 'invalid' | 'expired' | 'used';

/**
 * A stored single-use link: its token's digest, when it stops working (an ISO time; not
 * `expiresAt`, which is the table's TTL attribute in epoch seconds), when it was used.
 */
export interface StoredLink {
  tokenHash: string;
  validUntil: string;
  usedAt?: string;
}

/** Whether a presented token opens a stored link now. */
export function checkLink(
  link: StoredLink | undefined,
  token: string | undefined,
  now: Date,
): LinkCheck | 'ok' {
  if (!link || !token || !tokenMatches(link.tokenHash, token)) return 'invalid';
  if (link.usedAt) return 'used';
  // Fails closed: a link without a valid end of validity is expired.
  if (!(Date.parse(link.validUntil) > now.getTime())) return 'expired';
  return 'ok';
}
