// An entity card's Events: the events and dated relations it takes part in, with their dates, in time
// order; one opens the Timeline at it. A card with none says how to add one.
import { describe, expect, it } from 'vitest';
import { parseEdtfDate } from '../../shared/timeline/edtf-date';
import { useAppHarness } from '../helpers/e2e-app';

const harness = useAppHarness();

describe('Events on an entity card', () => {
  it('lists the card’s events in time order with their dates, and opens the Timeline at one', async () => {
    const app = await harness.open();
    const { page } = app;
    const isis = await app.rpc('entities.create', { type: 'organization', name: 'ISIS' });
    const mosul = await app.rpc('entities.create', { type: 'place', name: 'Mosul' });
    const bystander = await app.rpc('entities.create', { type: 'person', name: 'Nobody in particular' });
    const fall = await app.rpc('events.create', { title: 'the fall of Mosul', date: '2014-06-10', participants: [isis.id], placeId: mosul.id });
    await app.rpc('events.create', { title: 'the split with Al-Qaeda', date: '2013', participants: [isis.id] });
    await app.rpc('events.create', { title: 'an undated meeting', participants: [isis.id] });

    await page.goto(`${app.server.origin}/#/entities/${encodeURIComponent(isis.id)}`);
    const section = page.getByTestId('entity-events');
    const rows = section.getByTestId('entity-event');
    await expect.poll(() => rows.count()).toBe(3);
    const shown = async () =>
      Promise.all(
        (await rows.all()).map(async (row) => [await row.locator('.card-event-date').textContent(), await row.locator('.backlink-quote').textContent()]),
      );
    const dayLabel = (parseEdtfDate('2014-06-10') as { ok: true; date: { label: string } }).date.label;
    await expect.poll(shown).toEqual([
      ['2013', 'the split with Al-Qaeda'],
      [dayLabel, 'the fall of Mosul'],
      ['Undated', 'an undated meeting'],
    ]);
    await app.screenshots('entity-events');

    // The place's card lists the event too (as its place).
    await rows.filter({ hasText: 'the fall of Mosul' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/timeline/${fall.id}`);
    await page.goto(`${app.server.origin}/#/entities/${encodeURIComponent(mosul.id)}`);
    await section.getByTestId('entity-event').filter({ hasText: 'the fall of Mosul' }).waitFor();

    await page.goto(`${app.server.origin}/#/entities/${encodeURIComponent(bystander.id)}`);
    await section.getByText('No events yet — add one from a passage in the Reader (t)').waitFor();
    app.expectOnlyServedOrigin();
  });
});
