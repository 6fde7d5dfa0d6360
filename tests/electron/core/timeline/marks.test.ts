// events.marks: the chart's compact list — the same items, order, paging and filters as events.list,
// with only what the chart draws (no description, place, evidence, grade or EDTF).
import { describe, expect, it } from 'vitest';
import type { TimelineMarkPage } from '../../../../shared/timeline/types';
import { makeCard, makeClipping, markPassage, relate } from '../../../helpers/entity-fixtures';
import { errorOf, openTempCore } from '../../../helpers/temp-library';
import { call, listEvents, makeEvent } from './timeline-fixtures';

const marksOf = (core: Parameters<typeof listEvents>[0], filter: Record<string, unknown> = {}, page: Record<string, unknown> = {}) =>
  call<TimelineMarkPage>(core, 'events.marks', { filter, ...page });

describe('events.marks', () => {
  it('lists what events.list lists, in the same order and pages, with only the drawn fields', async () => {
    const core = openTempCore();
    const person = await makeCard(core, { type: 'person', name: 'Abu Omar' });
    const group = await makeCard(core, { type: 'organization', name: 'Jabhat al-Nusra' });
    const town = await makeCard(core, { type: 'place', name: 'Manbij' });
    const text = 'In 2013 Abu Omar met the group in Manbij. Others say it was 2015.';
    const passage = await markPassage(core, await makeClipping(core, text), text, 'In 2013 Abu Omar met the group in Manbij.');
    const met = await makeEvent(core, {
      title: 'Met',
      description: 'A long description the chart never draws.',
      date: '2013~',
      evidence: [passage.id],
      participants: [person.id],
      placeId: town.id,
      tags: ['meetings'],
      type: 'meeting',
    });
    await call(core, 'events.addDating', { eventId: met.id, date: '2015' });
    await makeEvent(core, { title: 'Undated' });
    await relate(core, person.id, 'member_of', group.id, { date: '2014-06' });

    const full = await listEvents(core);
    const marks = await marksOf(core);
    expect(marks.total).toBe(full.total);
    expect(marks.items.map((mark) => [mark.id, mark.kind])).toEqual(full.items.map((event) => [event.id, event.kind]));
    const mark = marks.items.find((item) => item.id === met.id)!;
    expect(mark).toEqual({
      id: met.id,
      kind: 'event',
      title: 'Met',
      type: 'meeting',
      datings: [
        { id: met.datings[0]!.id, earliest: '2013-01-01', latest: '2013-12-31', approximate: true, uncertain: false, label: expect.stringContaining('2013') },
        { id: expect.any(String), earliest: '2015-01-01', latest: '2015-12-31', approximate: false, uncertain: false, label: '2015' },
      ],
      conflict: true,
      participants: [{ id: person.id, name: 'Abu Omar' }],
      tags: ['meetings'],
    });
    const relation = marks.items.find((item) => item.kind === 'relation')!;
    expect(relation.participants.map((card) => card.name).sort()).toEqual(['Abu Omar', 'Jabhat al-Nusra']);
    expect(relation.datings[0]).toMatchObject({ earliest: '2014-06-01', latest: '2014-06-30' });

    const second = await marksOf(core, {}, { offset: 1, limit: 1 });
    expect(second).toMatchObject({ total: 3, offset: 1, limit: 1 });
    expect(second.items.map((item) => item.id)).toEqual([full.items[1]!.id]);
  });

  it('filters as events.list does, and refuses what it refuses', async () => {
    const core = openTempCore();
    const person = await makeCard(core, { type: 'person', name: 'Abu Omar' });
    await makeEvent(core, { title: 'Met', date: '2014', participants: [person.id] });
    await makeEvent(core, { title: 'Other', date: '2016' });
    expect((await marksOf(core, { entityIds: [person.id] })).items.map((item) => item.title)).toEqual(['Met']);
    expect((await marksOf(core, { from: '2015' })).items.map((item) => item.title)).toEqual(['Other']);
    const backwards = errorOf(await core.dispatch('events.marks', { filter: { from: '2015', to: '2014' } }));
    expect(backwards).toMatchObject({ code: 'invalid_input', field: 'filter.to' });
  });
});
