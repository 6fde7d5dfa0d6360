// The quick switcher through the UI (browser mode, Chromium): Ctrl+K from the Library and from a
// note's editor, fuzzy rows with their kind, arrows and Enter to a card, Esc giving the focus back,
// and the items opened last first when the box is empty.
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync } from 'node:fs';
import { artifactPath } from '../helpers/artifacts';
import { distinctText, useAppHarness } from '../helpers/e2e-app';

const harness = useAppHarness();
const SHOTS = '/work/notes/shots';

describe('Quick switcher', () => {
  it('goes to a card with Ctrl+K, arrows and Enter; Esc gives the focus back; recent items come first', async () => {
    const app = await harness.open({ viewport: { width: 1024, height: 700 } });
    const { page } = app;
    const card = await app.rpc('entities.create', { type: 'person', name: 'Abu Bakr al-Baghdadi', aliases: ['Ibrahim Awad al-Badri'] });
    await app.rpc('entities.create', { type: 'place', name: 'Baghdad' });
    await app.rpc('clippings.create', { text: `Baghdadi speech reported\n\n${distinctText(2, 40)}` });
    await page.reload();
    await page.getByTestId('clipping-row').first().waitFor();

    // Esc closes and the focus is where it was.
    const box = page.getByRole('combobox', { name: 'Search the library' });
    await box.focus();
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Go to' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);

    await page.keyboard.press('Control+k');
    const input = dialog.getByRole('combobox');
    await page.keyboard.type('baghdadi');
    const list = dialog.getByRole('listbox');
    const rows = list.getByRole('option');
    const cardRow = rows.filter({ hasText: 'Abu Bakr al-Baghdadi' });
    // The rows answer the whole word (an answer to "bag" could still be showing, in another order).
    await expect.poll(() => list.getAttribute('aria-busy')).toBe('false');
    await cardRow.waitFor();
    await expect(cardRow.locator('.switcher-kind').textContent()).resolves.toBe('Card');
    const titles = await rows.locator('.switcher-title').allTextContents();
    for (let i = 0; i < titles.indexOf('Abu Bakr al-Baghdadi'); i++) await input.press('ArrowDown');
    await expect.poll(() => cardRow.getAttribute('aria-selected')).toBe('true');
    mkdirSync(SHOTS, { recursive: true });
    await app.screenshots('switcher');
    for (const theme of ['light', 'dark']) copyFileSync(artifactPath(`switcher-${theme}.png`), `${SHOTS}/switcher-${theme}.png`);
    await input.press('Enter');
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/entities/${card.id}$`));
    await expect.poll(() => page.getByTestId('entity-card').getByLabel('Name', { exact: true }).inputValue()).toBe('Abu Bakr al-Baghdadi');

    // With an empty box, the card just opened comes first.
    await page.keyboard.press('Control+k');
    await expect.poll(() => rows.first().locator('.switcher-title').textContent()).toBe('Abu Bakr al-Baghdadi');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    app.expectOnlyServedOrigin();
  });

  it('opens from inside a note’s editor, while Ctrl+K on selected words still makes a link', async () => {
    const app = await harness.open();
    const { page } = app;
    await app.rpc('notes.create', { title: 'Convoy brief' });
    await page.evaluate(() => (window.location.hash = '#/notebook'));
    await page.getByTestId('note-row').filter({ hasText: 'Convoy brief' }).click();
    const editor = page.getByTestId('note-editor');
    await editor.click();
    await page.keyboard.type('Convoy sighted');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Go to' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => editor.evaluate((element) => element.contains(document.activeElement) || element === document.activeElement)).toBe(true);

    await editor.getByText('Convoy sighted').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Control+k');
    await page.getByTestId('link-editor').waitFor();
    await expect(dialog.count()).resolves.toBe(0);
  });
});
