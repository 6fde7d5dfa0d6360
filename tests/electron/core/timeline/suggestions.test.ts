// Date suggestions for a clipping: read against its published date (else the day it was captured),
// each proposing the cards its sentence names or links; a rejection is remembered until undone.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent, TimelineSuggestion } from '../../../../shared/timeline/types';
import { makeCard, makeClipping, markPassage } from '../../../helpers/entity-fixtures';
import { errorOf, openTempCore, valueOf } from '../../../helpers/temp-library';
import { call } from './timeline-fixtures';

const TEXT =
  'The group had fought for months near the border. In 2013 the Islamic State of Iraq cut its ties with Al-Qaeda. ' +
  'Last June its fighters entered Mosul, a commander said.';

async function suggest(core: ReturnType<typeof openTempCore>, clippingId: string): Promise<TimelineSuggestion[]> {
  return valueOf(await core.dispatch('timeline.suggest', { clippingId })) as TimelineSuggestion[];
}

describe('timeline.suggest', () => {
  it('suggests the dated statements, resolved against the published date, with the cards of their sentence', async () => {
    const core = openTempCore();
    const qaeda = await makeCard(core, { type: 'organization', name: 'Al-Qaeda' });
    const isi = await makeCard(core, { type: 'organization', name: 'Islamic State of Iraq', aliases: ['ISI'] });
    const mosul = await makeCard(core, { type: 'place', name: 'Mosul' });
    const commander = await makeCard(core, { type: 'person', name: 'Abu Omar' });
    const clippingId = await makeClipping(core, TEXT);
    await core.dispatch('clippings.update', { id: clippingId, patch: { publishedAt: '2015-03-02' } });
    // A card linked to a passage in the third sentence (its name is not written there).
    const passage = await markPassage(core, clippingId, TEXT, 'a commander said');
    await core.dispatch('passages.link', { passageId: passage.id, entityId: commander.id });

    const suggestions = await suggest(core, clippingId);
    expect(suggestions.map((s) => [s.text, s.edtf])).toEqual([
      ['2013', '2013'],
      ['Last June', '2014-06'],
    ]);
    const [split, june] = suggestions as [TimelineSuggestion, TimelineSuggestion];
    expect(TEXT.slice(split.sentence.start, split.sentence.end)).toBe('In 2013 the Islamic State of Iraq cut its ties with Al-Qaeda.');
    expect(split.participants.map((card) => card.id)).toEqual([qaeda.id, isi.id]);
    expect(june.participants.map((card) => card.id).sort()).toEqual([commander.id, mosul.id].sort());
  });

  it('reads against the capture day when the published date is unknown', async () => {
    const core = openTempCore();
    const clippingId = await makeClipping(core, 'The strike came yesterday.');
    const captured = (valueOf(await core.dispatch('clippings.get', { id: clippingId })) as { capturedAt: string }).capturedAt;
    const day = new Date(Date.parse(`${captured.slice(0, 10)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect((await suggest(core, clippingId)).map((s) => s.edtf)).toEqual([day]);
  });

  it('remembers a rejection for that clipping until it is undone', async () => {
    const core = openTempCore();
    const clippingId = await makeClipping(core, TEXT);
    const otherId = await makeClipping(core, `${TEXT} Reported again.`);
    await core.dispatch('clippings.update', { id: clippingId, patch: { publishedAt: '2015-03' } });
    expect(valueOf(await core.dispatch('timeline.rejectSuggestion', { clippingId, text: ' 2013 ', edtf: '2013' }))).toEqual({ count: 1 });
    expect(valueOf(await core.dispatch('timeline.rejectSuggestion', { clippingId, text: '2013', edtf: '2013' }))).toEqual({ count: 0 });
    expect((await suggest(core, clippingId)).map((s) => s.text)).toEqual(['Last June']);
    expect((await suggest(core, otherId)).map((s) => s.text)).toContain('2013');

    expect(valueOf(await core.dispatch('timeline.unrejectSuggestion', { clippingId, text: '2013', edtf: '2013' }))).toEqual({ count: 1 });
    expect((await suggest(core, clippingId)).map((s) => s.text)).toEqual(['2013', 'Last June']);
    expect(errorOf(await core.dispatch('timeline.suggest', { clippingId: 'gone' }))).toMatchObject({ code: 'not_found', field: 'clippingId' });
    expect(errorOf(await core.dispatch('timeline.rejectSuggestion', { clippingId: 'gone', text: 'x', edtf: '2013' })).code).toBe('not_found');
  });

  it('is accepted as an event with the sentence as its evidence', async () => {
    const core = openTempCore();
    const clippingId = await makeClipping(core, TEXT);
    const split = (await suggest(core, clippingId))[0]!;
    const event = await call<TimelineEvent>(core, 'events.create', {
      title: 'ISI cuts ties with Al-Qaeda',
      date: split.edtf,
      participants: split.participants.map((card) => card.id),
      newEvidence: [{ clippingId, ...split.sentence }],
    });
    expect(event.datings).toMatchObject([{ edtf: '2013', evidence: [{ exact: 'In 2013 the Islamic State of Iraq cut its ties with Al-Qaeda.', clippingId }] }]);
  });
});
