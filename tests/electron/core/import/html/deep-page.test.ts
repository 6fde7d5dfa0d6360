// Pages nested far deeper than any article (thousands of divs in a few KB) are read as their text
// without Readability, whose time grows faster than the depth: the import gives a clipping of the
// page's text, sanitised, instead of minutes of work or a stack overflow.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../../../electron/core/import';
import { MAX_ARTICLE_DEPTH, nestsDeeperThan } from '../../../../../electron/core/import/html/page-bounds';
import { parseHTML } from 'linkedom';

function deepPage(depth: number, withHead = true): string {
  const inner = `<p>Deep inside: the convoy report.</p><script>alert(1)</script><img src="x" onerror="alert(2)">`;
  const nested = `${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}`;
  const body = `<p>At the top: a page of ${depth} nested divs.</p>${nested}<p>At the end.</p>`;
  return withHead ? `<!DOCTYPE html><html><head><title>Deep page ${depth}</title></head><body>${body}</body></html>` : body;
}

describe('deeply nested pages', () => {
  it.each([2_000, 4_000])('imports a page of %i nested divs as a clipping of its text', async (depth) => {
    const document = await importDocument('deep.html', Buffer.from(deepPage(depth)));
    expect(document.title).toBe(`Deep page ${depth}`);
    expect(document.text).toBe(`At the top: a page of ${depth} nested divs.\n\nDeep inside: the convoy report.\n\nAt the end.`);
    expect(document.html).not.toMatch(/<script|onerror|alert/u);
  });

  it('imports a deep fragment without <head> or <body> too', async () => {
    const document = await importDocument('fragment.html', Buffer.from(deepPage(3_000, false)));
    expect(document.text).toContain('Deep inside: the convoy report.');
  });

  it('measures depth without recursion, and leaves ordinary pages to Readability', () => {
    const { document } = parseHTML(deepPage(MAX_ARTICLE_DEPTH + 5));
    expect(nestsDeeperThan(document.body, MAX_ARTICLE_DEPTH)).toBe(true);
    expect(nestsDeeperThan(parseHTML(deepPage(50)).document.body, MAX_ARTICLE_DEPTH)).toBe(false);
  });
});
