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

const linked = (line: string) =>
  escapeHtml(line).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

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
