// Datings: each source's date for an event with its own evidence, side by side; a conflict when two
// cover no common day; edited, removed (its passages stay with the event), and evidence taken out.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../../shared/timeline/types';
import { makeClipping, markPassage } from '../../../helpers/entity-fixtures';
import { errorOf, openTempCore } from '../../../helpers/temp-library';
import { call, makeEvent } from './timeline-fixtures';

const TEXT = 'Reuters says the town fell in June 2014. Al-Hayat dates the fall to 2013. A witness says it was summer 2014.';

async function setUp() {
  const core = openTempCore();
  const clippingId = await makeClipping(core, TEXT);
  const reuters = await markPassage(core, clippingId, TEXT, 'Reuters says the town fell in June 2014.');
  const hayat = await markPassage(core, clippingId, TEXT, 'Al-Hayat dates the fall to 2013.');
  const witness = await markPassage(core, clippingId, TEXT, 'A witness says it was summer 2014.');
  const event = await makeEvent(core, { title: 'The town falls', date: '2014-06', evidence: [reuters.id] });
  return { core, clippingId, reuters, hayat, witness, event };
}

describe('event datings', () => {
  it('keeps each source’s date with its evidence, and flags a conflict only when two share no day', async () => {
    const { core, hayat, witness, reuters, event } = await setUp();
    const summer = await call<TimelineEvent>(core, 'events.addDating', { eventId: event.id, date: '2014-22', evidence: [witness.id] });
    expect(summer.datings.map((dating) => dating.edtf)).toEqual(['2014-06', '2014-22']);
    expect(summer.conflict).toBe(false); // June 2014 lies in summer 2014

    const both = await call<TimelineEvent>(core, 'events.addDating', { eventId: event.id, date: '2013', evidence: [hayat.id] });
    expect(both.conflict).toBe(true);
    expect(both.datings.map((dating) => [dating.edtf, dating.evidence.map((item) => item.id)])).toEqual([
      ['2014-06', [reuters.id]],
      ['2014-22', [witness.id]],
      ['2013', [hayat.id]],
    ]);

    // The same date again only gains the evidence.
    const again = await call<TimelineEvent>(core, 'events.addDating', { eventId: event.id, date: '2013', evidence: [reuters.id] });
    expect(again.datings).toHaveLength(3);
    expect(again.datings[2]!.evidence.map((item) => item.id).sort()).toEqual([hayat.id, reuters.id].sort());
  });

  it('counts open ends as reaching as far as they can', async () => {
    const { core, event } = await setUp();
    const until = await call<TimelineEvent>(core, 'events.addDating', { eventId: event.id, date: '../2014-12' });
    expect(until.conflict).toBe(false);
    const later = await call<TimelineEvent>(core, 'events.addDating', { eventId: event.id, date: '2016/..' });
    expect(later.conflict).toBe(true);
    expect(later.datings[2]).toMatchObject({ earliest: '2016-01-01', latest: null, openEnd: true });
  });

  it('edits a dating’s date and evidence, and removes a dating keeping its passages as the event’s evidence', async () => {
    const { core, hayat, witness, reuters, event } = await setUp();
    const datingId = event.datings[0]!.id;
    const edited = await call<TimelineEvent>(core, 'events.updateDating', { id: datingId, date: '2014-06-29', evidence: [hayat.id, witness.id] });
    expect(edited.datings[0]).toMatchObject({ id: datingId, edtf: '2014-06-29', earliest: '2014-06-29', latest: '2014-06-29' });
    expect(edited.datings[0]!.evidence.map((item) => item.id).sort()).toEqual([hayat.id, witness.id].sort());
    expect(edited.evidence).toEqual([]);

    const removed = await call<TimelineEvent>(core, 'events.removeDating', { id: datingId });
    expect(removed.datings).toEqual([]);
    expect(removed.evidence.map((item) => item.id).sort()).toEqual([hayat.id, witness.id].sort());
    expect(removed.evidence.map((item) => item.id)).not.toContain(reuters.id);

    expect(errorOf(await core.dispatch('events.removeDating', { id: datingId }))).toMatchObject({ code: 'not_found', field: 'id' });
    expect(errorOf(await core.dispatch('events.updateDating', { id: 'gone', date: '2014' })).code).toBe('not_found');
    expect(errorOf(await core.dispatch('events.updateDating', { id: datingId, date: '2014-13' })).code).toBe('invalid_input');
  });

  it('adds evidence not tied to a dating, also from a new span, and takes a passage out of every dating', async () => {
    const { core, clippingId, reuters, hayat, event } = await setUp();
    const start = TEXT.indexOf('A witness');
    const added = await call<TimelineEvent>(core, 'events.addEvidence', {
      eventId: event.id,
      evidence: [hayat.id],
      newEvidence: [{ clippingId, start, end: TEXT.length }],
    });
    expect(added.evidence.map((item) => item.exact)).toEqual(['Al-Hayat dates the fall to 2013.', 'A witness says it was summer 2014.']);

    await call(core, 'events.addEvidence', { eventId: event.id, evidence: [reuters.id] });
    const out = await call<TimelineEvent>(core, 'events.removeEvidence', { eventId: event.id, passageId: reuters.id });
    expect(out.datings[0]!.evidence).toEqual([]);
    expect(out.evidence.map((item) => item.id)).not.toContain(reuters.id);
    expect(errorOf(await core.dispatch('events.addEvidence', { eventId: 'gone', evidence: [hayat.id] })).code).toBe('not_found');
  });
});
