// The Timeline place in Chromium: the empty state; events dated by a day, a month, a season, an
// approximate year, an open range, none, and by two sources that disagree, plus a dated relation;
// zoom in and out (ticks from hours to centuries) and fit all; lanes by card, type and tag; filters;
// the keyboard; an event's card whose evidence opens the Reader; delete with Undo; CSV, SVG and PNG.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactPath } from '../helpers/artifacts';
import { expectNoSeriousAxeFindings } from '../helpers/axe-audit';
import { useAppHarness } from '../helpers/e2e-app';
import { seedTimeline, SENTENCES } from '../helpers/seed-timeline';
import { makeTempDir } from '../helpers/temp-library';

const harness = useAppHarness();

const tickLabels = (page: Page) => page.locator('.tl-tick-label').allTextContents();
// Where the grid lines are on screen (the axis is drawn over a wider stretch and slid by a pan).
const tickXs = (page: Page) => page.locator('.tl-grid').evaluateAll((lines) => lines.map((line) => Math.round(line.getBoundingClientRect().x)));
/** Tick labels that start left of the plot (cut by its edge, "010" for 2010): none should. */
const labelsLeftOfPlot = (page: Page) =>
  page.evaluate(() => {
    const plotLeft = document.querySelector('.tl-gutter-rule')!.getBoundingClientRect().x;
    return [...document.querySelectorAll('.tl-tick-label')].filter((label) => label.getBoundingClientRect().x < plotLeft).map((label) => label.textContent);
  });
const laneLabels = (page: Page) => page.locator('.tl-lane-label').evaluateAll((lanes) => lanes.map((lane) => lane.getAttribute('data-lane')));
const mark = (page: Page, eventId: string) => page.locator(`.tl-mark[data-event-id="${eventId}"]`).first();
const allMatch = (labels: string[], pattern: RegExp) => labels.length > 1 && labels.every((label) => pattern.test(label));

/** Zooms by `step` (a key, or a button's name) until the tick labels pass `check` (at most `max` times), then waits for them to. */
async function zoomUntil(page: Page, step: string, check: (labels: string[]) => boolean, max = 25) {
  const zoom = step.length === 1 ? () => page.keyboard.press(step) : () => page.getByRole('button', { name: step }).click();
  for (let i = 0; i < max && !check(await tickLabels(page)); i++) await zoom();
  await expect.poll(async () => check(await tickLabels(page))).toBe(true);
}

async function pressTimes(page: Page, key: string, times: number) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

