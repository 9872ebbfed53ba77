const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML (emails and pages): names and notes come from users. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);

/**
 * A whole web address in plain text: scheme, host, then only the ASCII characters a URL may hold
 * (so text after it, Chinese or a quote, is not swallowed), without trailing punctuation.
 */
const URL_IN_TEXT =
  /https?:\/\/[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::\d{1,5})?(?:[/?#][A-Za-z0-9\-._~:/?#[\]@!$&()*+,;=%]*)?/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

/** A line for HTML: escaped, and each whole URL in it a link (found before escaping, escaped after). */
export function linked(line: string): string {
  let html = '';
  let from = 0;
  for (const match of line.matchAll(URL_IN_TEXT)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, '');
    html += escapeHtml(line.slice(from, match.index)) + `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
    from = match.index + url.length;
  }
  return html + escapeHtml(line.slice(from));
}

/**
 * An email's text and HTML parts from the same lines: one paragraph a line, links clickable, an
 * optional footer set apart (signature, how to opt out).
 */
export function emailParts(lines: string[], footer: string[] = []): { text: string; html: string } {
  const body = lines.map((line) => (line === '' ? '<br>' : `<p>${linked(line)}</p>`)).join('');
  const foot =
    footer.length > 0
      ? `<hr><p style="color:#666;font-size:smaller">${footer.map(escapeHtml).join('<br>')}</p>`
      : '';
  return {
    text: footer.length > 0 ? [...lines, '', ...footer].join('\n') : lines.join('\n'),
    html: `<!doctype html><html><body style="font-family:sans-serif;line-height:1.6">${body}${foot}</body></html>`,
  };
}

/**
 * The headers of a page behind an emailed link: never cached, never framed, the token never leaves
 * in a Referer, forms post only to this API.
 */
const LINK_PAGE_HEADERS = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
};

const LINK_PAGE_STYLE =
  'body{font-family:sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5}button{font-size:1rem;padding:.5rem 1.5rem;margin-right:1rem}textarea{width:100%;min-height:5rem}.muted{color:#666}';

/** A whole page behind an emailed link (approvals, a customer's receipt); `body` is HTML already. */
export const linkPage = (status: number, title: string, body: string, language: string) => ({
  status,
  contentType: 'text/html; charset=utf-8',
  headers: LINK_PAGE_HEADERS,
  body: `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${LINK_PAGE_STYLE}</style></head><body>${body}</body></html>`,
});
