import { describe, expect, it } from 'vitest';
import { emailParts, linked } from '../../functions/shared/html.ts';

describe('links in email text', () => {
  it('link a whole URL and stop where the URL does, Chinese text after it included', () => {
    expect(linked('见 https://example.com/a?b=1。谢谢')).toBe(
      '见 <a href="https://example.com/a?b=1">https://example.com/a?b=1</a>。谢谢',
    );
    expect(linked('see http://a.b/c). next')).toBe('see <a href="http://a.b/c">http://a.b/c</a>). next');
  });
  it('never let hostile text into an attribute or the page', () => {
    const hostile = linked(
      `<a href='http://evil.example/x'>click</a> "http://x.y/z"><script>alert(1)</script>`,
    );
    expect(hostile).not.toMatch(/<script|<a href='|href="[^"]*['<>]/);
    expect(hostile).toContain('<a href="http://evil.example/x">http://evil.example/x</a>');
    expect(hostile).toContain('&lt;script&gt;');
  });
  it('leave what is not a whole URL as text', () => {
    expect(linked('no url http:// here')).toBe('no url http:// here');
    expect(linked('javascript:alert(1)')).toBe('javascript:alert(1)');
  });
  it('build the text part unescaped and the HTML part escaped from the same lines', () => {
    const parts = emailParts(['A & B <c>', 'https://x.example/y'], ['Sign-off']);
    expect(parts.text).toBe('A & B <c>\nhttps://x.example/y\n\nSign-off');
    expect(parts.html).toContain('<p>A &amp; B &lt;c&gt;</p>');
    expect(parts.html).toContain('<a href="https://x.example/y">');
  });
});