async function download(page: Page, label: string, folder: string): Promise<{ name: string; bytes: Buffer }> {
  const started = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: label }).click();
  const file = await started;
  const path = join(folder, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

describe('Timeline', () => {
  it('says how to add a first event when there is none', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    await page.keyboard.press('5');
    const empty = page.getByTestId('timeline-empty');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('Add to timeline…');
    await app.screenshots('timeline-empty');
    await empty.getByRole('button', { name: /Choose a clipping to read/ }).click();
    await page.getByTestId('library-empty').waitFor();
  });

  it('draws each kind of date, zooms, switches lanes, filters, moves by keyboard, opens evidence and exports', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    const seed = await seedTimeline(app);
    await page.evaluate(() => (window.location.hash = '#/timeline'));
    const chart = page.getByTestId('timeline-chart');
    await chart.waitFor();

    // Every kind of date drawn its own way.
    await expect.poll(() => laneLabels(page)).toEqual(['Islamic State', 'Abu Bakr al-Baghdadi', 'Jabhat al-Nusra']);
    await mark(page, seed.events.mosul).locator('circle.tl-point').waitFor();
    expect(await mark(page, seed.events.caliphate).locator('rect.tl-bar:not(.tl-faded)').count()).toBe(1);
    expect(await mark(page, seed.events.summer).locator('rect.tl-bar').count()).toBe(1);
    expect(await mark(page, seed.events.ties).locator('rect.tl-bar').getAttribute('style')).toContain('#tl-fade-event-soft")');
    expect(await mark(page, seed.events.kobani).locator('rect.tl-bar').getAttribute('style')).toContain('#tl-fade-event-open-end")');
    const sermon = mark(page, seed.events.sermon);
    expect(await sermon.locator('.tl-point, .tl-bar').count()).toBe(2);
    expect(await sermon.locator('.tl-conflict-badge').count()).toBe(1);
    expect(await sermon.getAttribute('aria-label')).toContain('(sources disagree)');
    await mark(page, seed.relationId).locator('.tl-bar.tl-relation').waitFor();
    await page.getByTestId('timeline-undated').getByRole('button', { name: 'Training camp near Raqqa' }).waitFor();

    // The conflict's card explains it, each dating with its evidence.
    await sermon.click();
    const card = page.getByTestId('timeline-event-card');
    await card.getByRole('heading', { name: 'First public sermon' }).waitFor();
    await card.getByText('Sources disagree').waitFor();
    await card.getByRole('button', { name: SENTENCES.sermonLate }).waitFor();
    await app.screenshots('timeline-conflict-card');

    // Zoom: fit shows years and months; deeper, days and hours; out, decades and centuries.
    const fitted = await tickLabels(page);
    expect(fitted).toEqual(expect.arrayContaining(['2011', '2014']));
    expect(await labelsLeftOfPlot(page)).toEqual([]);
    await chart.focus();
    await zoomUntil(page, '+', (labels) => allMatch(labels, /^\d{1,2} [A-Z][a-z]{2}( \d{4})?$/));
    await zoomUntil(page, '+', (labels) => labels.some((label) => /^\d\d:00$/.test(label)));
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(() => tickLabels(page)).toEqual(fitted);
    await zoomUntil(page, 'Zoom out', (labels) => allMatch(labels, /^\d{3}0s$/));
    await page.getByTestId('timeline-today').waitFor();
    await chart.focus();
    await zoomUntil(page, '-', (labels) => allMatch(labels, /^\d{1,2}00$/));
    await page.keyboard.press('0');
    await expect.poll(() => tickLabels(page)).toEqual(fitted);

    // Pan: with the card closed and no event focused, arrows move the axis, and so does dragging.
    await chart.focus();
    await pressTimes(page, 'Escape', 2);
    await card.waitFor({ state: 'detached' });
    await page.keyboard.press('0');
    const home = await tickXs(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tickXs(page)).not.toEqual(home);
    await page.keyboard.press('0');
    await expect.poll(() => tickXs(page)).toEqual(home);
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 6);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height - 6, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => tickXs(page)).not.toEqual(home);
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(() => tickXs(page)).toEqual(home);

    // Lanes by type and by tag.
    await page.getByRole('group', { name: 'Lanes by' }).getByRole('button', { name: 'Types' }).click();
    await expect.poll(() => laneLabels(page)).toEqual(expect.arrayContaining(['attack', 'statement', 'No type']));
    expect((await laneLabels(page))[0]).toBe('attack');
    await page.getByRole('group', { name: 'Lanes by' }).getByRole('button', { name: 'Tags' }).click();
    await expect.poll(() => laneLabels(page)).toEqual(['mosul', 'syria', 'No tag']);
    await page.getByRole('group', { name: 'Lanes by' }).getByRole('button', { name: 'Cards' }).click();

    // Filter by card; a filter that matches nothing says so and clears.
    await page.getByLabel('Card', { exact: true }).selectOption({ label: 'Jabhat al-Nusra (1)' });
    await expect
      .poll(() => page.locator('.tl-mark').evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute('data-event-id')))]))
      .toEqual([seed.events.ties]);
    await page.getByText('1 event match').waitFor();
    const from = page.getByRole('textbox', { name: 'From', exact: true });
    await from.fill('2020');
    await page.getByTestId('timeline-no-matches').getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => laneLabels(page)).toEqual(['Islamic State', 'Abu Bakr al-Baghdadi', 'Jabhat al-Nusra']);

    // One-key shortcuts do not fire while typing in a filter box.
    await from.fill('');
    const before = await tickXs(page);
    await from.press('-');
    expect(await tickXs(page)).toEqual(before);
    await from.fill('');

    // Keyboard: Down focuses an event, Left/Right move in time order, Enter opens, Escape closes.
    await chart.focus();
    expect(await chart.getAttribute('aria-activedescendant')).toBeNull();
    await page.keyboard.press('ArrowDown');
    await pressTimes(page, 'ArrowLeft', 7);
    await expect.poll(() => chart.getAttribute('aria-activedescendant')).toContain(seed.relationId.replace(/[^A-Za-z0-9_-]/g, '_'));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => chart.getAttribute('aria-activedescendant')).toContain(seed.events.ties.replace(/[^A-Za-z0-9_-]/g, '_'));
    expect(await page.locator('.tl-focus-ring').count()).toBe(1);
    await page.keyboard.press('Enter');
    await card.getByRole('heading', { name: 'Al-Qaeda cuts ties' }).waitFor();
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });

    // Exports of what is shown.
    const folder = makeTempDir('timeline-e2e-downloads');
    const csv = await download(page, 'CSV', folder);
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.bytes.toString('utf8')).toContain('Fall of Mosul');
    const svg = await download(page, 'SVG', folder);
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toContain('<svg');
    expect(svgText).toContain('Fall of Mosul');
    expect(svgText).not.toContain('class=');
    expect(svgText).toContain('stop-color:');
    const png = await download(page, 'PNG', folder);
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // Kept beside the screenshots, to look at: the picture must match the chart.
    writeFileSync(artifactPath('timeline-export.png'), png.bytes);
    writeFileSync(artifactPath('timeline-export.svg'), svg.bytes);

    // Evidence opens the Reader at the passage.
    await mark(page, seed.events.mosul).click();
    await card.getByRole('heading', { name: 'Fall of Mosul' }).waitFor();
    await app.screenshots('timeline');
    await card.getByRole('button', { name: SENTENCES.mosul }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/reader/${seed.clippingId}/${seed.passages.mosul}`);
    app.expectOnlyServedOrigin();
  });

  it('zooms in when the keyboard moves into a "+N" cluster, until the focused event is drawn', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    const card = (await app.rpc('entities.create', { type: 'person', name: 'Crowded card' })).id;
    const create = async (title: string, date: string) => (await app.rpc('events.create', { title, date, participants: [card] })).id;
    // Twelve events on twelve days, between two far apart: fitted, the twelve share one spot and
    // the lane's rows are full after six, so the last ones are counted in a cluster.
    await create('Long before', '2004-03-01');
    const crowd: string[] = [];
    for (let day = 10; day < 22; day++) crowd.push(await create(`Crowd event on ${day} June`, `2014-06-${day}`));
    await create('Long after', '2026-03-01');
    const last = crowd[crowd.length - 1]!;
    await page.evaluate(() => (window.location.hash = '#/timeline'));
    const chart = page.getByTestId('timeline-chart');
    await chart.locator('.tl-overflow').first().waitFor();
    expect(await mark(page, last).count()).toBe(0);
    const fitted = await tickLabels(page);

    // Into the lane, to its first event, then along it to the last of the crowd.
    await chart.focus();
    await page.keyboard.press('ArrowDown');
    await pressTimes(page, 'ArrowLeft', crowd.length + 2);
    await pressTimes(page, 'ArrowRight', crowd.length);
    await expect.poll(() => chart.getAttribute('aria-activedescendant')).toContain(last.replace(/[^A-Za-z0-9_-]/g, '_'));
    await mark(page, last).waitFor();
    await expect.poll(() => page.locator('.tl-focus-ring').count()).toBe(1);
    expect(await tickLabels(page)).not.toEqual(fitted);
    await app.screenshots('timeline-cluster-focus');
    await page.keyboard.press('Enter');
    await page.getByTestId('timeline-event-card').getByRole('heading', { name: 'Crowd event on 21 June' }).waitFor();
  });

  it('opens the event a link names (#/timeline/ID) and brings it into view', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    const seed = await seedTimeline(app);
    await page.evaluate((id) => (window.location.hash = `#/timeline/${id}`), seed.events.caliphate);
    await page.getByTestId('timeline-event-card').getByRole('heading', { name: 'Caliphate declared' }).waitFor();
    await mark(page, seed.events.caliphate).waitFor();
    await expectNoSeriousAxeFindings(page, 'the Timeline');
  });

  it('deletes an event with Undo, and stays readable at 1024×700', async () => {
    const app = await harness.open({ viewport: { width: 1024, height: 700 } });
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    const seed = await seedTimeline(app);
    await page.evaluate(() => (window.location.hash = '#/timeline'));
    await page.getByTestId('timeline-chart').waitFor();
    await mark(page, seed.events.caliphate).click();
    await page.getByTestId('timeline-event-card').getByRole('heading', { name: 'Caliphate declared' }).waitFor();
    await app.screenshots('timeline-1024');
    // Escape closes the card from inside it too.
    await page.getByTestId('timeline-event-card').getByRole('button', { name: 'Islamic State' }).focus();
    await page.keyboard.press('Escape');
    await page.getByTestId('timeline-event-card').waitFor({ state: 'detached' });

    const undated = page.getByTestId('timeline-undated');
    await undated.getByRole('button', { name: 'Training camp near Raqqa' }).click();
    const card = page.getByTestId('timeline-event-card');
    await card.getByRole('heading', { name: 'Training camp near Raqqa' }).waitFor();
    await card.getByRole('button', { name: 'Delete event' }).click();
    await undated.waitFor({ state: 'detached' });
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await undated.getByRole('button', { name: 'Training camp near Raqqa' }).waitFor();
  });
});
