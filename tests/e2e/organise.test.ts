// Organising the Library: multi-select (click, Shift/Ctrl-click, Shift+arrows, Ctrl+A), Tag… on the
// selection, Move to Trash (button and Delete key) and Restore from the Trash, with their empty states.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoSeriousAxeFindings } from '../helpers/axe-audit';
import { distinctText, useAppHarness, type AppPage } from '../helpers/e2e-app';

const harness = useAppHarness();

/** Five clippings, "Report 1" (oldest) … "Report 5" (newest, listed first). */
async function fiveClippings(app: AppPage): Promise<void> {
  for (let i = 1; i <= 5; i++) await app.rpc('clippings.create', { text: `Report ${i} from the northern districts\n\n${distinctText(100 + i)}` });
  await app.page.reload();
  await app.page.getByTestId('clipping-row').filter({ hasText: 'Report 1 from' }).waitFor();
}

const row = (page: Page, n: number) => page.getByTestId('clipping-row').filter({ hasText: `Report ${n} from` });
const selectedTitles = (page: Page) => page.locator('[data-testid="clipping-row"][aria-selected="true"] .cell-title').allTextContents();

describe('organise the Library', () => {
  it('selects with clicks and keys, and tags the selection', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    await fiveClippings(app);

    await row(page, 5).click();
    await row(page, 3).click({ modifiers: ['Shift'] });
    await row(page, 1).click({ modifiers: ['ControlOrMeta'] });
    await page.getByTestId('selection-count').getByText('4 clippings selected').waitFor();
    await expect
      .poll(() => selectedTitles(page))
      .toEqual([
        'Report 5 from the northern districts',
        'Report 4 from the northern districts',
        'Report 3 from the northern districts',
        'Report 1 from the northern districts',
      ]);
    // Ctrl-click again takes one out; Shift+↑ extends from the anchor with the keyboard.
    await row(page, 1).click({ modifiers: ['ControlOrMeta'] });
    await page.getByTestId('selection-count').getByText('3 clippings selected').waitFor();
    await row(page, 2).click();
    await page.keyboard.press('Shift+ArrowUp');
    await page.getByTestId('selection-count').getByText('2 clippings selected').waitFor();
    await expect.poll(() => selectedTitles(page)).toEqual(['Report 3 from the northern districts', 'Report 2 from the northern districts']);

    await page.getByRole('button', { name: 'Tag…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tag 2 clippings' });
    await dialog.getByLabel('Add tags').fill('border, convoys');
    await app.screenshots('organise-tag-dialog');
    await dialog.getByRole('button', { name: 'Apply tags' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').getByText('Updated the tags of 2 clippings.').waitFor();
    for (const n of [2, 3]) await row(page, n).locator('.cell-tags').getByText('convoys').waitFor();
    await expect(row(page, 4).locator('.tag-chip').count()).resolves.toBe(0);

    // Ctrl+A selects everything; removing a tag from all of them.
    await page.getByTestId('clipping-grid').focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.getByTestId('selection-count').getByText('5 clippings selected').waitFor();
    await page.getByRole('button', { name: 'Tag…' }).click();
    const all = page.getByRole('dialog', { name: 'Tag 5 clippings' });
    await all.getByLabel('Remove tags').fill('border');
    await all.getByRole('button', { name: 'Apply tags' }).click();
    await all.waitFor({ state: 'detached' });
    await expect(app.rpc('clippings.facets', {}).then((f) => f.tags)).resolves.toEqual([{ value: 'convoys', count: 2 }]);
    await row(page, 3).locator('.cell-tags').getByText('border').waitFor({ state: 'detached' });
    await app.screenshots('organise-tagged');
    await expectNoSeriousAxeFindings(page, 'the Library');
    app.expectOnlyServedOrigin();
  });

  it('moves the selection to the Trash and restores it; the Trash has its own empty state', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    await page.getByRole('button', { name: 'Trash', exact: true }).click();
    await page.getByTestId('trash-empty').getByText('The Trash is empty').waitFor();
    await app.screenshots('organise-trash-empty');
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await fiveClippings(app);

    // Delete moves the selection to the Trash, with Undo in the notice.
    await row(page, 4).click();
    await row(page, 2).click({ modifiers: ['Shift'] });
    await page.keyboard.press('Delete');
    await page.getByRole('status').getByText('Moved 3 clippings to the Trash.').waitFor();
    await row(page, 3).waitFor({ state: 'detached' });
    await page.getByTestId('list-summary').getByText('2 clippings', { exact: true }).waitFor();

    // The button does the same.
    await row(page, 5).click();
    await page.getByRole('button', { name: 'Move to Trash' }).click();
    await page.getByRole('status').getByText('Moved 1 clipping to the Trash.').waitFor();
    await row(page, 5).waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Trash (4)' }).click();
    await page.getByTestId('list-summary').getByText('4 clippings in the Trash').waitFor();
    for (const n of [2, 3, 4, 5]) await row(page, n).waitFor();
    await app.screenshots('organise-trash');
    await row(page, 3).click();
    await row(page, 5).click({ modifiers: ['ControlOrMeta'] });
    await page.getByRole('button', { name: 'Restore' }).click();
    await page.getByRole('status').getByText('Restored 2 clippings to the Library.').waitFor();
    await row(page, 3).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Trash (2)' }).waitFor();

    await page.getByRole('button', { name: 'Library', exact: true }).click();
    for (const n of [1, 3, 5]) await row(page, n).waitFor();
    await expect(page.getByTestId('clipping-row').count()).resolves.toBe(3);

    // From the Reader: Move to Trash, then Restore from its banner.
    await row(page, 1).dblclick();
    await page.getByTestId('details-panel').getByRole('button', { name: 'Move to Trash' }).click();
    const banner = page.getByTestId('trash-banner');
    await banner.getByText('In the Trash since').waitFor();
    await app.screenshots('organise-reader-trashed');
    await banner.getByRole('button', { name: 'Restore' }).click();
    await banner.waitFor({ state: 'detached' });
    await expect(app.rpc('library.info', {}).then((info) => [info.clippingCount, info.trashCount])).resolves.toEqual([3, 2]);
    app.expectOnlyServedOrigin();
  });
});
