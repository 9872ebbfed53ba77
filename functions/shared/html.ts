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
