// Messages (toasts) and the import summary: they go away on their own (later when they offer Undo,
// never while hovered), stack at most three, and never cover controls or text — checked over the link
// chart's zoom buttons and the end of the Reader's text, at 1024×700 and 1280×800.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articleText, articleWords } from '../helpers/articles';
import { distinctText, useAppHarness } from '../helpers/e2e-app';

const harness = useAppHarness();

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function expectApart(floating: Locator, other: Locator): Promise<void> {
  const [a, b] = [await floating.boundingBox(), await other.boundingBox()];
  expect(a && b && overlaps(a, b), `${JSON.stringify(a)} covers ${JSON.stringify(b)}`).toBe(false);
}

const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

describe('notices', () => {
  it('leave on their own, pause while hovered, stack at most three and cover no control', async () => {
    const app = await harness.open({ viewport: { width: 1024, height: 700 } });
    const { page } = app;
    for (let i = 0; i < 4; i++) await app.rpc('clippings.create', { text: `Report ${i}\n\n${distinctText(i)}` });
    const { clipping: long } = await app.rpc('clippings.create', { text: `A long dispatch\n\n${articleText(articleWords(3, 1200))}` });
    const [a, b] = [
      await app.rpc('entities.create', { type: 'person', name: 'Abu Omar' }),
      await app.rpc('entities.create', { type: 'organization', name: 'Desert Brigade' }),
    ];
    await app.rpc('relations.create', { sourceId: a.id, targetId: b.id, type: 'member_of' });
    await page.clock.install();
    await page.reload();

    // Four clippings to the Trash, one at a time: the three latest offers of Undo stay.
    const rows = page.getByTestId('clipping-row');
    for (let i = 0; i < 4; i++) {
      await rows.filter({ hasText: `Report ${i}` }).click();
      await page.keyboard.press('Delete');
      await rows.filter({ hasText: `Report ${i}` }).waitFor({ state: 'detached' });
    }
    const notices = page.locator('.notice');
    await expect.poll(() => notices.count()).toBe(3);
    await app.screenshots('notices-stacked');

    // Hovering one keeps it; the others leave after their ten seconds; then it leaves too.
    await notices.last().hover();
    await page.clock.fastForward(11_000);
    await expect.poll(() => notices.count()).toBe(1);
    await page.mouse.move(5, 5);
    await page.clock.fastForward(11_000);
    await expect.poll(() => notices.count()).toBe(0);

    // An import that needs a look stays until dismissed, over no control and no text.
    // Picked through the Import files input itself (app-shell.test.ts covers Ctrl+O and its chooser).
    await page
      .getByTestId('import-input')
      .setInputFiles([{ name: 'image.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) }]);
    const summary = page.getByTestId('import-summary');
    await summary.waitFor();
    for (const size of [
      { width: 1024, height: 700 },
      { width: 1280, height: 800 },
    ]) {
      await page.setViewportSize(size);
      await go(page, '#/entities/chart');
      const zoom = page.getByRole('group', { name: 'Zoom' });
      await zoom.waitFor();
      await expectApart(summary, zoom);
      await go(page, `#/reader/${long!.id}`);
      const lastParagraph = page.getByTestId('reader-text').locator('p').last();
      await lastParagraph.waitFor();
      await page.locator('main.place').evaluate((main) => main.scrollTo(0, main.scrollHeight));
      await expectApart(summary, lastParagraph);
      if (size.width === 1024) await app.screenshots('notices-reader-end-1024');
    }
  });
});
