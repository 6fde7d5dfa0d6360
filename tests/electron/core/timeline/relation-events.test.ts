// A dated relation between two cards is on the timeline as an event of theirs, read from the
// relation each time: editing or removing its date moves or removes the event; nothing is stored twice.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent, TimelineEventSummary, TimelineFacets } from '../../../../shared/timeline/types';
import { makeCard, makeClipping, markPassage, relate } from '../../../helpers/entity-fixtures';
import { errorOf, openTempCore, valueOf } from '../../../helpers/temp-library';
import { call, getEvent, listEvents, makeEvent, titles } from './timeline-fixtures';

const TEXT = 'In June 2014 the Nusra commander pledged allegiance to the Islamic State.';

describe('dated relations on the timeline', () => {
  it('lists a dated relation as an event of its two cards, with its evidence and grade', async () => {
    const core = openTempCore();
    const commander = await makeCard(core, { type: 'person', name: 'Abu Omar' });
    const state = await makeCard(core, { type: 'organization', name: 'Islamic State' });
    const clippingId = await makeClipping(core, TEXT);
    await core.dispatch('clippings.update', { id: clippingId, patch: { reliability: 'B', credibility: 2 } });
    const passage = await markPassage(core, clippingId, TEXT, TEXT);
    const relation = await relate(core, commander.id, 'pledged_allegiance_to', state.id, { date: '2014-06', evidence: [passage.id] });
    await relate(core, state.id, 'opposed_to', commander.id); // undated: not on the timeline

    const page = await listEvents(core);
    expect(page.total).toBe(1);
    const event = page.items[0]!;
    expect(event).toMatchObject({
      id: relation.id,
      kind: 'relation',
      title: 'Abu Omar pledged allegiance to Islamic State',
      type: 'pledged allegiance to',
      conflict: false,
      participants: [
        { id: commander.id, name: 'Abu Omar' },
        { id: state.id, name: 'Islamic State' },
      ],
      place: null,
      tags: [],
      grade: { best: 'B2', worst: 'B2' },
    });
    expect(event.datings).toHaveLength(1);
    expect(event.datings[0]).toMatchObject({ id: relation.id, edtf: '2014-06', earliest: '2014-06-01', latest: '2014-06-30' });
    expect(event.datings[0]!.evidence).toMatchObject([{ id: passage.id, grade: 'B2', clippingId }]);
    expect(await getEvent(core, relation.id)).toEqual(event);
    expect(await titles(core, { includeRelations: false })).toEqual([]);
    expect(await titles(core, { entityIds: [state.id] })).toEqual(['Abu Omar pledged allegiance to Islamic State']);
    expect(await titles(core, { types: ['Pledged Allegiance To'] })).toHaveLength(1);
    expect(await titles(core, { tags: ['any'] })).toEqual([]);
  });

  it('follows the relation: a new date moves the event, no date removes it, never stored as an event', async () => {
    const core = openTempCore();
    const a = await makeCard(core, { type: 'organization', name: 'Front A' });
    const b = await makeCard(core, { type: 'organization', name: 'Front B' });
    const relation = await relate(core, a.id, 'other', b.id, { label: 'financed by', date: '2012' });
    await makeEvent(core, { title: 'Middle', date: '2013' });
    expect(await titles(core)).toEqual(['Front A financed by Front B', 'Middle']);

    await core.dispatch('relations.update', { id: relation.id, patch: { date: '2014-03-02' } });
    expect(await titles(core)).toEqual(['Middle', 'Front A financed by Front B']);
    expect((await getEvent(core, relation.id)).datings[0]!.edtf).toBe('2014-03-02');

    await core.dispatch('relations.update', { id: relation.id, patch: { date: null } });
    expect(await titles(core)).toEqual(['Middle']);
    expect(errorOf(await core.dispatch('events.get', { id: relation.id })).code).toBe('not_found');
  });

  it('is edited on the card, not through events.*', async () => {
    const core = openTempCore();
    const a = await makeCard(core, { type: 'person', name: 'A' });
    const b = await makeCard(core, { type: 'organization', name: 'B' });
    const relation = await relate(core, a.id, 'member_of', b.id, { date: '2015' });
    for (const [method, input] of [
      ['events.update', { id: relation.id, patch: { title: 'X' } }],
      ['events.delete', { id: relation.id }],
      ['events.addDating', { eventId: relation.id, date: '2016' }],
      ['events.updateDating', { id: relation.id, date: '2016' }],
    ] as const) {
      const error = errorOf(await core.dispatch(method, input));
      expect(error.code, method).toBe('invalid_input');
      expect(error.message).toMatch(/on the card/);
    }
    expect((await getEvent(core, relation.id)).datings[0]!.edtf).toBe('2015');
  });

  it('is found by title beside events', async () => {
    const core = openTempCore();
    const a = await makeCard(core, { type: 'person', name: 'Abu Mohammad al-Jolani' });
    const b = await makeCard(core, { type: 'organization', name: 'Jabhat al-Nusra' });
    const relation = await relate(core, a.id, 'leader_of', b.id, { date: '2012-01' });
    await makeEvent(core, { title: 'Nusra announced', date: '2012-01-23' });
    const found = valueOf(await core.dispatch('events.find', { query: 'jolani' })) as TimelineEventSummary[];
    expect(found).toEqual([
      {
        id: relation.id,
        kind: 'relation',
        title: 'Abu Mohammad al-Jolani leader of Jabhat al-Nusra',
        edtf: '2012-01',
        label: expect.any(String),
        earliest: '2012-01-01',
      },
    ]);
    const facets = await call<TimelineFacets>(core, 'events.facets', {});
    expect(facets.participants.map((card) => [card.id, card.count]).sort()).toEqual(
      [
        [a.id, 1],
        [b.id, 1],
      ].sort(),
    );
    expect(facets.types).toEqual([{ value: 'leader of', count: 1 }]);
    expect(facets).toMatchObject({ earliest: '2012-01-01', latest: '2012-01-31', undated: 0 });
    expect((await call<TimelineEvent[]>(core, 'events.find', { query: '' })).length).toBe(0);
  });
});
