// Room to write: at 1440×900 the places list, the notes list and the evidence panel are all open; at
// 1024×700 they collapse so the note editor keeps at least 560 px; each has a button and a key, and the
// analyst's choice is remembered on this device.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppHarness } from '../helpers/e2e-app';

const harness = useAppHarness();

const EDITOR_MIN_WIDTH = 560;
const editorWidth = (page: Page) => page.locator('.nb-editor-column').evaluate((column) => column.getBoundingClientRect().width);
const expanded = (page: Page, panel: string) => page.getByRole('button', { name: panel, exact: true }).getAttribute('aria-expanded');

describe('notebook layout', () => {
  it('gives the editor at least 560 px at 1024×700 and all panels at 1440×900, remembering the choice', async () => {
    const app = await harness.open({ viewport: { width: 1440, height: 900 } });
    const { page } = app;
    const note = await app.rpc('notes.create', { title: 'Room to write' });
    await page.evaluate((id) => localStorage.setItem('notebook.lastOpenNoteId', id), note.id);
    await page.evaluate(() => (window.location.hash = '#/notebook'));
    await page.getByTestId('note-editor').waitFor();
    for (const panel of ['Places list', 'Notes list', 'Evidence panel']) expect(await expanded(page, panel)).toBe('true');
    await page.getByTestId('evidence-panel').waitFor();
    await page.getByRole('navigation', { name: 'Places' }).getByText('Timeline').waitFor();

    await page.setViewportSize({ width: 1024, height: 700 });
    await expect.poll(() => editorWidth(page)).toBeGreaterThanOrEqual(EDITOR_MIN_WIDTH);
    expect(await expanded(page, 'Evidence panel')).toBe('false');
    expect(await expanded(page, 'Places list')).toBe('false');
    await app.screenshots('notebook-layout-1024');

    // Opened by its key while writing: the evidence panel, and the editor still keeps its room.
    await page.getByTestId('note-editor').click();
    await page.keyboard.press('Control+Shift+Digit3');
    await page.getByTestId('evidence-panel').waitFor();
    await expect.poll(() => editorWidth(page)).toBeGreaterThanOrEqual(EDITOR_MIN_WIDTH);
    await app.screenshots('notebook-layout-1024-evidence');

    // Remembered on this device, and closed again by its button.
    await page.reload();
    await page.getByTestId('evidence-panel').waitFor();
    await page.getByRole('button', { name: 'Evidence panel', exact: true }).click();
    await page.getByTestId('evidence-panel').waitFor({ state: 'hidden' });
    await page.reload();
    await page.getByTestId('note-editor').waitFor();
    expect(await expanded(page, 'Evidence panel')).toBe('false');
  });
});
