import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { htmlImportSupport, preparePurifier, sanitiseHtml, shownUrl } from '../../../../../electron/core/import/html/sanitise';
import { unsafeMarkup } from './unsafe-markup';

const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

function sanitised(html: string): string {
  return sanitiseHtml(html).html;
}

describe('htmlImportSupport', () => {
  it('is available on the jsdom window, and the answer is remembered', () => {
    expect(htmlImportSupport()).toEqual({ available: true });
    expect(htmlImportSupport()).toBe(htmlImportSupport());
  });

  it('refuses a linkedom window, on which DOMPurify would return its input unchanged', () => {
    expect(preparePurifier(parseHTML('<html><body></body></html>').window)).toEqual({
      reason: 'DOMPurify reports that it cannot sanitise on this window (DOMPurify.isSupported is false).',
    });
  });

  it('accepts a jsdom window', () => {
    expect(preparePurifier(new JSDOM('<!DOCTYPE html><body></body>').window)).toHaveProperty('purify');
  });
});

describe('sanitiseHtml', () => {
  it('removes scripts, frames, remote images and event handlers', () => {
    const html = sanitised(
      '<p onclick="alert(1)">Text</p><script>alert(1)</script><iframe src="https://evil.example"></iframe><img src="https://evil.example/x.png" alt="x">',
    );
    expect(html).toBe('<p>Text</p>');
  });

  it('keeps data: images', () => {
    expect(sanitised(`<p><img src="${PIXEL}" alt="dot"></p>`)).toBe(`<p><img src="${PIXEL}" alt="dot"></p>`);
  });

  it('makes links inert text that shows their URL', () => {
    expect(sanitised('<p>See <a href="https://example.org/a?b=1" target="_blank" ping="https://t.example">the report</a>.</p>')).toBe(
      '<p>See <span class="inert-link" data-url="https://example.org/a?b=1">the report</span>.</p>',
    );
  });

  it('shows no URL for in-page links, and leaves only the text of javascript:/data: links and bookmarks', () => {
    const html = sanitised('<a href="javascript:alert(1)">a</a><a href="data:text/html,x">b</a><a href="#note">c</a><a id="bookmark">d</a>');
    expect(html).toBe('ab<span class="inert-link">c</span>d');
  });

  it('drops styles, which could load url(…)', () => {
    expect(sanitised('<style>p{background:url(https://evil.example)}</style><p style="background:url(https://evil.example)">x</p>')).toBe('<p>x</p>');
  });

  it('drops forms and their controls but keeps their text', () => {
    expect(
      sanitised('<form action="https://evil.example"><label>Name</label><input name="q"><button formaction="https://evil.example">Go</button></form>'),
    ).toBe('<label>Name</label>Go');
  });

  it('drops document-level elements: base, meta, link', () => {
    expect(
      sanitised(
        '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example"><link rel="stylesheet" href="https://evil.example/x.css"><p>x</p>',
      ),
    ).toBe('<p>x</p>');
  });

  it('drops ids, names and classes, which could clobber globals or borrow the app’s styles', () => {
    expect(sanitised('<p id="notebook" class="modal" name="x">x</p><img name="notebook" src="' + PIXEL + '">')).toBe(`<p>x</p><img src="${PIXEL}">`);
  });

  it('strips SVG references to remote resources but keeps the drawing', () => {
    const html = sanitised(
      '<svg><image href="https://evil.example/x.png"></image><rect fill="url(https://evil.example/p.svg#g)" width="5" height="5"></rect><use href="https://evil.example/s.svg#i"></use><a href="https://evil.example"><text>t</text></a></svg>',
    );
    expect(unsafeMarkup(html)).toEqual([]);
    expect(html).toContain('<rect width="5" height="5"></rect>');
    expect(html).not.toContain('evil.example');
  });

  it('keeps a local url(#id) reference inside an SVG', () => {
    expect(sanitised('<svg><rect fill="url(#grad)" width="5" height="5"></rect></svg>')).toContain('fill="url(#grad)"');
  });

  it('drops video and audio, which would fetch their sources', () => {
    expect(
      sanitised('<video poster="https://evil.example/p.jpg" src="https://evil.example/v.mp4"><source src="https://evil.example/v.webm"></video><p>after</p>'),
    ).toBe('<p>after</p>');
  });
});

describe('shownUrl', () => {
  it.each([
    ['https://example.org/x', 'https://example.org/x'],
    [' mailto:desk@example.org ', 'mailto:desk@example.org'],
    ['/relative/path', '/relative/path'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['vbscript:x', null],
    ['#top', null],
    ['', null],
    [null, null],
  ])('%j shows %j', (href, expected) => expect(shownUrl(href)).toBe(expected));
});
