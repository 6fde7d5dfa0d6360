import { describe, expect, it } from 'vitest';
import { importDocument, importPastedHtml } from '../../../../../electron/core/import';
import { clipboardFragment } from '../../../../../electron/core/import/html/import-html';
import { unsafeMarkup } from './unsafe-markup';

const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const SENTENCE =
  'Fighters took the border crossing at dawn on Tuesday, according to two local officials who asked not to be named because they were not authorised to speak.';

function page(body: string, head = ''): Buffer {
  return Buffer.from(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Crossing seized</title>${head}</head><body>${body}</body></html>`,
    'utf8',
  );
}

function article(extra: string): string {
  return `<article><h1>Crossing seized</h1><p>${SENTENCE}</p>${extra}<p>${SENTENCE}</p><p>${SENTENCE}</p></article>`;
}

describe('importDocument: saved web pages', () => {
  it('finds the article and its metadata', async () => {
    const head =
      '<meta property="og:site_name" content="Border Monitor"><meta name="author" content="Jane Doe">' +
      '<meta property="article:published_time" content="2014-07-02T10:00:00Z"><link rel="canonical" href="https://news.example/crossing">';
    const document = await importDocument('Crossing.html', page(article(''), head));
    expect(document).toMatchObject({
      title: 'Crossing seized',
      outlet: 'Border Monitor',
      byline: 'Jane Doe',
      publishedAt: '2014-07-02',
      url: 'https://news.example/crossing',
      lang: 'en',
      pageStarts: null,
      mediaType: 'text/html; charset=utf-8',
      importer: 'html-file',
    });
    expect(document.text).toContain(SENTENCE);
    expect(document.text).not.toMatch(/<[a-z]/i);
  });

  it('removes script, iframe and remote images, and keeps a data: image', async () => {
    const hostile = `<script>alert(1)</script><iframe src="https://evil.example/"></iframe><p>Before <img src="https://evil.example/t.gif"> and <img src="${PIXEL}" alt="map"> after.</p>`;
    const document = await importDocument('page.htm', page(article(hostile)));
    expect(unsafeMarkup(document.html!)).toEqual([]);
    expect(document.html).not.toMatch(/evil\.example|<script|<iframe/);
    expect(document.html).toContain(`<img src="${PIXEL}" alt="map">`);
    expect(document.text).not.toContain('alert(1)');
  });

  it('makes links inert, showing their URL', async () => {
    const document = await importDocument('page.html', page(article('<p>Read <a href="https://source.example/report">the report</a> in full.</p>')));
    expect(document.html).toContain('<span class="inert-link" data-url="https://source.example/report">the report</span>');
    expect(document.html).not.toContain('href=');
    expect(document.text).toContain('Read the report in full.');
  });

  it('shows relative links as whole URLs when the page says where it lives', async () => {
    const head = '<link rel="canonical" href="https://news.example/world/crossing.html">';
    const document = await importDocument(
      'page.html',
      page(article('<p>See <a href="../maps/border.html">the map</a> and <a href="#notes">the notes</a>.</p>'), head),
    );
    expect(document.html).toContain('<span class="inert-link" data-url="https://news.example/maps/border.html">the map</span>');
    expect(document.html).toContain('<span class="inert-link">the notes</span>');
  });

  it('imports what it can from malformed HTML', async () => {
    const document = await importDocument(
      'broken.html',
      Buffer.from(`<html><body><div><p>${SENTENCE}<p>Unclosed <b>bold <i>and italic</div></span></body>`, 'utf8'),
    );
    expect(document.text).toContain(SENTENCE);
    expect(document.text).toContain('Unclosed bold and italic');
  });

  it('keeps a short page that Readability finds no article in', async () => {
    const document = await importDocument('note.html', Buffer.from('<title>Note</title><p>Just one line.</p>', 'utf8'));
    expect(document).toMatchObject({ title: 'Note', text: 'Just one line.' });
  });

  it('decodes the charset a page declares', async () => {
    const bytes = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"><title>Caf'),
      Buffer.from([0xe9, 0x20, 0x93, 0x71, 0x94]),
      Buffer.from('</title></head><body><p>x</p></body></html>'),
    ]);
    const document = await importDocument('cafe.html', bytes);
    expect(document.title).toBe('Café “q”');
    expect(document.mediaType).toBe('text/html; charset=windows-1252');
  });

  it('refuses binary data named .html', async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]);
    await expect(importDocument('image.html', bytes)).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'image.html is not a web page (it holds binary data), so it was not imported.',
    });
  });

  it('refuses a page with no text at all', async () => {
    await expect(importDocument('empty.html', Buffer.from('<html><body><img src="x.png"><script>1</script></body></html>'))).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'empty.html holds no readable text, so it was not imported.',
    });
  });
});

describe('importPastedHtml', () => {
  it('sanitises a copied fragment whole, without looking for an article', async () => {
    const document = await importPastedHtml(
      '<p>One <a href="https://a.example">link</a>.</p><img src="https://evil.example/x.png" onerror="alert(1)"><p>Two.</p>',
    );
    expect(document).toMatchObject({
      text: 'One link.\n\nTwo.',
      html: '<p>One <span class="inert-link" data-url="https://a.example">link</span>.</p><p>Two.</p>',
      importer: 'paste-html',
      mediaType: 'text/html; charset=utf-8',
    });
  });

  it('keeps only what a browser marks as the copied fragment', async () => {
    const clipboard = '<html><body><!--StartFragment--><p>Copied</p><!--EndFragment--></body></html>';
    expect(clipboardFragment(clipboard)).toBe('<p>Copied</p>');
    expect((await importPastedHtml(clipboard)).text).toBe('Copied');
  });

  it('reads a pasted whole page as an article', async () => {
    const document = await importPastedHtml(page(article('')).toString('utf8'));
    expect(document.title).toBe('Crossing seized');
    expect(document.text).toContain(SENTENCE);
  });

  it('gives an empty paste empty text', async () => {
    expect((await importPastedHtml('')).text).toBe('');
  });
});
