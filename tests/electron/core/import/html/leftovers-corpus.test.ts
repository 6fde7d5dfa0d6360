// News-page leftovers on the 130 Readability pages (../shared/corpus/readability): run on each
// page's expected article (what Readability keeps), every sentence (five words or more ending in
// . ! or ?) is still there afterwards, and what went is printed, line by line. Two New York Times pages through the
// whole importer lose their "Continue reading the main story" and "Photo" lines.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { importHtmlFile } from '../../../../../electron/core/import/html/import-html';
import { textOfElement } from '../../../../../electron/core/import/html/dom-text';
import { removeLeftovers } from '../../../../../electron/core/import/html/leftovers';
import { corpusPath } from '../../../../helpers/corpus';

const corpus = corpusPath('readability', 'test-pages');
const MIN_SENTENCE_WORDS = 5;

/** Sentences line by line (a heading or a caption is a line of its own). */
function sentencesOf(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.replace(/\s+/gu, ' ').split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?\p{Lu})/u))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.split(' ').length >= MIN_SENTENCE_WORDS && /[.!?]["”’)]?$/u.test(sentence));
}

const words = (text: string) => text.split(/\s+/u).filter((word) => word !== '').length;

describe.skipIf(!corpus.exists)('leftovers on the Readability pages', () => {
  const lost: { page: string; sentence: string }[] = [];
  const removedLines: { page: string; line: string }[] = [];
  let wordsBefore = 0;
  let wordsAfter = 0;

  beforeAll(() => {
    for (const page of readdirSync(corpus.path).sort()) {
      const html = readFileSync(join(corpus.path, page, 'expected.html'), 'utf8');
      const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
      const before = textOfElement(document.body);
      for (const line of removeLeftovers(document.body)) removedLines.push({ page, line });
      const after = textOfElement(document.body).replace(/\s+/gu, ' ');
      wordsBefore += words(before);
      wordsAfter += words(after);
      for (const sentence of sentencesOf(before)) if (!after.includes(sentence)) lost.push({ page, sentence });
    }
    console.log(`Leftovers: ${removedLines.length} lines, ${wordsBefore - wordsAfter} of ${wordsBefore} words removed; sentences lost: ${lost.length}.`);
    console.table(removedLines);
  }, 120_000);

  it('loses no sentence', () => {
    expect(lost).toEqual([]);
  });

  it('removes the leftovers an import of two New York Times pages kept', () => {
    for (const page of ['nytimes-1', 'nytimes-2']) {
      const { text } = importHtmlFile('page.html', readFileSync(join(corpus.path, page, 'source.html')));
      expect(text).not.toMatch(/^(?:Continue reading the main story|Photo|Advertisement)$/mu);
    }
  });
});
