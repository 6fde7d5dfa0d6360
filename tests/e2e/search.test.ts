// Search in the Library through the UI (browser mode, Chromium): typing a query, a filter, results
// grouped by kind, opening a result in the Reader scrolled to the match, which flashes; Ctrl+F in
// the Reader; an empty result that offers to drop a filter; a saved search counting a new import.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { artifactPath } from '../helpers/artifacts';
import { distinctText, useAppHarness, type AppPage } from '../helpers/e2e-app';

interface SearchLibrary {
  /** From Reuters; "armoured convoy" sits far down its text, below many paragraphs. */
  reutersId: string;
  afpId: string;
  cardId: string;
}

async function seedSearchLibrary(app: AppPage): Promise<SearchLibrary> {
  const filler = Array.from({ length: 40 }, (_, n) => distinctText(n + 10, 40)).join('\n\n');
  const reuters = await app.rpc('clippings.create', {
    text: `Border crossing report\n\n${filler}\n\nAn armoured convoy crossed the border at dawn, witnesses said.\n\n${distinctText(3, 30)}\n\nThe convoy came back at dusk.`,
  });
  await app.rpc('clippings.update', { id: reuters.clipping!.id, patch: { outlet: 'Reuters', publishedAt: '2014-06-10' } });
  const afp = await app.rpc('clippings.create', { text: `Convoy seen near Raqqa\n\nA long convoy of trucks was seen near Raqqa.\n\n${distinctText(4, 30)}` });
  await app.rpc('clippings.update', { id: afp.clipping!.id, patch: { outlet: 'AFP', publishedAt: '2014-06-11' } });
  const card = await app.rpc('entities.create', { type: 'person', name: 'Abu Bakr al-Baghdadi', aliases: ['Ibrahim Awad al-Badri'] });
  return { reutersId: reuters.clipping!.id, afpId: afp.clipping!.id, cardId: card.id };
}

/** Rows of the library's search index still waiting for their phrase pairs (read beside the serving process). */
function queuedForPhraseIndex(libraryPath: string): number {
  const db = new Database(libraryPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT count(*) FROM search_pairs_pending').pluck().get() as number;
  } finally {
    db.close();
  }
}

/**
 * Records every flash (lib/flashHighlight paints "passage-flash") with its text and whether it was
 * on screen, so a test need not catch the short flash itself.
 */
async function spyOnFlashes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const registry = CSS.highlights;
    const set = registry.set.bind(registry);
    const log: Array<{ text: string; onScreen: boolean }> = [];
    (window as unknown as { flashes: typeof log }).flashes = log;
    registry.set = (name: string, highlight: Highlight) => {
      if (name === 'passage-flash') {
        for (const range of highlight as unknown as Set<Range>) {
          const box = range.getBoundingClientRect();
          log.push({ text: range.toString(), onScreen: box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0 });
        }
      }
      return set(name, highlight);
    };
  });
}

function flashes(page: Page): Promise<Array<{ text: string; onScreen: boolean }>> {
  return page.evaluate(() => (window as unknown as { flashes: Array<{ text: string; onScreen: boolean }> }).flashes);
}

const harness = useAppHarness();
const SHOTS = '/work/notes/shots';

/** Saves light and dark screenshots, and a copy beside the other engineers' notes when that folder is there. */
async function shots(app: AppPage, name: string): Promise<void> {
  await app.screenshots(name);
  mkdirSync(SHOTS, { recursive: true });
  for (const theme of ['light', 'dark']) copyFileSync(artifactPath(`${name}-${theme}.png`), `${SHOTS}/${name}-${theme}.png`);
}

