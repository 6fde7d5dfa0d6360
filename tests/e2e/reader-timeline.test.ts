// The Reader's ways onto the timeline: "Add to timeline…" (t) on a selection, pre-filled with the
// sentence, the date the text gives and the cards it mentions, the selection saved as evidence; and
// the Dates list of the Suggestions tab, whose Accept opens the same dialog and whose Reject is remembered.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../shared/timeline/types';
import { corpusPath } from '../helpers/corpus';
import { useAppHarness, type AppPage } from '../helpers/e2e-app';
import { paintedRanges, selectInArticle } from '../helpers/reader-selection';

const harness = useAppHarness();

const ARTICLE = [
  'Al-Qaeda cuts ties with ISIS',
  '',
  'Al-Qaeda cut all ties with ISIS in 2013, its general command said.',
  '',
  'ISIS fighters took Mosul in June 2014, and the army fled the city. The talks had lasted for months.',
].join('\n');

async function openArticle(app: AppPage): Promise<string> {
  await app.rpc('entities.create', { type: 'organization', name: 'ISIS' });
  await app.rpc('entities.create', { type: 'organization', name: 'Al-Qaeda' });
  await app.rpc('entities.create', { type: 'place', name: 'Mosul' });
  const { clipping } = await app.rpc('clippings.create', { text: ARTICLE });
  await app.rpc('clippings.update', { id: clipping!.id, patch: { publishedAt: '2014-07-01' } });
  await app.page.goto(`${app.server.origin}/#/reader/${encodeURIComponent(clipping!.id)}`);
  await app.page.getByTestId('reader-text').waitFor();
  return clipping!.id;
}

/** Every passage an event holds as evidence, on its datings or on itself. */
function evidenceQuotes(event: TimelineEvent): string[] {
  return [...event.datings.flatMap((d) => d.evidence), ...event.evidence].map((e) => e.exact);
}

