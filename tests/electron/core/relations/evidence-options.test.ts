// What a relation can cite: the passages of the clippings that mention both of its cards, whether
// those passages are linked to a card or not.
import { describe, expect, it } from 'vitest';
import type { RelationEvidenceOptions } from '../../../../shared/contract';
import { makeCard, makeClipping, markPassage } from '../../../helpers/entity-fixtures';
import { errorOf, openTempCore, valueOf } from '../../../helpers/temp-library';

describe('relations.evidenceOptions', () => {
  it('offers every passage of the clippings that mention both cards, and those clippings', async () => {
    const core = openTempCore();
    const baghdadi = await makeCard(core, { type: 'person', name: 'Abu Bakr al-Baghdadi' });
    const isis = await makeCard(core, { type: 'organization', name: 'Islamic State', aliases: ['ISIS'] });
    const both = 'Abu Bakr al-Baghdadi spoke in Mosul. He called on fighters of ISIS to obey him.';
    const bothId = await makeClipping(core, both);
    // Linked to neither card, but in a clipping naming both: offered.
    const unlinked = await markPassage(core, bothId, both, 'He called on fighters of ISIS to obey him.');
    // A clipping naming one card only: its passages are not offered.
    const onlyOne = 'Abu Bakr al-Baghdadi was born in Samarra.';
    const onlyOneId = await makeClipping(core, onlyOne);
    await markPassage(core, onlyOneId, onlyOne, 'born in Samarra');
    // A clipping that names one card and has a passage linked to the other counts as mentioning both.
    const renamed = 'The caliph gave a sermon. Islamic State media released it.';
    const renamedId = await makeClipping(core, renamed);
    const sermon = await markPassage(core, renamedId, renamed, 'The caliph gave a sermon.');
    valueOf(await core.dispatch('passages.link', { passageId: sermon.id, entityId: baghdadi.id }));
    // No passage yet, but naming both: listed as a clipping to select in.
    const bare = await makeClipping(core, 'ISIS fighters cheered Abu Bakr al-Baghdadi.');

    const options = valueOf(await core.dispatch('relations.evidenceOptions', { entityId: baghdadi.id, otherId: isis.id })) as RelationEvidenceOptions;
    expect(options.clippings.map((c) => c.id).sort()).toEqual([bothId, renamedId, bare].sort());
    expect(options.passages.map((p) => p.id).sort()).toEqual([unlinked.id, sermon.id].sort());
    expect(options.passages.find((p) => p.id === unlinked.id)).toMatchObject({ clippingId: bothId, exact: 'He called on fighters of ISIS to obey him.' });
    // The same, asked from the other card.
    const reversed = valueOf(await core.dispatch('relations.evidenceOptions', { entityId: isis.id, otherId: baghdadi.id })) as RelationEvidenceOptions;
    expect(reversed.passages.map((p) => p.id).sort()).toEqual(options.passages.map((p) => p.id).sort());
  });

  it('leaves out trashed clippings, and says which card is unknown', async () => {
    const core = openTempCore();
    const a = await makeCard(core, { type: 'person', name: 'Omar Shishani' });
    const b = await makeCard(core, { type: 'organization', name: 'Jaish al-Muhajireen' });
    const text = 'Omar Shishani led Jaish al-Muhajireen.';
    const id = await makeClipping(core, text);
    await markPassage(core, id, text, 'Omar Shishani led');
    valueOf(await core.dispatch('clippings.trash', { ids: [id] }));
    const options = valueOf(await core.dispatch('relations.evidenceOptions', { entityId: a.id, otherId: b.id })) as RelationEvidenceOptions;
    expect(options).toEqual({ clippings: [], passages: [] });
    const missing = errorOf(await core.dispatch('relations.evidenceOptions', { entityId: a.id, otherId: '00000000-0000-4000-8000-000000000000' }));
    expect(missing).toMatchObject({ code: 'not_found', field: 'otherId' });
  });
});
