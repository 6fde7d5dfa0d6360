// Events through the core: made with a date, participants, place, tags and evidence; edited,
// deleted and restored; refused with a message that says what to do.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../../shared/timeline/types';
import { makeCard, makeClipping, markPassage } from '../../../helpers/entity-fixtures';
import { errorOf, openTempCore, valueOf } from '../../../helpers/temp-library';
import { getEvent, listEvents, makeEvent, titles } from './timeline-fixtures';

const TEXT = 'In 2013 the group cut its ties with Al-Qaeda. The talks in Raqqa failed in June 2014.';

describe('events', () => {
  it('makes an event with its date, participants, place, tags and evidence, and reads it back', async () => {
    const core = openTempCore();
    const group = await makeCard(core, { type: 'organization', name: 'Islamic State' });
    const qaeda = await makeCard(core, { type: 'organization', name: 'Al-Qaeda' });
    const raqqa = await makeCard(core, { type: 'place', name: 'Raqqa' });
    const clippingId = await makeClipping(core, TEXT);
    const passage = await markPassage(core, clippingId, TEXT, 'In 2013 the group cut its ties with Al-Qaeda.');

    const event = await makeEvent(core, {
      title: '  Ties cut with Al-Qaeda ',
      description: ' ',
      type: 'split',
      date: '2013',
      participants: [qaeda.id, group.id, group.id],
      placeId: raqqa.id,
      tags: ['jihadism', 'Jihadism', 'splits'],
      evidence: [passage.id],
    });
    expect(event).toMatchObject({
      kind: 'event',
      title: 'Ties cut with Al-Qaeda',
      description: null,
      type: 'split',
      conflict: false,
      participants: [
        { id: qaeda.id, name: 'Al-Qaeda' },
        { id: group.id, name: 'Islamic State' },
      ],
      place: { id: raqqa.id, type: 'place', name: 'Raqqa' },
      tags: ['jihadism', 'splits'],
      evidence: [],
      grade: null,
    });
    expect(event.datings).toHaveLength(1);
    expect(event.datings[0]).toMatchObject({ edtf: '2013', earliest: '2013-01-01', latest: '2013-12-31', label: expect.any(String) });
    expect(event.datings[0]!.evidence.map((item) => item.id)).toEqual([passage.id]);
    expect(await getEvent(core, event.id)).toEqual(event);
  });

  it('makes the passages of newEvidence in the same call, reusing one over the same span', async () => {
    const core = openTempCore();
    const clippingId = await makeClipping(core, TEXT);
    const existing = await markPassage(core, clippingId, TEXT, 'The talks in Raqqa failed in June 2014.');
    const start = TEXT.indexOf('The talks');
    const event = await makeEvent(core, {
      title: 'Talks fail',
      newEvidence: [
        { clippingId, start, end: TEXT.length },
        { clippingId, start: 0, end: 7 },
      ],
    });
    expect(event.datings).toEqual([]);
    expect(event.evidence.map((item) => item.exact).sort()).toEqual(['In 2013', 'The talks in Raqqa failed in June 2014.']);
    expect(event.evidence.find((item) => item.exact.startsWith('The talks'))!.id).toBe(existing.id);

    const badSpan = errorOf(await core.dispatch('events.create', { title: 'X', newEvidence: [{ clippingId, start: 5, end: 5000 }] }));
    expect(badSpan.code).toBe('invalid_input');
    const gone = errorOf(await core.dispatch('events.create', { title: 'X', newEvidence: [{ clippingId: 'nope', start: 0, end: 2 }] }));
    expect(gone).toMatchObject({ code: 'not_found', field: 'clippingId' });
    // Nothing of a refused event is kept.
    expect((await listEvents(core)).total).toBe(1);
  });

  it('refuses bad dates, missing cards and passages, and a place that is not a Place card', async () => {
    const core = openTempCore();
    const person = await makeCard(core, { type: 'person', name: 'Abu Bakr' });
    const cases: Array<[Record<string, unknown>, string, string | RegExp]> = [
      [{ title: 'X', date: '2014-02-31' }, 'date', /February/i],
      [{ title: 'X', date: '0000' }, 'date', /year 0/],
      [{ title: 'X', date: '2015/2013' }, 'date', /./],
      [{ title: 'X', date: 'last spring' }, 'date', /./],
      [{ title: '  ' }, 'title', /title/],
      [{ title: 'X', participants: ['gone'] }, 'participants', /no longer exists/],
      [{ title: 'X', placeId: person.id }, 'placeId', /not a Place card/],
      [{ title: 'X', evidence: ['gone'] }, 'evidence', /Remove it from the evidence/],
    ];
    for (const [input, field, message] of cases) {
      const error = errorOf(await core.dispatch('events.create', input));
      expect(error.field, JSON.stringify(input)).toBe(field);
      expect(['invalid_input', 'not_found']).toContain(error.code);
      expect(error.message).toMatch(message);
    }
    expect((await listEvents(core)).total).toBe(0);
  });

  it('edits only what the patch names', async () => {
    const core = openTempCore();
    const a = await makeCard(core, { type: 'person', name: 'A' });
    const b = await makeCard(core, { type: 'person', name: 'B' });
    const event = await makeEvent(core, { title: 'Meeting', type: 'meeting', participants: [a.id], tags: ['x'], date: '2014-06' });
    const edited = valueOf(
      await core.dispatch('events.update', { id: event.id, patch: { title: 'Secret meeting', participants: [b.id], tags: [] } }),
    ) as TimelineEvent;
    expect(edited).toMatchObject({ title: 'Secret meeting', type: 'meeting', participants: [{ id: b.id }], tags: [], place: null });
    expect(edited.datings.map((dating) => dating.edtf)).toEqual(['2014-06']);
    expect(edited.updatedAt >= event.updatedAt).toBe(true);
    const cleared = valueOf(await core.dispatch('events.update', { id: event.id, patch: { type: null, description: 'Held at night.' } })) as TimelineEvent;
    expect(cleared).toMatchObject({ type: null, description: 'Held at night.' });
    expect(errorOf(await core.dispatch('events.update', { id: 'gone', patch: { title: 'Y' } }))).toMatchObject({ code: 'not_found', field: 'id' });
  });

  it('deletes an event (its passages stay) and restores it', async () => {
    const core = openTempCore();
    const clippingId = await makeClipping(core, TEXT);
    const passage = await markPassage(core, clippingId, TEXT, 'In 2013');
    const event = await makeEvent(core, { title: 'Split', date: '2013', evidence: [passage.id] });
    await makeEvent(core, { title: 'Other' });

    expect(valueOf(await core.dispatch('events.delete', { id: event.id }))).toEqual({ count: 1 });
    expect(valueOf(await core.dispatch('events.delete', { id: event.id }))).toEqual({ count: 0 });
    expect(await titles(core)).toEqual(['Other']);
    const gone = errorOf(await core.dispatch('events.get', { id: event.id }));
    expect(gone).toMatchObject({ code: 'not_found' });
    expect(gone.message).toMatch(/Restore it/);
    expect(errorOf(await core.dispatch('events.update', { id: event.id, patch: { title: 'Z' } })).message).toMatch(/Restore it first/);
    expect(valueOf(await core.dispatch('passages.list', { clippingId }))).toMatchObject({ total: 1 });

    const restored = valueOf(await core.dispatch('events.restore', { id: event.id })) as TimelineEvent;
    expect(restored.datings[0]!.evidence.map((item) => item.id)).toEqual([passage.id]);
    expect(await titles(core)).toEqual(['Split', 'Other']);
    expect(errorOf(await core.dispatch('events.restore', { id: 'gone' })).code).toBe('not_found');
  });

  it('finds live events by title, forgiving spelling and case', async () => {
    const core = openTempCore();
    const siege = await makeEvent(core, { title: 'Siege of Kobanî begins', date: '2014-09-13' });
    await makeEvent(core, { title: 'Mosul falls', date: '2014-06-10' });
    const hidden = await makeEvent(core, { title: 'Kobani ceasefire' });
    await core.dispatch('events.delete', { id: hidden.id });
    const found = valueOf(await core.dispatch('events.find', { query: 'KOBANI', limit: 5 }));
    expect(found).toEqual([
      { id: siege.id, kind: 'event', title: 'Siege of Kobanî begins', edtf: '2014-09-13', label: expect.any(String), earliest: '2014-09-13' },
    ]);
    expect(valueOf(await core.dispatch('events.find', { query: 'mosol' }))).toMatchObject([{ title: 'Mosul falls' }]);
  });
});
