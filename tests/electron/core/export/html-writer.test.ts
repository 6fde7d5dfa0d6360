import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { buildDocument } from '../../../../electron/core/export/build-document';
import { writeHtml } from '../../../../electron/core/export/html-writer';
import { exportFixture } from './export-fixture';
import { ARABIC_NAME, ARABIC_SENTENCE, DELETED_CARD_NAME, LEADER_NAME, NEEDS_EVIDENCE_CLAIM } from './fixture-note';
import { MENTION_SENTENCE, PLAIN_FOOTNOTE, QUOTED_FOOTNOTE, handoverDocument } from './handover-note';
import { link, noteContent, paragraph, text } from './lexical-nodes';

async function fixtureDom(): Promise<Document> {
  const file = await exportFixture('html');
  expect(file.mediaType).toBe('text/html; charset=utf-8');
  return new JSDOM(file.bytes.toString('utf8')).window.document;
}

const texts = (document: Document, selector: string) => [...document.querySelectorAll(selector)].map((node) => node.textContent);

describe('HTML export', () => {
  test('one self-contained file: no script, nothing remote, its own CSP', async () => {
    const document = await fixtureDom();
    expect(document.querySelectorAll('script, link, img, iframe, object, embed')).toHaveLength(0);
    expect(document.querySelector('style')).not.toBeNull();
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    for (const anchor of document.querySelectorAll('a[href]')) expect(anchor.getAttribute('href')).toMatch(/^(#|https:)/u);
    expect(document.title).toBe('Mosul: June 2014 / briefing');
  });

  test('structure: headings, marks, lists, quote, table, rule', async () => {
    const document = await fixtureDom();
    expect(texts(document, 'h1')).toEqual(['Mosul: June 2014 / briefing']);
    expect(texts(document, 'article > h2')).toEqual(['Summary']);
    expect(texts(document, 'strong')).toContain('militants');
    expect(texts(document, 'em')).toContain('agree');
    expect(texts(document, 'u')).toContain('nobody');
    expect(texts(document, 's')).toContain('held');
    expect(texts(document, 'ol > li')[0]).toBe('Mosul falls');
    expect(texts(document, 'ol > li > ul > li')).toEqual(['within a day']);
    expect(document.querySelectorAll('li.task input[type=checkbox][checked]')).toHaveLength(1);
    expect(texts(document, 'blockquote')).toEqual(['We will not leave.']);
    expect(texts(document, 'table th')).toEqual(['Place', 'Date']);
    expect(texts(document, 'table td')).toEqual(['Mosul', '2014-06-10', 'Tikrit', '2014-06-11']);
    expect(document.querySelectorAll('hr')).toHaveLength(1);
    expect(document.querySelector('a[href^="https://example.org"]')?.textContent).toBe('full report');
    expect(document.querySelector('p[dir=rtl]')?.textContent).toBe(ARABIC_SENTENCE);
  });

  test('citations link to numbered notes; a passage cited twice keeps its number; Sources list each clipping once', async () => {
    const document = await fixtureDom();
    expect(texts(document, 'sup.citation')).toEqual(['[1]', '[1]', '[2]', '[3]']);
    expect([...document.querySelectorAll('sup.citation a')].map((a) => a.getAttribute('href'))).toEqual(['#note-1', '#note-1', '#note-2', '#note-3']);
    expect(document.getElementById('note-1')?.textContent).toBe(
      '“Militants seized control of Mosul on Tuesday.” — Mosul falls to militants, The Daily Record, 2014-06-10. Grade B2. SHA-256 a1b2c3d4e5f6.',
    );
    expect(document.getElementById('note-3')?.textContent).toContain('Passage deleted');
    const sources = texts(document, 'section.sources li');
    expect(sources).toHaveLength(3);
    expect(sources[0]).toBe('Mosul falls to militants — The Daily Record, 2014-06-10. https://news.example.com/mosul_falls. SHA-256 a1b2c3d4e5f6. Grade B2.');
    expect(sources[2]).toContain('No longer in the library');
  });

  test('mentions link to the Entities appendix with the card’s current name; a deleted card keeps its stored name', async () => {
    const document = await fixtureDom();
    const mentions = [...document.querySelectorAll('a.mention')];
    expect(mentions.map((a) => a.textContent)).toEqual([LEADER_NAME, DELETED_CARD_NAME]);
    const leader = document.querySelector(mentions[0]!.getAttribute('href')!);
    expect(leader?.textContent).toContain(`Person; also ${ARABIC_NAME}, al-Baghdadi`);
    expect(leader?.textContent).toContain('Leader of the group from 2010.');
    expect(document.querySelector(mentions[1]!.getAttribute('href')!)?.textContent).toContain('card deleted');
  });

  test('a claim that needs evidence is marked with a class', async () => {
    const document = await fixtureDom();
    expect(texts(document, 'mark.needs-evidence')).toEqual([NEEDS_EVIDENCE_CLAIM]);
  });

  test('the note’s text is escaped and unsafe links are dropped', () => {
    const content = noteContent(paragraph(text('<script>alert(1)</script> & "q"'), link('javascript:alert(1)', text('click'))));
    const html = writeHtml(
      buildDocument(
        { title: '<img src=x onerror=alert(1)>', updatedAt: '2024-01-01T00:00:00.000Z', content },
        { citations: new Map(), clippings: new Map(), entities: new Map(), events: new Map() },
      ),
    );
    const document = new JSDOM(html).window.document;
    expect(document.querySelectorAll('script, img')).toHaveLength(0);
    expect(document.querySelector('article p')?.textContent).toBe('<script>alert(1)</script> & "q"click');
    expect(document.querySelector('article p a')).toBeNull();
  });

  test('each footnote says quote, source, grade and SHA-256, without doubled quotation marks; no space before a comma after a mention', () => {
    const document = new JSDOM(writeHtml(handoverDocument())).window.document;
    expect(texts(document, 'section.notes li')).toEqual([PLAIN_FOOTNOTE, QUOTED_FOOTNOTE]);
    expect(document.querySelector('article p')?.textContent).toBe(`${MENTION_SENTENCE}[1]`);
  });
});
