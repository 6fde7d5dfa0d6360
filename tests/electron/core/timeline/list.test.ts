// events.list: time order (earliest day, then latest; undated last), paging, and every filter —
// cards as participant or place, tags, types, grades, a date range an event's span touches (open
// ends unbounded), dated or not.
import { describe, expect, it } from 'vitest';
import type { TimelineFacets } from '../../../../shared/timeline/types';
import { makeCard, makeClipping, markPassage } from '../../../helpers/entity-fixtures';
import { errorOf, openTempCore } from '../../../helpers/temp-library';
import { call, listEvents, makeEvent, titles } from './timeline-fixtures';

describe('events.list', () => {
  it('orders by earliest day (an open start first), then latest (an open end last), undated last, and pages', async () => {
    const core = openTempCore();
    await makeEvent(core, { title: 'Undated' });
    await makeEvent(core, { title: 'Year 2014', date: '2014' });
    await makeEvent(core, { title: 'Day 2014-01-01', date: '2014-01-01' });
    await makeEvent(core, { title: 'Until 2013', date: '../2013' });
    await makeEvent(core, { title: 'Decade 2010s', date: '201X' });
    await makeEvent(core, { title: 'From 2015', date: '2015/..' });
    const order = ['Until 2013', 'Decade 2010s', 'Day 2014-01-01', 'Year 2014', 'From 2015', 'Undated'];
    expect(await titles(core)).toEqual(order);

    const page = await listEvents(core, {}, { offset: 2, limit: 3 });
    expect(page).toMatchObject({ total: 6, offset: 2, limit: 3 });
    expect(page.items.map((event) => event.title)).toEqual(order.slice(2, 5));
    expect(await listEvents(core, {}, { offset: 10, limit: 3 })).toMatchObject({ items: [], total: 6 });
  });

  it('keeps events whose span touches the range (open ends unbounded), and undated ones unless asked', async () => {
    const core = openTempCore();
    await makeEvent(core, { title: 'Undated' });
    await makeEvent(core, { title: '2012', date: '2012' });
    await makeEvent(core, { title: 'Late 2013 to 2014', date: '2013-11/2014-02' });
    await makeEvent(core, { title: 'Until 2013', date: '../2013' });
    await makeEvent(core, { title: 'From 2015', date: '2015/..' });
    await makeEvent(core, { title: 'Two sources', date: '2011' }).then((event) => call(core, 'events.addDating', { eventId: event.id, date: '2016' }));

    expect(await titles(core, { from: '2014', to: '2014' })).toEqual(['Two sources', 'Late 2013 to 2014', 'Undated']);
    expect(await titles(core, { from: '2014', to: '2014', dated: true })).toEqual(['Two sources', 'Late 2013 to 2014']);
    expect(await titles(core, { to: '2012-06' })).toEqual(['Until 2013', 'Two sources', '2012', 'Undated']);
    expect(await titles(core, { from: '2020' })).toEqual(['From 2015', 'Undated']);
    expect(await titles(core, { dated: false })).toEqual(['Undated']);

    const backwards = errorOf(await core.dispatch('events.list', { filter: { from: '2015', to: '2014' } }));
    expect(backwards).toMatchObject({ code: 'invalid_input', field: 'filter.to' });
    expect(backwards.message).toMatch(/swap/);
    expect(errorOf(await core.dispatch('events.list', { filter: { from: '2014-02-31' } })).code).toBe('invalid_input');
  });

  it('filters by card (participant or place), tag and type, case aside', async () => {
    const core = openTempCore();
    const person = await makeCard(core, { type: 'person', name: 'Abu Omar' });
    const town = await makeCard(core, { type: 'place', name: 'Manbij' });
    await makeEvent(core, { title: 'Met', date: '2014', participants: [person.id], tags: ['Meetings'], type: 'meeting' });
    await makeEvent(core, { title: 'Taken', date: '2015', placeId: town.id, tags: ['battles'], type: 'Battle' });
    await makeEvent(core, { title: 'Nothing', date: '2016' });

    expect(await titles(core, { entityIds: [person.id] })).toEqual(['Met']);
    expect(await titles(core, { entityIds: [town.id, person.id] })).toEqual(['Met', 'Taken']);
    expect(await titles(core, { tags: ['meetings'] })).toEqual(['Met']);
    expect(await titles(core, { types: ['battle'] })).toEqual(['Taken']);
    expect(await titles(core, { types: ['battle'], tags: ['meetings'] })).toEqual([]);

    const facets = await call<TimelineFacets>(core, 'events.facets', {});
    expect(facets).toEqual({
      types: [
        { value: 'Battle', count: 1 },
        { value: 'meeting', count: 1 },
      ],
      tags: [
        { value: 'battles', count: 1 },
        { value: 'Meetings', count: 1 },
      ],
      participants: [
        { id: person.id, type: 'person', name: 'Abu Omar', count: 1 },
        { id: town.id, type: 'place', name: 'Manbij', count: 1 },
      ],
      earliest: '2014-01-01',
      latest: '2016-12-31',
      undated: 0,
    });
  });

  it('counts facets over live events only: a deleted event leaves the cards, the types and the first and last day', async () => {
    const core = openTempCore();
    const ann = await makeCard(core, { type: 'person', name: 'Ann' });
    const bob = await makeCard(core, { type: 'person', name: 'Bob' });
    const town = await makeCard(core, { type: 'place', name: 'Raqqa' });
    const carl = await makeCard(core, { type: 'person', name: 'Carl' });
    // An open start counts its last day, an open end its first.
    await makeEvent(core, { title: 'Until 2009', date: '../2009', participants: [ann.id], type: 'siege' });
    await makeEvent(core, { title: 'From 2021', date: '2021-03/..', participants: [ann.id, bob.id], placeId: town.id });
    await makeEvent(core, { title: 'In Raqqa with Ann', date: '2015', participants: [ann.id], placeId: town.id });
    await makeEvent(core, { title: 'Undated', participants: [bob.id] });
    const gone = await makeEvent(core, { title: 'Deleted', date: '1990/2030', participants: [ann.id, bob.id, carl.id], placeId: town.id, type: 'raid' });
    await call(core, 'events.delete', { id: gone.id });

    const facets = await call<TimelineFacets>(core, 'events.facets', {});
    expect(facets).toEqual({
      types: [{ value: 'siege', count: 1 }],
      tags: [],
      participants: [
        { id: ann.id, type: 'person', name: 'Ann', count: 3 },
        { id: bob.id, type: 'person', name: 'Bob', count: 2 },
        { id: town.id, type: 'place', name: 'Raqqa', count: 2 },
      ],
      earliest: '2009-12-31',
      latest: '2021-03-01',
      undated: 1,
    });
  });

  it('filters by the grades of the evidence, "ungraded" for events with no graded evidence', async () => {
    const core = openTempCore();
    const text = 'The convoy was hit on Monday.';
    const graded = await makeClipping(core, text);
    const other = await makeClipping(core, `${text} Locals confirmed it.`);
    await core.dispatch('clippings.update', { id: graded, patch: { reliability: 'B', credibility: 2 } });
    await core.dispatch('clippings.update', { id: other, patch: { reliability: 'E' } });
    const good = await markPassage(core, graded, text, text);
    const weak = await markPassage(core, other, `${text} Locals confirmed it.`, 'Locals confirmed it.');

    const both = await makeEvent(core, { title: 'Both', date: '2014', evidence: [good.id, weak.id] });
    await makeEvent(core, { title: 'Weak only', date: '2015', evidence: [weak.id] });
    await makeEvent(core, { title: 'No evidence', date: '2016' });

    expect(both.grade).toEqual({ best: 'B2', worst: 'E–' });
    expect(await titles(core, { grades: ['B2'] })).toEqual(['Both']);
    expect(await titles(core, { grades: ['E-'] })).toEqual(['Both', 'Weak only']);
    expect(await titles(core, { grades: ['ungraded'] })).toEqual(['No evidence']);
    expect(await titles(core, { grades: ['b2', 'ungraded'] })).toEqual(['Both', 'No evidence']);
  });
});
