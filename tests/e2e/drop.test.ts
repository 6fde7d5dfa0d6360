// Drag and drop onto the window, with synthetic drag events whose DataTransfer is built in the page
// (as a file manager's drop would fill it): files are imported, dropped text opens New clipping.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppHarness } from '../helpers/e2e-app';

const harness = useAppHarness();

interface DroppedFile {
  name: string;
  type: string;
  content: string;
}

/** dragenter + dragover on the page with these files; the drop itself is `dropPrepared`. */
async function dragOver(page: Page, payload: { files?: DroppedFile[]; text?: string; html?: string }): Promise<void> {
  await page.evaluate(({ files, text, html }) => {
    const data = new DataTransfer();
    for (const file of files ?? []) data.items.add(new File([file.content], file.name, { type: file.type }));
    if (text !== undefined) data.setData('text/plain', text);
    if (html !== undefined) data.setData('text/html', html);
    (window as { __dragData?: DataTransfer }).__dragData = data;
    const target = document.querySelector('main') ?? document.body;
    for (const type of ['dragenter', 'dragover']) target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  }, payload);
}

/** Drops what dragOver prepared; answers whether the app took the drop (preventDefault). */
async function dropPrepared(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const data = (window as { __dragData?: DataTransfer }).__dragData!;
    const target = document.querySelector('main') ?? document.body;
    const drop = new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true });
    target.dispatchEvent(drop);
    return drop.defaultPrevented;
  });
}

const ARTICLE_HTML = `<!doctype html><html><head><title>Border crossing reopens after three weeks</title></head><body>
<article><h1>Border crossing reopens after three weeks</h1>
<p>The crossing at the northern border reopened to commercial traffic on Wednesday morning, customs officials said, ending a closure that had stranded hundreds of lorries on both sides of the frontier.</p>
<p>Drivers described queues stretching several kilometres. Officials said inspections would continue at a reduced pace for the first few days while new scanning equipment is installed and staff are trained to use it.</p>
<p>Traders welcomed the decision but said losses from spoiled goods would take months to recover, and called on both governments to agree a protocol that keeps the crossing open during future disputes.</p>
</article></body></html>`;

describe('drop onto the window', () => {
  it('shows where a drag will go, and imports the dropped files', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();

    await dragOver(page, {
      files: [
        {
          name: 'field-notes.md',
          type: 'text/markdown',
          content: 'Field notes from the river crossing\n\nThree boats were seen at dusk, each carrying about ten people.\n',
        },
        { name: 'crossing.html', type: 'text/html', content: ARTICLE_HTML },
      ],
    });
    await page.getByTestId('drop-overlay').waitFor();
    await app.screenshots('drop-overlay');
    await expect(dropPrepared(page)).resolves.toBe(true); // the browser never opens the file itself
    await page.getByTestId('drop-overlay').waitFor({ state: 'detached' });

    await page.getByTestId('import-summary').getByText('Imported 2 of 2 files.').waitFor();
    await page.getByTestId('clipping-row').filter({ hasText: 'Field notes from the river crossing' }).waitFor();
    const htmlRow = page.getByTestId('clipping-row').filter({ hasText: 'Border crossing reopens after three weeks' });
    await htmlRow.waitFor();
    await app.screenshots('drop-imported');
    await htmlRow.dblclick();
    await page.getByTestId('reader-text').getByText('The crossing at the northern border reopened').waitFor();
    await expect(page.url()).toContain(app.server.origin);
    app.expectOnlyServedOrigin();
  });

  it('opens New clipping with text dropped on the window', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    const text = 'Statement by the governorate\n\nThe governor announced a curfew from 8 pm until further notice.';
    await dragOver(page, { text });
    await expect(dropPrepared(page)).resolves.toBe(true);
    const dialog = page.getByRole('dialog', { name: 'New clipping' });
    await dialog.waitFor();
    await expect(dialog.getByLabel('Text').inputValue()).resolves.toBe(text);
    await dialog.getByRole('button', { name: 'Save clipping' }).click();
    await page.getByTestId('clipping-row').filter({ hasText: 'Statement by the governorate' }).waitFor();
    app.expectOnlyServedOrigin();
  });
});
