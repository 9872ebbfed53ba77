import { newId } from '#shared/clock.ts';
import { localDate, timeZone } from '#shared/calendar.ts';
import { tableName } from '#shared/db.ts';
import { linked } from '#shared/html.ts';
import { useLink } from '#shared/link-pages.ts';
import { newLinkToken, type StoredLink, tokenDigest } from '#shared/link-tokens.ts';
import { publicApiUrl } from '#shared/links.ts';
import { getResource } from '#shared/listing.ts';
import { commit, type TransactItem } from '#shared/transaction.ts';
import { ContactLinks } from './entities.ts';
import type { Contact } from './model.ts';

/**
 * The customer's way in from any email (R-3.5, the dedicated complaint channel): every email to a
 * contact ends with a link of its own, bound to that contact, through which they complain or ask
 * for service without knowing an address. Like every emailed link it is single-use and expiring,
 * and only its digest is stored; each later email carries a fresh one.
 */
export const CONTACT_LINK_DAYS = 30;
/** How long an expired link's item stays, so its page can still say "expired" rather than "unknown". */
const KEPT_AFTER_EXPIRY_SECONDS = 30 * 86_400;

export interface ContactLink extends StoredLink {
  id: string;
  customerId: string;
  contactId: string;
  language: Contact['language'];
}

const FOOTER = {
  en: (url: string, until: string) =>
    `To complain or ask for service, write to us here (one message, until ${until}): ${url}`,
  'zh-CN': (url: string, until: string) =>
    `如需投诉或申请售后服务，请点此留言（限一次，${until}前有效）：${url}`,
} as const;

/** Stores a fresh link for this contact; the address with its token, and until when it works. */
export async function newContactLink(
  contact: Pick<Contact, 'customerId' | 'id' | 'language'>,
  at = new Date(),
): Promise<{ url: string; validUntil: string }> {
  const token = newLinkToken();
  const validUntil = new Date(at.getTime() + CONTACT_LINK_DAYS * 86_400_000).toISOString();
  const link: ContactLink = {
    id: newId(),
    customerId: contact.customerId,
    contactId: contact.id,
    language: contact.language,
    tokenHash: tokenDigest(token),
    validUntil,
  };
  const expiresAt = Math.floor(Date.parse(validUntil) / 1000) + KEPT_AFTER_EXPIRY_SECONDS;
  await commit([{ Put: { TableName: tableName(), Item: ContactLinks.item(link, { ...link, expiresAt }) } }]);
  return { url: `${publicApiUrl()}/contact-messages/${link.id}?t=${token}`, validUntil };
}

/**
 * The email with the contact's "write to us" link at its foot (text and HTML). Run inside the
 * email's once-only effect: a retry after a failed send makes a new link, and the unsent one
 * simply expires.
 */
export async function withContactLink<E extends { text: string; html: string }>(
  contact: Pick<Contact, 'customerId' | 'id' | 'language'>,
  email: E,
): Promise<E> {
  const { url, validUntil } = await newContactLink(contact);
  const line = FOOTER[contact.language](url, localDate(new Date(validUntil), timeZone()));
  const foot = `<p style="color:#666;font-size:smaller">${linked(line)}</p>`;
  return {
    ...email,
    text: `${email.text}\n\n${line}`,
    html: email.html.includes('</body>')
      ? email.html.replace('</body>', `${foot}</body>`)
      : email.html + foot,
  };
}

export const getContactLink = (id: string) => getResource<ContactLink>(ContactLinks.key({ id }), true);

/** Uses the link once, in the transaction of what was sent through it: of two sends, one wins. */
export const useContactLink = (link: ContactLink, at: string): TransactItem =>
  useLink('contactLink', ContactLinks.key({ id: link.id }), link.tokenHash, at);
