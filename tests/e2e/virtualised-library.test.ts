// The Library with 100,000 clippings: only the rows on screen (plus a few) are in the DOM, rows
// come page by page as they scroll into view, and the keyboard reaches both ends.
import { describe, expect, it } from 'vitest';
import { useAppHarness } from '../helpers/e2e-app';
import { seedClippings } from '../helpers/seed-library';

const harness = useAppHarness();
const TOTAL = 100_000;
const ROW_HEIGHT = 30;

describe('virtualised Library', () => {
  it('keeps fewer than 200 rows in the DOM with 100,000 clippings, and End shows the last one', async () => {
    const libraryPath = harness.newLibraryPath();
    // "Clipping #i" is captured later as i grows, so newest first puts #100000 at the top and #1 at the end.
    seedClippings(libraryPath, TOTAL);
    const server = await harness.serve(libraryPath);
    const app = await harness.openPage(server);
    const { page } = app;
    const listCalls: Array<{ offset: number; limit: number }> = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/rpc/clippings.list')) listCalls.push(JSON.parse(request.postData() ?? '{}'));
    });
    const rowsInDom = () => page.locator('[data-testid="clipping-row"]').count();
    const grid = page.getByTestId('clipping-grid');
    const rowTitled = (title: string) => grid.locator('[data-testid="clipping-row"]').filter({ has: page.getByText(title, { exact: true }) });

    await page.getByTestId('list-summary').getByText('100,000 clippings', { exact: true }).waitFor();
    await rowTitled(`Clipping #${TOTAL}`).waitFor();
    expect(await rowsInDom()).toBeLessThan(200);
    // The scroll height is that of every row (plus the sticky header).
    await expect(grid.evaluate((el) => el.scrollHeight)).resolves.toBe(TOTAL * ROW_HEIGHT + ROW_HEIGHT);
    await expect(grid.getAttribute('aria-rowcount')).resolves.toBe(String(TOTAL + 1));

    await grid.focus();
    await page.keyboard.press('End');
    const last = rowTitled('Clipping #1');
    await last.waitFor();
    await expect(last.getAttribute('aria-rowindex')).resolves.toBe(String(TOTAL + 1));
    await expect(last.getAttribute('aria-selected')).resolves.toBe('true');
    const [lastBox, gridBox] = await Promise.all([last.boundingBox(), grid.boundingBox()]);
    expect(lastBox!.y).toBeGreaterThanOrEqual(gridBox!.y);
    expect(lastBox!.y + lastBox!.height).toBeLessThanOrEqual(gridBox!.y + gridBox!.height + 0.5);
    expect(await rowsInDom()).toBeLessThan(200);
    await app.screenshots('library-100k-end');

    // Back to the top, then a page down with the keyboard.
    await page.keyboard.press('Home');
    await rowTitled(`Clipping #${TOTAL}`).waitFor();
    await page.keyboard.press('PageDown');
    const active = grid.locator('[data-testid="clipping-row"][aria-selected="true"]');
    await expect.poll(() => active.getAttribute('aria-rowindex').then(Number)).toBeGreaterThan(10);

    // Dragging the scroll bar to the middle: those rows arrive, still few in the DOM.
    await grid.evaluate((el) => (el.scrollTop = 50_000 * 30));
    await rowTitled('Clipping #50000').waitFor();
    expect(await rowsInDom()).toBeLessThan(200);

    // Ctrl+A selects all of them without loading them.
    await page.keyboard.press('ControlOrMeta+a');
    await page.getByTestId('selection-count').getByText('100,000 clippings selected').waitFor();

    // Rows came page by page (limit ≤ 500), never the whole list.
    expect(listCalls.length).toBeGreaterThan(1);
    expect(listCalls.every((call) => call.limit <= 500)).toBe(true);
    expect(listCalls.reduce((sum, call) => sum + call.limit, 0)).toBeLessThan(5_000);
    app.expectOnlyServedOrigin();
  });
});
