// The Passages place: every passage of every clipping, newest first, with its colour, quote, label,
// comment, linked cards and clipping; filtered by colour, label, linked card and clipping; a clipping
// title opens the passage in the Reader and a card chip opens the card.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Clipping } from '../../shared/domain';
import { openCore } from '../../electron/core/core';
import { openLibrary } from '../../electron/core/db/open-library';
import { expectNoSeriousAxeFindings } from '../helpers/axe-audit';
import { useAppHarness, type AppPage } from '../helpers/e2e-app';
import { valueOf } from '../helpers/temp-library';

const harness = useAppHarness();

const rows = (page: Page) => page.getByTestId('passage-row');

async function rowIds(page: Page): Promise<string[]> {
  return rows(page).evaluateAll((elements) => elements.map((e) => e.getAttribute('data-passage-id')!));
}

/** Waits until the list shows exactly these passages, in this order. */
async function expectRows(page: Page, ids: string[]): Promise<void> {
  await expect.poll(() => rowIds(page)).toEqual(ids);
}

async function addClipping(app: AppPage, title: string, body: string): Promise<Clipping> {
  const { clipping } = await app.rpc('clippings.create', { text: `${title}\n\n${body}` });
  return clipping!;
}

async function mark(
  app: AppPage,
  clipping: Clipping,
  quote: string,
  extra: { color?: 'yellow' | 'green' | 'blue' | 'pink' | 'purple'; label?: string; comment?: string },
) {
  const start = clipping.text.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  return app.rpc('passages.create', { clippingId: clipping.id, start, end: start + quote.length, ...extra });
}

