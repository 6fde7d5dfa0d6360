// What a card shows beyond its own fields: how many clippings mention it without a linked passage,
// and which of its names other cards carry too.
import { describe, expect, it } from 'vitest';
import { getCard, makeCard, makeClipping, markPassage } from '../../../helpers/entity-fixtures';
import { openTempCore } from '../../../helpers/temp-library';

describe('entity card backlinks', () => {
  it('counts live clippings that mention any name and have no passage linked to the card', async () => {
    const core = openTempCore();
    const nusra = await makeCard(core, { type: 'organization', name: 'Jabhat al-Nusra', aliases: ['Nusra Front'] });
    const linkedText = 'Jabhat al-Nusra fighters left the town.';
    const linkedId = await makeClipping(core, linkedText);
    const passage = await markPassage(core, linkedId, linkedText, 'Jabhat al-Nusra');
    await core.dispatch('passages.link', { passageId: passage.id, entityId: nusra.id });
    await makeClipping(core, 'The NUSRA FRONT withdrew.');
    await makeClipping(core, 'Jabhat al-Nusra and the Nusra Front are one group.');
    const trashed = await makeClipping(core, 'A trashed report on the Nusra Front.');
    await core.dispatch('clippings.trash', { ids: [trashed] });
    await makeClipping(core, 'Nothing about them.');
    // A passage in the clipping linked to another card does not count as linked to this one.
    const otherText = 'Nusra Front and Jaish al-Islam met.';
    const otherId = await makeClipping(core, otherText);
    const islam = await makeCard(core, { type: 'organization', name: 'Jaish al-Islam' });
    const otherPassage = await markPassage(core, otherId, otherText, 'Jaish al-Islam');
    await core.dispatch('passages.link', { passageId: otherPassage.id, entityId: islam.id });

    const card = await getCard(core, nusra.id);
    expect(card.unlinkedMentionCount).toBe(3);
    expect(card.mentions.filter((m) => !m.linked)).toHaveLength(3);

    await core.dispatch('entities.update', { id: nusra.id, patch: { aliases: ['Nusra Front', 'Jaish al-Islam'] } });
    expect((await getCard(core, nusra.id)).unlinkedMentionCount).toBe(3);
    await core.dispatch('entities.update', { id: nusra.id, patch: { aliases: [] } });
    expect((await getCard(core, nusra.id)).unlinkedMentionCount).toBe(1);
  });

  it('lists names other live cards also carry, compared folded', async () => {
    const core = openTempCore();
    const julani = await makeCard(core, { type: 'person', name: 'Abu Muhammad al-Julani', aliases: ['Abu Muhammad', 'Jolani'] });
    const adnani = await makeCard(core, { type: 'person', name: 'Abu Muhammad al-Adnani', aliases: ['abu-muhammad'] });
    const place = await makeCard(core, { type: 'place', name: 'Abou Mohammad', aliases: [] });
    const lone = await makeCard(core, { type: 'person', name: 'Omar al-Shishani' });

    const card = await getCard(core, julani.id);
    expect(card.sharedNames).toEqual([{ name: 'Abu Muhammad', others: [{ id: adnani.id, type: 'person', name: 'Abu Muhammad al-Adnani' }] }]);
    expect((await getCard(core, adnani.id)).sharedNames).toEqual([
      { name: 'abu-muhammad', others: [{ id: julani.id, type: 'person', name: 'Abu Muhammad al-Julani' }] },
    ]);
    expect((await getCard(core, lone.id)).sharedNames).toEqual([]);
    expect((await getCard(core, place.id)).sharedNames).toEqual([]);

    await core.dispatch('entities.merge', { survivorId: lone.id, absorbedId: adnani.id });
    expect((await getCard(core, julani.id)).sharedNames[0]?.others.map((o) => o.id)).toEqual([lone.id]);
  });
});
