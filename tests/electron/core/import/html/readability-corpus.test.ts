// The 130 real pages of Mozilla Readability's test suite (../shared/corpus/readability) through
// our whole HTML importer: our text must match the text of Readability's expected.html (word F1
// ≥ 0.95) and our title its expected title, each on at least 95 % of the pages. Readability alone
// reaches 125 and 128 of 130 by this rule, so our own steps (sanitising, deriving text) must not
// lose pages. Failures are printed as a table either way.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../../../../electron/core/import';
import { corpusPath } from '../../../../helpers/corpus';
import { wordF1 } from './word-f1';

const MIN_F1 = 0.95;
const MIN_SHARE = 0.95;
const corpus = corpusPath('readability', 'test-pages');

interface PageResult {
  page: string;
  f1: number;
  title: string;
  expectedTitle: string;
  error: string | null;
}

function expectedText(html: string): string {
  // The body's text content, parsed as a browser would.
  return new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document.body.textContent ?? '';
}

describe.skipIf(!corpus.exists)('the Readability corpus through importDocument', () => {
  const results: PageResult[] = [];

  beforeAll(async () => {
    for (const page of readdirSync(corpus.path).sort()) {
      const folder = join(corpus.path, page);
      const expected = JSON.parse(readFileSync(join(folder, 'expected-metadata.json'), 'utf8')) as { title?: string };
      const reference = expectedText(readFileSync(join(folder, 'expected.html'), 'utf8'));
      try {
        const document = await importDocument('page.html', readFileSync(join(folder, 'source.html')));
        // No title (null) is what an empty expected title means.
        results.push({ page, f1: wordF1(document.text, reference), title: document.title ?? '', expectedTitle: expected.title ?? '', error: null });
      } catch (error) {
        results.push({ page, f1: 0, title: '', expectedTitle: expected.title ?? '', error: String(error) });
      }
    }
    const failures = results.filter((result) => result.f1 < MIN_F1 || result.title !== result.expectedTitle);
    console.log(
      `Readability corpus: F1 ≥ ${MIN_F1} on ${results.filter((r) => r.f1 >= MIN_F1).length}/${results.length} pages, ` +
        `title equal on ${results.filter((r) => r.title === r.expectedTitle).length}/${results.length}.`,
    );
    if (failures.length > 0) {
      console.table(
        failures.map((result) => ({
          page: result.page,
          f1: Number(result.f1.toFixed(3)),
          title: result.title,
          expected: result.expectedTitle,
          error: result.error,
        })),
      );
    }
  }, 180_000);

  it('has all 130 pages', () => {
    expect(results).toHaveLength(130);
  });

  it(`matches Readability's text (word F1 ≥ ${MIN_F1}) on at least 95% of pages`, () => {
    const passing = results.filter((result) => result.f1 >= MIN_F1).length;
    expect(passing).toBeGreaterThanOrEqual(Math.ceil(results.length * MIN_SHARE));
  });

  it("keeps Readability's title on at least 95% of pages", () => {
    const passing = results.filter((result) => result.title === result.expectedTitle).length;
    expect(passing).toBeGreaterThanOrEqual(Math.ceil(results.length * MIN_SHARE));
  });

  it('imports every page without an error', () => {
    expect(results.filter((result) => result.error !== null)).toEqual([]);
  });
});
