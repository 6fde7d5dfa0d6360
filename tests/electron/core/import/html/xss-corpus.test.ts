// DOMPurify's own 223 test vectors (../shared/corpus/xss) as a hostile page and as a pasted
// fragment: whatever survives must be inert (see unsafe-markup.ts for what that means).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocument, importPastedHtml } from '../../../../../electron/core/import';
import { sanitiseHtml } from '../../../../../electron/core/import/html/sanitise';
import { corpusPath } from '../../../../helpers/corpus';
import { unsafeMarkup } from './unsafe-markup';

interface Vector {
  title: string;
  payload: string;
}

const corpus = corpusPath('xss', 'dompurify-vectors.json');
const vectors: Vector[] = corpus.exists ? JSON.parse(readFileSync(corpus.path, 'utf8')) : [];

// Enough ordinary text around the payload that Readability keeps the article that holds it.
const PARAGRAPH =
  '<p>The monitoring group said the merger took place days after local brigades signed a declaration, according to officials in the province who spoke on condition of anonymity.</p>';

function hostilePage(payload: string): string {
  return `<!DOCTYPE html><html><head><title>Hostile page</title></head><body><article><h1>Hostile page</h1>${PARAGRAPH.repeat(3)}<div>${payload}</div>${PARAGRAPH.repeat(2)}</article></body></html>`;
}

describe.skipIf(!corpus.exists)('the XSS corpus', () => {
  it('holds the 223 vectors the tests expect', () => {
    expect(vectors).toHaveLength(223);
  });

  it('leaves nothing unsafe when each vector is sanitised directly', () => {
    const failures = vectors.flatMap((vector) => unsafeMarkup(sanitiseHtml(vector.payload).html).map((problem) => `${vector.title}: ${problem}`));
    expect(failures).toEqual([]);
  });

  it('leaves nothing unsafe when each vector is pasted as a fragment', async () => {
    const failures: string[] = [];
    for (const vector of vectors) {
      const document = await importPastedHtml(vector.payload);
      for (const problem of unsafeMarkup(document.html ?? '')) failures.push(`${vector.title}: ${problem}`);
    }
    expect(failures).toEqual([]);
  });

  it('leaves nothing unsafe, and no markup in the text, when each vector arrives inside a saved page', async () => {
    const failures: string[] = [];
    for (const vector of vectors) {
      const document = await importDocument('hostile.html', Buffer.from(hostilePage(vector.payload), 'utf8'));
      for (const problem of unsafeMarkup(document.html ?? '')) failures.push(`${vector.title}: ${problem}`);
      // The text is read from text nodes only: markup never reaches it as markup.
      if (/<(script|iframe|img|svg|a)\b[^>]*>/i.test(document.text) && !vector.payload.includes('&lt;')) {
        failures.push(`${vector.title}: markup in text ${JSON.stringify(document.text.slice(0, 80))}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