describe('Passages place', () => {
  it('lists every passage newest first, filters by colour, label, card and clipping, and opens the Reader and cards', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();

    const pledge = await addClipping(
      app,
      'Pledge of allegiance in Albu Kamal',
      'Fighters in the border town announced their pledge to the group on Tuesday, residents said. The statement was read aloud at the main mosque after evening prayers.',
    );
    const convoy = await addClipping(
      app,
      'Aid convoy reaches the besieged district',
      'A convoy of forty trucks reached the district on Friday, the first in three months. Local officials said the food would last two weeks at most.',
    );
    const baghdadi = await app.rpc('entities.create', { type: 'person', name: 'Abu Bakr al-Baghdadi' });
    const albuKamal = await app.rpc('entities.create', { type: 'place', name: 'Albu Kamal' });

    const p1 = await mark(app, pledge, 'announced their pledge to the group', {
      color: 'yellow',
      label: 'claim',
      comment: 'Only residents say so; no statement online.',
    });
    const p2 = await mark(app, pledge, 'read aloud at the main mosque', { color: 'green', label: 'corroboration' });
    const p3 = await mark(app, convoy, 'A convoy of forty trucks reached the district', { color: 'blue', label: 'claim' });
    const p4 = await mark(app, convoy, 'would last two weeks at most', { color: 'green', comment: 'Officials’ estimate.' });
    await app.rpc('passages.link', { passageId: p1.id, entityId: baghdadi.id });
    await app.rpc('passages.link', { passageId: p1.id, entityId: albuKamal.id });
    await app.rpc('passages.link', { passageId: p2.id, entityId: albuKamal.id });

    await page.keyboard.press('3');
    // Newest first.
    await expectRows(page, [p4.id, p3.id, p2.id, p1.id]);
    const first = rows(page).filter({ hasText: 'announced their pledge to the group' });
    await first.getByText('Only residents say so; no statement online.').waitFor();
    await first.getByText('claim', { exact: true }).waitFor();
    await first.getByRole('button', { name: 'Abu Bakr al-Baghdadi' }).waitFor();
    await first.getByRole('button', { name: 'Pledge of allegiance in Albu Kamal' }).waitFor();
    await page.getByText('4 passages', { exact: true }).waitFor();
    await app.screenshots('passages-view');

    // Colour.
    await page.getByRole('button', { name: 'Only green' }).click();
    await page.getByText('2 passages match', { exact: true }).waitFor();
    await expectRows(page, [p4.id, p2.id]);
    await page.getByRole('button', { name: 'Only green' }).click();
    await expectRows(page, [p4.id, p3.id, p2.id, p1.id]);

    // Label (from passages.facets, with counts).
    await page.getByLabel('Label').selectOption('claim');
    await expectRows(page, [p3.id, p1.id]);
    await page.getByLabel('Label').selectOption('');
    await expectRows(page, [p4.id, p3.id, p2.id, p1.id]);

    // Linked card, found by name with the card finder.
    await page.getByRole('button', { name: 'Linked card…' }).click();
    await page.getByRole('combobox', { name: 'Passages linked to' }).fill('albu kamal');
    await page
      .getByRole('listbox', { name: 'Passages linked to: results' })
      .getByRole('option', { name: /Albu Kamal/ })
      .waitFor();
    await page.keyboard.press('Enter');
    await expectRows(page, [p2.id, p1.id]);
    await page.getByText('Linked to Albu Kamal').waitFor();
    await app.screenshots('passages-view-filtered');

    // Clipping, chosen by title: its passages in reading order.
    await page.getByLabel('Clipping').selectOption({ label: 'Pledge of allegiance in Albu Kamal' });
    await expectRows(page, [p1.id, p2.id]);
    await page.getByText('2 passages match, in reading order').waitFor();
    await page.getByRole('button', { name: 'Stop filtering by Albu Kamal' }).click();
    await expectRows(page, [p1.id, p2.id]);
    await page.getByLabel('Clipping').selectOption({ label: 'Aid convoy reaches the besieged district' });
    await expectRows(page, [p3.id, p4.id]);

    // Nothing matches: it says so, and offers to clear the filters.
    await page.getByRole('button', { name: 'Only pink' }).click();
    const none = page.getByTestId('passages-no-matches');
    await none.waitFor();
    await none.getByText('None of the passages is pink, in “Aid convoy reaches the besieged district”.').waitFor();
    await app.screenshots('passages-view-no-matches');
    await none.getByRole('button', { name: 'Clear filters' }).click();
    await expectRows(page, [p4.id, p3.id, p2.id, p1.id]);

    // A card chip opens the card; the clipping title opens the passage in the Reader.
    await first.getByRole('button', { name: 'Abu Bakr al-Baghdadi' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/entities/${baghdadi.id}`);
    await page.getByRole('article', { name: 'Card: Abu Bakr al-Baghdadi' }).waitFor();
    await page.keyboard.press('3');
    await expectRows(page, [p4.id, p3.id, p2.id, p1.id]);
    await rows(page).filter({ hasText: 'A convoy of forty trucks' }).getByRole('button', { name: 'Aid convoy reaches the besieged district' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/reader/${convoy.id}/${p3.id}`);
    app.expectOnlyServedOrigin();
  });

  it('pages a long list with Load more', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    const words = Array.from({ length: 130 }, (_, i) => `word${i}`);
    const clipping = await addClipping(app, 'A long statement', words.join(' '));
    for (const word of words) await mark(app, clipping, word, { color: 'yellow' });
    await page.keyboard.press('3');
    await expect.poll(() => rows(page).count()).toBe(100);
    await page.getByText('30 passages not shown yet').waitFor();
    await page.getByRole('button', { name: 'Load 30 more passages' }).click();
    await expect.poll(() => rows(page).count()).toBe(130);
    await expect(page.getByRole('button', { name: /^Load / }).count()).resolves.toBe(0);
  });

  it('marks a passage whose text is no longer found as orphaned, keeping its quote', async () => {
    // No method edits a clipping's text, so the library is prepared in-process: a passage is made
    // through the core, then left without a place as re-anchoring after an edit would leave it.
    const libraryPath = harness.newLibraryPath();
    const core = openCore(libraryPath, { logError: () => {} });
    const { clipping } = valueOf(
      await core.dispatch('clippings.create', { text: 'Ceasefire talks stall\n\nNegotiators left the capital without an agreement on Sunday.' }),
    ) as { clipping: Clipping };
    const quote = 'without an agreement';
    const start = clipping.text.indexOf(quote);
    const lost = valueOf(
      await core.dispatch('passages.create', { clippingId: clipping.id, start, end: start + quote.length, color: 'pink', label: 'claim' }),
    ) as { id: string };
    const kept = valueOf(await core.dispatch('passages.create', { clippingId: clipping.id, start: 0, end: 21, color: 'blue' })) as { id: string };
    core.close();
    const library = openLibrary(libraryPath);
    library.db.prepare('UPDATE passages SET start = NULL, "end" = NULL, anchor_status = \'orphaned\' WHERE id = ?').run(lost.id);
    library.close();

    const app = await harness.open({ libraryPath });
    const { page } = app;
    await page.getByTestId('clipping-row').first().waitFor();
    await page.keyboard.press('3');
    // Made in the same millisecond, so their order is not pinned; both are listed.
    await expect.poll(async () => (await rowIds(page)).sort()).toEqual([kept.id, lost.id].sort());
    const row = (id: string) => page.locator(`[data-testid="passage-row"][data-passage-id="${id}"]`);
    await row(lost.id).getByText('orphaned', { exact: true }).waitFor();
    await row(lost.id).getByText(quote).waitFor();
    await expect(row(kept.id).getByText('orphaned', { exact: true }).count()).resolves.toBe(0);
    await app.screenshots('passages-view-orphaned');
    await expectNoSeriousAxeFindings(page, 'the Passages place');
  });
});