describe('Timeline from the Reader', () => {
  it('adds an event from a selection with t: sentence, date, cards and the selection as evidence', async () => {
    const app = await harness.open();
    const { page } = app;
    await openArticle(app);

    await selectInArticle(page, 'ISIS fighters took Mosul in June 2014');
    await page
      .getByTestId('selection-toolbar')
      .getByRole('button', { name: /Add to timeline/ })
      .waitFor();
    await app.screenshots('reader-timeline-toolbar');
    await page.keyboard.press('t');
    const dialog = page.getByTestId('add-event-dialog');
    await dialog.waitFor();
    await expect(dialog.getByTestId('event-title').inputValue()).resolves.toBe('ISIS fighters took Mosul in June 2014, and the army fled the city');
    const date = dialog.getByTestId('event-date');
    await expect(date.inputValue()).resolves.toBe('2014-06');
    await dialog.getByText('June 2014', { exact: true }).waitFor();
    const participants = dialog.getByTestId('event-participants').getByTestId('card-chip');
    await expect.poll(async () => (await participants.allTextContents()).map((t) => t.replace('×', '')).sort()).toEqual(['ISIS', 'Mosul']);
    await expect(dialog.getByTestId('event-evidence').textContent()).resolves.toBe('ISIS fighters took Mosul in June 2014');

    // A date that does not exist is said inline, and Save is refused until it is put right.
    await date.fill('2014-02-31');
    await dialog.getByRole('alert').first().waitFor();
    await expect(dialog.getByRole('alert').first().textContent()).resolves.toMatch(/February|31/);
    await app.screenshots('reader-timeline-bad-date');
    await dialog.getByRole('button', { name: 'Add to timeline' }).click();
    await expect(app.rpc('events.list', { filter: {} }).then((p) => p.total)).resolves.toBe(0);
    await date.fill('2014-06');
    await dialog.getByText('June 2014', { exact: true }).waitFor();
    // Mosul is the place rather than a participant.
    await dialog.getByTestId('event-participants').getByRole('button', { name: 'Remove Mosul' }).click();
    await dialog.getByTestId('event-place').getByRole('button', { name: 'Add…' }).click();
    await dialog.getByTestId('event-place').getByRole('combobox', { name: 'Place' }).fill('Mosul');
    await dialog.getByTestId('event-place').getByRole('option', { name: /Mosul/ }).first().waitFor();
    await page.keyboard.press('Enter');
    await dialog.getByTestId('event-place').getByTestId('card-chip').waitFor();
    // A participant with no card yet gets one from the picker.
    const people = dialog.getByTestId('event-participants');
    await people.getByRole('button', { name: 'Add…' }).click();
    await people.getByRole('combobox', { name: 'Participants' }).fill('Abu Bakr al-Baghdadi');
    await people.getByRole('option', { name: 'Create card “Abu Bakr al-Baghdadi”' }).click();
    await expect.poll(async () => (await participants.allTextContents()).map((t) => t.replace('×', '')).sort()).toEqual(['Abu Bakr al-Baghdadi', 'ISIS']);
    await app.screenshots('reader-timeline-dialog');
    await dialog.getByRole('button', { name: 'Add to timeline' }).click();
    await dialog.waitFor({ state: 'detached' });

    const { items } = await app.rpc('events.list', { filter: {} });
    expect(items).toHaveLength(1);
    const event = items[0]!;
    expect(event.title).toBe('ISIS fighters took Mosul in June 2014, and the army fled the city');
    expect(event.datings.map((d) => d.edtf)).toEqual(['2014-06']);
    expect(event.participants.map((p) => p.name)).toEqual(['Abu Bakr al-Baghdadi', 'ISIS']);
    expect(event.participants.find((p) => p.name === 'Abu Bakr al-Baghdadi')?.type).toBe('person');
    expect(event.place?.name).toBe('Mosul');
    expect(evidenceQuotes(event)).toEqual(['ISIS fighters took Mosul in June 2014']);

    // The notice opens the Timeline at the event.
    await page
      .getByRole('status')
      .getByText(/Added “ISIS fighters took Mosul/)
      .waitFor();
    await app.screenshots('reader-timeline-added');
    await page.getByRole('button', { name: 'Open in Timeline' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/timeline/${event.id}`);
    app.expectOnlyServedOrigin();
  });

  it('lists the dates of the text; accept makes an event from its sentence, reject is remembered', async () => {
    const app = await harness.open();
    const { page } = app;
    const clippingId = await openArticle(app);
    await page.getByRole('tab', { name: /Suggestions/ }).click();
    const dates = page.getByTestId('date-suggestions');
    const rows = dates.getByTestId('date-suggestion');
    await expect.poll(() => rows.count()).toBe(2);
    // "for months" is a duration, not a date.
    await expect(dates.getByText('for months').count()).resolves.toBe(0);
    const in2013 = rows.filter({ hasText: 'Al-Qaeda cut all ties' });
    await in2013.getByText('with Al-Qaeda, ISIS').waitFor();
    await app.screenshots('reader-timeline-dates');
    // A click on the date marks its text in the article (and scrolls it into view).
    await in2013.getByRole('button', { name: /^2013/ }).click();
    await expect.poll(() => paintedRanges(page, 'passage-active')).toBe(1);
    await expect(in2013.getAttribute('aria-current')).resolves.toBe('true');

    // Accept: the dialog holds the suggestion's date and its sentence as evidence.
    await in2013.getByRole('button', { name: 'Accept…' }).click();
    const dialog = page.getByTestId('add-event-dialog');
    await expect(dialog.getByTestId('event-date').inputValue()).resolves.toBe('2013');
    await expect(dialog.getByTestId('event-evidence').textContent()).resolves.toBe('Al-Qaeda cut all ties with ISIS in 2013, its general command said.');
    await dialog.getByRole('button', { name: 'Add to timeline' }).click();
    await dialog.waitFor({ state: 'detached' });
    const [event] = (await app.rpc('events.list', { filter: {} })).items;
    expect(event!.datings.map((d) => d.edtf)).toEqual(['2013']);
    expect(event!.participants.map((p) => p.name).sort()).toEqual(['Al-Qaeda', 'ISIS']);
    expect(evidenceQuotes(event!)).toEqual(['Al-Qaeda cut all ties with ISIS in 2013, its general command said.']);

    // Reject, undo, reject again: gone, and still gone after a reload.
    const june = rows.filter({ hasText: 'June 2014' });
    await june.getByRole('button', { name: 'Reject' }).click();
    await june.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Undo' }).click();
    await rows.filter({ hasText: 'June 2014' }).waitFor();
    await rows.filter({ hasText: 'June 2014' }).getByRole('button', { name: 'Reject' }).click();
    await rows.filter({ hasText: 'June 2014' }).waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('tab', { name: /Suggestions/ }).click();
    await dates.waitFor();
    await expect.poll(async () => (await app.rpc('timeline.suggest', { clippingId })).map((s) => s.edtf)).not.toContain('2014-06');
    await expect(dates.getByText('June 2014').count()).resolves.toBe(0);
    app.expectOnlyServedOrigin();
  });

  const seed = corpusPath('seed', 'albu-kamal-pledge.txt');
  it.skipIf(!seed.exists)('on the seed clipping: "in 2013" becomes an event dated 2013 with its sentence as evidence; "for months" is no date', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    const { clipping } = await app.rpc('clippings.create', { text: readFileSync(seed.path, 'utf8') });
    await page.goto(`${app.server.origin}/#/reader/${encodeURIComponent(clipping!.id)}`);
    await page.getByTestId('reader-text').waitFor();
    await page.getByRole('tab', { name: /Suggestions/ }).click();
    const rows = page.getByTestId('date-suggestions').getByTestId('date-suggestion');
    const sentence = 'Al-Qaeda cut ties with ISIS in 2013 in what was believed to be a bid to reassert influence among rival Islamic groups in Syria.';
    const in2013 = rows.filter({ hasText: 'Al-Qaeda cut ties with ISIS in' });
    await in2013.waitFor();
    await expect(page.getByTestId('date-suggestions').getByText('for months').count()).resolves.toBe(0);
    await in2013.getByRole('button', { name: 'Accept…' }).click();
    const dialog = page.getByTestId('add-event-dialog');
    await expect(dialog.getByTestId('event-date').inputValue()).resolves.toBe('2013');
    await expect(dialog.getByTestId('event-evidence').textContent()).resolves.toBe(sentence);
    await app.screenshots('reader-timeline-seed');
    await dialog.getByRole('button', { name: 'Add to timeline' }).click();
    await dialog.waitFor({ state: 'detached' });
    const [event] = (await app.rpc('events.list', { filter: {} })).items;
    expect(event!.datings.map((d) => d.edtf)).toEqual(['2013']);
    expect(evidenceQuotes(event!)).toEqual([sentence]);
    // No suggestion anywhere in the text rests on "for months".
    const suggested = await app.rpc('timeline.suggest', { clippingId: clipping!.id });
    expect(suggested.filter((s) => s.text.toLowerCase().includes('month'))).toEqual([]);
  });
});
