// The timeline stays consistent with the rest of the library: a deleted passage leaves the evidence,
// a deleted card leaves the participants and the place, a merged card shows as the card it joined,
// and a trashed clipping keeps its events (and their evidence) whole.
import { describe, expect, it } from 'vitest';
import { makeCard, makeClipping, markPassage } from '../../../helpers/entity-fixtures';
import { openTempCore, valueOf } from '../../../helpers/temp-library';
import { getEvent, makeEvent, titles } from './timeline-fixtures';

const TEXT = 'The dam at Tabqa was taken in February 2017 by the Syrian Democratic Forces.';

describe('the timeline and the library', () => {
  it('takes a deleted passage out of the evidence, keeping the event and its date', async () => {
    const core = openTempCore();
    const clippingId = await makeClipping(core, TEXT);
    const dated = await markPassage(core, clippingId, TEXT, 'taken in February 2017');
    const general = await markPassage(core, clippingId, TEXT, 'The dam at Tabqa');
    const event = await makeEvent(core, { title: 'Dam taken', date: '2017-02', evidence: [dated.id] });
    await core.dispatch('events.addEvidence', { eventId: event.id, evidence: [general.id] });

    await core.dispatch('passages.delete', { id: dated.id });
    await core.dispatch('passages.delete', { id: general.id });
    const after = await getEvent(core, event.id);
    expect(after.datings).toMatchObject([{ edtf: '2017-02', evidence: [] }]);
    expect(after.evidence).toEqual([]);
  });

  it('takes a deleted card out of the participants and the place, and shows a merged card as its survivor', async () => {
    const core = openTempCore();
    const sdf = await makeCard(core, { type: 'organization', name: 'Syrian Democratic Forces' });
    const twin = await makeCard(core, { type: 'organization', name: 'SDF' });
    const gone = await makeCard(core, { type: 'person', name: 'Unnamed commander' });
    const tabqa = await makeCard(core, { type: 'place', name: 'Tabqa' });
    const event = await makeEvent(core, { title: 'Dam taken', date: '2017-02', participants: [sdf.id, twin.id, gone.id], placeId: tabqa.id });
    await makeEvent(core, { title: 'Twin only', date: '2018', participants: [twin.id] });

    await core.dispatch('entities.delete', { id: gone.id });
    await core.dispatch('entities.delete', { id: tabqa.id });
    valueOf(await core.dispatch('entities.merge', { survivorId: sdf.id, absorbedId: twin.id }));
    const after = await getEvent(core, event.id);
    expect(after.participants).toEqual([{ id: sdf.id, type: 'organization', name: 'Syrian Democratic Forces' }]);
    expect(after.place).toBeNull();
    expect(await titles(core, { entityIds: [sdf.id] })).toEqual(['Dam taken', 'Twin only']);
  });

  it('keeps events and their evidence when their clipping is trashed', async () => {
    const core = openTempCore();
    const clippingId = await makeClipping(core, TEXT);
    const passage = await markPassage(core, clippingId, TEXT, TEXT);
    const event = await makeEvent(core, { title: 'Dam taken', date: '2017-02', evidence: [passage.id] });
    await core.dispatch('clippings.trash', { ids: [clippingId] });
    expect(await getEvent(core, event.id)).toEqual(event);
    await core.dispatch('clippings.restore', { ids: [clippingId] });
    expect(await titles(core)).toEqual(['Dam taken']);
  });
});
