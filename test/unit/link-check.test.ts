import { describe, expect, it } from 'vitest';
import { checkLink } from '../../functions/shared/link-pages.ts';
import { newLinkToken, tokenDigest } from '../../functions/shared/link-tokens.ts';

describe('an emailed link', () => {
  const token = newLinkToken();
  const now = new Date('2026-12-01T00:00:00.000Z');
  const link = { tokenHash: tokenDigest(token), validUntil: '2026-12-02T00:00:00.000Z' };

  it('opens with its token until it is used or expires', () => {
    expect(checkLink(link, token, now)).toBe('ok');
    expect(checkLink(link, newLinkToken(), now)).toBe('invalid');
    expect(checkLink(link, undefined, now)).toBe('invalid');
    expect(checkLink(undefined, token, now)).toBe('invalid');
    expect(checkLink({ ...link, usedAt: '2026-12-01T00:00:00.000Z' }, token, now)).toBe('used');
    expect(checkLink(link, token, new Date('2026-12-02T00:00:00.000Z'))).toBe('expired');
  });

  it('fails closed: without a readable end of validity it is expired', () => {
    expect(checkLink({ tokenHash: link.tokenHash } as typeof link, token, now)).toBe('expired');
    expect(checkLink({ ...link, validUntil: 'soon' }, token, now)).toBe('expired');
  });
});