describe('Search in the Library', () => {
  it('finds as you type, filters, groups by kind, and opens a clipping at the match, which flashes', async () => {
    const app = await harness.open({ viewport: { width: 1024, height: 700 } });
    const { page } = app;
    const seeded = await seedSearchLibrary(app);
    await page.reload();
    await page.getByTestId('clipping-row').first().waitFor();

    // "/" focuses the box from the Library.
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search the library' });
    await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('convoy');
    const clippings = page.getByTestId('search-group-clipping');
    await expect.poll(() => clippings.getByTestId('search-hit').count()).toBe(2);
    await expect(clippings.getByTestId('search-group-count').textContent()).resolves.toBe('2');
    await expect.poll(() => page.locator('.search-hit-snippet mark').first().textContent()).toMatch(/convoy/i);
    await shots(app, 'search-results');

    // A filter narrows to one outlet.
    await box.fill('convoy outlet:Reuters');
    await expect.poll(() => clippings.getByTestId('search-hit').allTextContents()).toEqual([expect.stringContaining('Border crossing report')]);

    // Arrows and Enter open it in the Reader, scrolled to the match, which flashes.
    await spyOnFlashes(page);
    await box.press('ArrowDown');
    await expect.poll(() => box.getAttribute('aria-activedescendant')).toBe(`search-hit-clipping-${seeded.reutersId}`);
    await box.press('Enter');
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/reader/${seeded.reutersId}/at/\\d+-\\d+$`));
    await page.getByTestId('reader-text').waitFor();
    await expect.poll(() => flashes(page)).toEqual([{ text: expect.stringMatching(/^convoy$/i), onScreen: true }]);
    await expect(page.locator('.place').evaluate((place) => place.scrollTop)).resolves.toBeGreaterThan(0);

    // Ctrl+F in the Reader finds within the open clipping.
    await page.keyboard.press('Control+f');
    const find = page.getByTestId('find-in-clipping');
    await find.getByLabel('Find in clipping').fill('convoy');
    await expect.poll(() => find.getByTestId('find-count').textContent()).toBe('1 of 2');
    await page.keyboard.press('Enter');
    await expect.poll(() => find.getByTestId('find-count').textContent()).toBe('2 of 2');
    await expect(page.evaluate(() => [CSS.highlights.get('nb-find')?.size, CSS.highlights.get('nb-find-current')?.size])).resolves.toEqual([2, 1]);
    await page.keyboard.press('Escape');
    await find.waitFor({ state: 'detached' });
    app.expectOnlyServedOrigin();
  });

  it('says what was searched when nothing matches, and offers to drop a filter; kind: narrows to one kind; finds a phrase once the phrase index is filled', async () => {
    const libraryPath = harness.newLibraryPath();
    const app = await harness.open({ libraryPath });
    const { page } = app;
    await seedSearchLibrary(app);
    await page.reload();
    const box = page.getByRole('combobox', { name: 'Search the library' });

    // Browser mode fills the next-word index for phrases in the background; once it has, a phrase is found there.
    await expect.poll(() => queuedForPhraseIndex(libraryPath), { timeout: 30_000 }).toBe(0);
    await box.fill('"armoured convoy"');
    await expect
      .poll(() => page.getByTestId('search-group-clipping').getByTestId('search-hit').allTextContents())
      .toEqual([expect.stringContaining('Border crossing report')]);
    await expect.poll(() => page.locator('.search-hit-snippet mark').allTextContents()).toEqual([expect.stringMatching(/^armoured convoy$/i)]);

    await box.fill('convoy outlet:Nowhere');
    const empty = page.getByTestId('search-empty');
    await empty.getByText('Nothing matches “convoy outlet:Nowhere”').waitFor();
    await empty.getByRole('button', { name: 'drop outlet:Nowhere' }).click();
    await expect(box.inputValue()).resolves.toBe('convoy');
    await expect.poll(() => page.getByTestId('search-group-clipping').getByTestId('search-hit').count()).toBe(2);

    await box.fill('baghdadi kind:card');
    await page.getByTestId('search-group-card').locator('.search-hit-title', { hasText: 'Abu Bakr al-Baghdadi' }).waitFor();
    await expect(page.getByTestId('search-group-clipping').count()).resolves.toBe(0);

    // An unclosed quote is read literally, with a hint under the box.
    await box.fill('"armoured convoy');
    await expect.poll(() => page.getByTestId('search-hints').textContent()).not.toBe('');
    // Esc clears the box and the Library's table is back.
    await box.press('Escape');
    await page.getByTestId('clipping-row').first().waitFor();
  });

  it('saves a search; the Library counts a new matching import; a click lists it and clears the count', async () => {
    const app = await harness.open();
    const { page } = app;
    await seedSearchLibrary(app);
    await page.reload();
    const box = page.getByRole('combobox', { name: 'Search the library' });
    await box.fill('pipeline');
    await page.getByTestId('search-empty').waitFor();
    await page.getByRole('button', { name: 'Save search' }).click();
    const saved = page.getByTestId('saved-search');
    await expect.poll(() => saved.getByTestId('saved-search-count').textContent()).toBe('no new');

    await app.rpc('clippings.create', { text: `Pipeline sabotaged overnight\n\nThe gas pipeline was hit again.\n\n${distinctText(7, 20)}` });
    await page.reload();
    await expect.poll(() => saved.getByTestId('saved-search-count').textContent()).toBe('1 new');
    await shots(app, 'saved-search-count');

    await saved
      .getByRole('button', { name: /pipeline/ })
      .first()
      .click();
    await page.getByTestId('saved-search-summary').waitFor();
    await page.getByTestId('search-group-clipping').getByText('Pipeline sabotaged overnight', { exact: true }).waitFor();
    await expect.poll(() => saved.getByTestId('saved-search-count').textContent()).toBe('no new');

    // Delete, then Undo brings it back.
    await saved.getByRole('button', { name: /Delete the saved search/ }).click();
    await expect.poll(() => saved.count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => saved.count()).toBe(1);
  });
});
