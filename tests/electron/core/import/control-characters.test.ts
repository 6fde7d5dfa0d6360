// Control characters never reach stored text: a PDF whose text comes out as control characters is
// refused as the text importers refuse binary-looking text, and the few strays a readable file
// holds (an escape, a NUL, a bell) are dropped by every importer; tab and line feed stay.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../../electron/core/import';
import { withoutControlCharacters } from '../../../../electron/core/import/control-characters';
import { makeDocx } from '../../../helpers/docx-builder';
import { makePdf } from '../../../helpers/pdf-writer';

const STRAY = /[\u0000-\u0008\u000b-\u001f\u007f]/u;
const SENTENCE = 'The convoy crossed the bridge at dawn and reached the town before noon, as the monitor reported.';

describe('control characters in imported text', () => {
  it('refuses a PDF whose text is mostly control characters', async () => {
    const pdf = makePdf([['\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008 \u000e\u000f\u0010\u0011\u0012 ab'], ['\u0013\u0014\u0015\u0016']]);
    await expect(importDocument('fuzzed.pdf', pdf)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/^fuzzed\.pdf has no readable text \(what its pages give as text is mostly control characters.*so it was not imported\./),
    });
  });

  it('keeps a readable PDF, without its stray control characters, its page offsets following', async () => {
    const document = await importDocument('stray.pdf', makePdf([[`\u0007${SENTENCE}`], [`Second page. ${SENTENCE}`]]));
    expect(document.text).not.toMatch(STRAY);
    expect(document.text.startsWith('The convoy')).toBe(true);
    expect(document.text.slice(document.pageStarts![1]!).startsWith('Second page.')).toBe(true);
  });

  it.each([
    ['notes.txt', Buffer.from(`Field notes\n\n${SENTENCE}\u001b[2J ${SENTENCE}\u0007\r\n`)],
    ['page.html', Buffer.from(`<html><head><title>Page\u0001</title></head><body><p>${SENTENCE}&#1;&#x1b;</p><p>${SENTENCE}</p></body></html>`)],
    ['report.docx', makeDocx([{ paragraph: [`${SENTENCE}\u0008`] }, { paragraph: [SENTENCE] }])],
  ])('drops stray control characters from %s', async (name, bytes) => {
    const document = await importDocument(name, bytes);
    expect(document.text).toContain(SENTENCE);
    expect(document.text).not.toMatch(STRAY);
    expect(document.title ?? '').not.toMatch(STRAY);
  });

  it('moves page offsets back by what was removed before them, keeping tab and line feed', () => {
    const cleaned = withoutControlCharacters({
      title: 'T\u0000',
      text: 'a\u0001b\tc\n\nd\u0002e',
      html: null,
      outlet: null,
      byline: null,
      publishedAt: null,
      url: null,
      lang: null,
      pageStarts: [0, 7, 11],
      mediaType: 'application/pdf',
      importer: 'pdf',
      importerVersion: '1',
    });
    expect(cleaned.text).toBe('ab\tc\n\nde');
    expect(cleaned.pageStarts).toEqual([0, 6, 9]);
    expect(cleaned.title).toBe('T');
  });
});
