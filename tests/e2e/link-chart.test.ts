// The link chart with a thousand cards and three thousand relations: it draws them all, pans by
// dragging and by arrow keys, zooms, filters by type (the core answers only the chosen types), and a
// click on a card opens it. The library is seeded in-process before it is served.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppHarness } from '../helpers/e2e-app';
import { seedEntityGraph } from '../helpers/seed-entities';
import type {} from '../../renderer/src/features/entities/chart/chartTestHook';

const harness = useAppHarness();

const chartWith = (page: Page, attributes: Record<string, string | number>) =>
  page.locator(
    `[data-testid="link-chart-canvas"]${Object.entries(attributes)
      .map(([name, value]) => `[data-${name}="${value}"]`)
      .join('')}`,
  );

async function attribute(page: Page, name: string): Promise<number> {
  return Number(await page.getByTestId('link-chart-canvas').getAttribute(`data-${name}`));
}

describe('link chart', () => {
  it('charts 1,000 cards and 3,000 relations, pans, zooms, filters by type and opens a clicked card', async () => {
    const libraryPath = harness.newLibraryPath();
    const { cards, relations } = await seedEntityGraph(libraryPath, { cards: 1000, relations: 3000 });
    const app = await harness.open({ libraryPath });
    const { page } = app;
    await page.evaluate(() => (window.location.hash = '#/entities/chart'));
    await chartWith(page, { 'node-count': 1000, 'edge-count': 3000 }).waitFor();
    await page.getByTestId('link-chart-summary').getByText('1,000 cards · 3,000 relations').waitFor();
    await app.screenshots('link-chart');

    // Drag to pan: the view moves by exactly the drag.
    const canvas = page.getByTestId('link-chart-canvas').locator('canvas');
    const box = (await canvas.boundingBox())!;
    const panX = await attribute(page, 'pan-x');
    const panY = await attribute(page, 'pan-y');
    await page.mouse.move(box.x + 200, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x + 260, box.y + 230, { steps: 5 });
    await page.mouse.move(box.x + 320, box.y + 240, { steps: 5 });
    await page.mouse.up();
    await chartWith(page, { 'pan-x': panX + 120, 'pan-y': panY + 40 }).waitFor();

    // Keyboard: arrows pan, + zooms in, 0 fits again.
    await canvas.focus();
    await page.keyboard.press('ArrowLeft');
    await chartWith(page, { 'pan-x': panX + 200, 'pan-y': panY + 40 }).waitFor();
    const fitZoom = await attribute(page, 'zoom');
    await page.keyboard.press('+');
    await expect.poll(() => attribute(page, 'zoom')).toBeGreaterThan(fitZoom);
    await page.keyboard.press('0');
    await chartWith(page, { 'pan-x': panX, 'pan-y': panY }).waitFor();
    // The place keys still work elsewhere, but not while the canvas handles its own keys.
    expect(await page.evaluate(() => window.location.hash)).toBe('#/entities/chart');

    // Wheel zooms in around the pointer.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -700);
    await expect.poll(() => attribute(page, 'zoom')).toBeGreaterThan(fitZoom * 2.5);
    // Close enough, cards carry their names.
    await page.mouse.move(box.x - 20, box.y - 20);
    await canvas.focus();
    while ((await attribute(page, 'zoom')) < 1.5) await page.keyboard.press('+');
    await app.screenshots('link-chart-zoomed');

    // Filter: without people, only the other cards and the relations between them remain.
    const notPeople = new Set(cards.filter((c) => c.type !== 'person').map((c) => c.id));
    const edgesLeft = relations.filter((r) => notPeople.has(r.sourceId) && notPeople.has(r.targetId)).length;
    await page.getByRole('checkbox', { name: 'People' }).uncheck();
    await chartWith(page, { 'node-count': notPeople.size, 'edge-count': edgesLeft }).waitFor();
    await page
      .getByTestId('link-chart-summary')
      .getByText(`${notPeople.size.toLocaleString('en-US')} cards · ${edgesLeft.toLocaleString('en-US')} relations`)
      .waitFor();
    // Nothing chosen at all says so, and offers every type again.
    for (const name of ['Organisations', 'Places', 'Other']) await page.getByRole('checkbox', { name }).uncheck();
    await page.getByText('No card types are chosen').waitFor();
    await page.getByRole('button', { name: 'Show all types' }).click();
    await chartWith(page, { 'node-count': 1000, 'edge-count': 3000 }).waitFor();

    // Click the card drawn nearest the middle: its card opens.
    const target = await page.evaluate(
      ({ ids, middle }) => {
        let best: { id: string; x: number; y: number; d: number } | null = null;
        for (const id of ids) {
          const at = window.__linkChart?.positionOf(id);
          if (!at) continue;
          const d = Math.hypot(at.x - middle.x, at.y - middle.y);
          if (!best || d < best.d) best = { id, ...at, d };
        }
        return best;
      },
      { ids: cards.map((c) => c.id), middle: { x: box.x + box.width / 2, y: box.y + box.height / 2 } },
    );
    expect(target).not.toBeNull();
    await page.mouse.move(target!.x, target!.y);
    const card = cards.find((c) => c.id === target!.id)!;
    await page.getByRole('tooltip').getByText(card.name).waitFor();
    await app.screenshots('link-chart-hover');
    await page.mouse.click(target!.x, target!.y);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/entities/${card.id}`);
    await page.getByRole('article', { name: `Card: ${card.name}` }).waitFor();
    app.expectOnlyServedOrigin();
  });

  it('finds a card by name from the keyboard, centres and marks it, and Enter opens it', async () => {
    const libraryPath = harness.newLibraryPath();
    const { cards } = await seedEntityGraph(libraryPath, { cards: 60, relations: 90, seed: 7 });
    const app = await harness.open({ libraryPath });
    const { page } = app;
    await page.evaluate(() => (window.location.hash = '#/entities/chart'));
    await chartWith(page, { 'node-count': 60, 'edge-count': 90 }).waitFor();
    const wanted = cards[17]!;
    await page.getByRole('button', { name: 'Find a card…' }).click();
    await page.getByRole('combobox', { name: 'Find on the chart' }).fill(wanted.name);
    await page.getByRole('listbox', { name: 'Find on the chart: results' }).getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    // Centred and named, with the keyboard on the chart.
    await page.getByRole('tooltip').getByText(wanted.name).waitFor();
    const box = (await page.getByTestId('link-chart-canvas').boundingBox())!;
    const at = (await page.evaluate((id) => window.__linkChart?.positionOf(id), wanted.id))!;
    expect(Math.abs(at.x - (box.x + box.width / 2))).toBeLessThan(1);
    expect(Math.abs(at.y - (box.y + box.height / 2))).toBeLessThan(1);
    await app.screenshots('link-chart-found');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/entities/${wanted.id}`);
  });

  it('says there is nothing to chart in a library without cards, and leads to the cards', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.evaluate(() => (window.location.hash = '#/entities/chart'));
    const empty = page.getByTestId('link-chart-empty');
    await empty.waitFor();
    await expect(empty.getByRole('heading').textContent()).resolves.toMatch(/^No cards to chart yet — /);
    await app.screenshots('link-chart-empty');
    await empty.getByRole('button', { name: 'Go to the cards' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/entities');
  });
});
