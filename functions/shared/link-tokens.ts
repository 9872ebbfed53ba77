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
